package dev.indexer.api;

import dev.indexer.auth.Callers;
import dev.indexer.event.DocumentRef;
import dev.indexer.event.InvalidEventException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the index holds for a document of the caller's tenant, from its manifest, whichever replica
 * keeps it (see {@link ManifestLookup}). Another tenant's document is a 404, exactly like a
 * document that was never indexed: the lookup key is built from the caller's tenant, here and on
 * any replica asked, and the id is never echoed.
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

  /** The manifest as the API shows it. */
  public record DocumentStatus(
      String tenant,
      String documentId,
      Long version,
      boolean deleted,
      int chunkCount,
      Instant lastIndexed,
      String modelId) {}

  private final ManifestLookup lookup;
  private final Callers callers;
  private final SecurityIdentity identity;

  public DocumentResource(ManifestLookup lookup, Callers callers, SecurityIdentity identity) {
    this.lookup = lookup;
    this.callers = callers;
    this.identity = identity;
  }

  @GET
  @Path("/{id}")
  public DocumentStatus get(
      @PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
    TenantParameter.reject(uri);
    String tenant =
        callers
            .of(identity)
            .tenant()
            .orElseThrow(() -> new ForbiddenException("documents are read as a tenant"));
    if (id.indexOf('/') >= 0) {
      // Manifests are keyed "tenant/id": an id with a slash could name another tenant's key.
      throw new NotFoundException("no such document has been indexed");
    }
    DocumentRef ref;
    try {
      ref = new DocumentRef(tenant, id);
    } catch (InvalidEventException e) {
      throw new BadRequestException("invalid document id");
    }
    Map<String, String> credentials = new LinkedHashMap<>();
    for (String name : ManifestLookup.CREDENTIAL_HEADERS) {
      String value = headers.getHeaderString(name);
      if (value != null) {
        credentials.put(name, value);
      }
    }
    boolean forwarded = headers.getHeaderString(ManifestLookup.FORWARDED_HEADER) != null;
    ManifestLookup.Answer answer = lookup.find(ref, credentials, forwarded);
    if (answer instanceof ManifestLookup.Found found) {
      return found.status();
    }
    if (answer instanceof ManifestLookup.Unavailable unavailable) {
      throw new ServiceUnavailableException(
          unavailable.reason(), unavailable.retryAfter().toSeconds());
    }
    if (answer instanceof ManifestLookup.Refused refused) {
      throw new WebApplicationException(refused.status());
    }
    // The same answer whether the id is unknown or another tenant's; the id is not echoed.
    throw new NotFoundException("no such document has been indexed");
  }
}
