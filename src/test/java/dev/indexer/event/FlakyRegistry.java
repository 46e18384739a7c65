package dev.indexer.event;

import com.microsoft.kiota.ApiException;
import dev.indexer.testkit.registry.InMemoryRegistry;
import io.apicurio.registry.resolver.client.RegistryArtifactReference;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.client.RegistryVersionCoordinates;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import java.net.ConnectException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An in-memory registry that can be taken down the ways the HTTP client reports it: connection
 * refused (a RuntimeException around an ExecutionException around a ConnectException, as the
 * Vert.x-based client throws it), an HTTP status without a registry error body (a Kiota
 * ApiException), or no answer at all.
 */
final class FlakyRegistry implements RegistryClientFacade {

  enum Mode {
    UP,
    REFUSED,
    HTTP_503,
    HTTP_401,
    HANGS
  }

  final InMemoryRegistry registry;
  volatile Mode mode = Mode.UP;
  final AtomicInteger calls = new AtomicInteger();

  FlakyRegistry(InMemoryRegistry registry) {
    this.registry = registry;
  }

  private <T> T call(Supplier<T> call) {
    calls.incrementAndGet();
    switch (mode) {
      case REFUSED ->
          throw new RuntimeException(
              new ExecutionException(
                  new ConnectException("Connection refused: registry.internal/10.0.0.7:8080")));
      case HTTP_503 -> throw status(503);
      case HTTP_401 -> throw status(401);
      case HANGS -> {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RuntimeException(e);
        }
      }
      case UP -> {}
    }
    return call.get();
  }

  static ApiException status(int code) {
    return new ApiException("the server returned an unexpected status code " + code) {
      {
        setResponseStatusCode(code);
      }
    };
  }

  @Override
  public String getSchemaByContentId(Long contentId) {
    return call(() -> registry.getSchemaByContentId(contentId));
  }

  @Override
  public String getSchemaByGlobalId(long globalId, boolean dereferenced) {
    return call(() -> registry.getSchemaByGlobalId(globalId, dereferenced));
  }

  @Override
  public String getSchemaByGAV(String groupId, String artifactId, String version) {
    return call(() -> registry.getSchemaByGAV(groupId, artifactId, version));
  }

  @Override
  public String getSchemaByContentHash(String contentHash) {
    return call(() -> registry.getSchemaByContentHash(contentHash));
  }

  @Override
  public List<RegistryArtifactReference> getReferencesByContentId(long contentId) {
    return call(() -> registry.getReferencesByContentId(contentId));
  }

  @Override
  public List<RegistryArtifactReference> getReferencesByGlobalId(long globalId) {
    return call(() -> registry.getReferencesByGlobalId(globalId));
  }

  @Override
  public List<RegistryArtifactReference> getReferencesByGAV(
      String groupId, String artifactId, String version) {
    return call(() -> registry.getReferencesByGAV(groupId, artifactId, version));
  }

  @Override
  public List<RegistryArtifactReference> getReferencesByContentHash(String contentHash) {
    return call(() -> registry.getReferencesByContentHash(contentHash));
  }

  @Override
  public List<RegistryVersionCoordinates> searchVersionsByContent(
      String schema, String type, ArtifactReference ref, boolean canonical) {
    return call(() -> registry.searchVersionsByContent(schema, type, ref, canonical));
  }

  @Override
  public RegistryVersionCoordinates createSchema(
      String type,
      String groupId,
      String artifactId,
      String version,
      String ifExists,
      boolean canonical,
      String schema,
      Set<RegistryArtifactReference> references) {
    return call(
        () ->
            registry.createSchema(
                type, groupId, artifactId, version, ifExists, canonical, schema, references));
  }

  @Override
  public RegistryVersionCoordinates getVersionCoordinatesByGAV(
      String groupId, String artifactId, String version) {
    return call(() -> registry.getVersionCoordinatesByGAV(groupId, artifactId, version));
  }

  @Override
  public Object getClient() {
    return null;
  }
}
