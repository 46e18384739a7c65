package dev.indexer.testkit.registry;

import io.apicurio.registry.rest.client.models.ProblemDetails;

/**
 * The error {@link InMemoryRegistry} throws, shaped like the one the real Apicurio HTTP client
 * throws ({@link ProblemDetails}, a Kiota {@code ApiException} carrying the HTTP status), so that
 * code classifying registry errors (404 unknown schema: permanent; 5xx or I/O: transient) behaves
 * the same against the in-memory registry as against a real one.
 */
public final class RegistryProblem extends ProblemDetails {

    private static final long serialVersionUID = 1L;

    RegistryProblem(int status, String title, String detail) {
        setStatus(status);
        setTitle(title);
        setDetail(detail);
        setName(status == 404 ? "NotFoundException" : status == 409 ? "ConflictException" : "RegistryException");
        setResponseStatusCode(status);
    }

    static RegistryProblem notFound(String detail) {
        return new RegistryProblem(404, "Not found", detail);
    }

    static RegistryProblem conflict(String detail) {
        return new RegistryProblem(409, "Conflict", detail);
    }

    @Override
    public String getMessage() {
        return getStatus() + " " + getTitle() + ": " + getDetail();
    }
}
