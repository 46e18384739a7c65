package dev.indexer.event;

import dev.indexer.tls.TlsFiles;
import io.apicurio.registry.resolver.client.RegistryArtifactReference;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.client.RegistryClientFacadeFactory;
import io.apicurio.registry.resolver.client.RegistryVersionCoordinates;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the HTTP registry client from {@link RegistryConfig}, guarded ({@link GuardedRegistry}:
 * timeouts, transient faults decided once, readiness). A default bean, so the test kit and the
 * embedded run mode can replace it with an in-memory registry. A singleton rather than a proxied
 * bean, so that the decoder sees the guard itself and does not guard it again.
 */
@ApplicationScoped
public class RegistryClientProducer {

  @Produces
  @DefaultBean
  @Singleton
  RegistryClientFacade registryClient(RegistryConfig config, RegistryStatus status) {
    return registry(config.url(), config.tlsCaFile(), status);
  }

  /**
   * The Confluent-compatible registry API of {@code indexer.registry.confluent-url}; without it,
   * one that is not configured. Its calls run under the guard of the Apicurio client (the
   * decoder's).
   */
  @Produces
  @DefaultBean
  @Singleton
  ConfluentSchemas confluentSchemas(RegistryConfig config) {
    if (config.confluentUrl().isEmpty()) {
      return unconfiguredConfluent();
    }
    String url = config.confluentUrl().get();
    TlsFiles tls =
        TlsFiles.of("indexer.registry.", config.tlsCaFile(), Optional.empty(), Optional.empty());
    if (tls.caFile().isPresent() && !url.regionMatches(true, 0, "https://", 0, 8)) {
      throw new IllegalArgumentException(
          "indexer.registry.tls-ca-file needs an https:// indexer.registry.confluent-url");
    }
    return new ConfluentRegistryClient(
        url,
        tls.caFile().isPresent()
            ? Optional.of(tls.sslContext("indexer.registry."))
            : Optional.empty(),
        GuardedRegistry.DEFAULT_TIMEOUT);
  }

  /** A Confluent-compatible API that is not configured: every call refused. */
  static ConfluentSchemas unconfiguredConfluent() {
    return new ConfluentSchemas() {
      @Override
      public RegisteredSchema schemaById(int id) {
        throw new NotConfiguredException();
      }

      @Override
      public RegisteredSchema schemaByVersion(String subject, int version) {
        throw new NotConfiguredException();
      }

      @Override
      public boolean configured() {
        return false;
      }
    };
  }

  void close(@Disposes RegistryClientFacade registry) {
    if (registry instanceof GuardedRegistry guarded) {
      guarded.close();
    }
  }

  /**
   * The guarded HTTP client of {@code url}; without a URL, a registry that refuses every request:
   * Avro events are then undecodable and dead-lettered, JSON events are decoded as usual.
   */
  static GuardedRegistry registry(Optional<String> url, RegistryStatus status) {
    return registry(url, Optional.empty(), status);
  }

  static GuardedRegistry registry(
      Optional<String> url, Optional<String> tlsCaFile, RegistryStatus status) {
    return url.isPresent()
        ? http(url.get(), tlsCaFile, status)
        : new GuardedRegistry(new Unconfigured(), status, GuardedRegistry.DEFAULT_TIMEOUT);
  }

  static GuardedRegistry http(String url, RegistryStatus status) {
    return http(url, Optional.empty(), status);
  }

  static GuardedRegistry http(String url, Optional<String> tlsCaFile, RegistryStatus status) {
    return new GuardedRegistry(
        RegistryClientFacadeFactory.create(
            new SchemaResolverConfig(resolverConfig(url, tlsCaFile))),
        status,
        GuardedRegistry.DEFAULT_TIMEOUT);
  }

  /**
   * The resolver's settings: the URL, and a PEM trust store when a CA file is configured.
   *
   * @throws IllegalArgumentException naming {@code indexer.registry.tls-ca-file} when it cannot be
   *     read, or is set for an {@code http://} URL
   */
  static Map<String, Object> resolverConfig(String url, Optional<String> tlsCaFile) {
    Map<String, Object> config = new HashMap<>(Map.of(SchemaResolverConfig.REGISTRY_URL, url));
    Optional<Path> ca =
        TlsFiles.of("indexer.registry.", tlsCaFile, Optional.empty(), Optional.empty()).caFile();
    if (ca.isPresent()) {
      if (!url.regionMatches(true, 0, "https://", 0, 8)) {
        throw new IllegalArgumentException(
            "indexer.registry.tls-ca-file needs an https:// indexer.registry.url");
      }
      config.put(SchemaResolverConfig.TLS_TRUSTSTORE_TYPE, "PEM");
      config.put(SchemaResolverConfig.TLS_TRUSTSTORE_LOCATION, ca.get().toString());
    }
    return config;
  }

  /** No registry configured. */
  static final class NotConfiguredException extends IllegalStateException {
    NotConfiguredException() {
      super("indexer.registry.url is not set: it is needed to decode Avro events");
    }
  }

  private static final class Unconfigured implements RegistryClientFacade {
    @Override
    public String getSchemaByContentId(Long contentId) {
      throw new NotConfiguredException();
    }

    @Override
    public String getSchemaByGlobalId(long globalId, boolean dereferenced) {
      throw new NotConfiguredException();
    }

    @Override
    public String getSchemaByGAV(String groupId, String artifactId, String version) {
      throw new NotConfiguredException();
    }

    @Override
    public String getSchemaByContentHash(String contentHash) {
      throw new NotConfiguredException();
    }

    @Override
    public List<RegistryArtifactReference> getReferencesByContentId(long contentId) {
      throw new NotConfiguredException();
    }

    @Override
    public List<RegistryArtifactReference> getReferencesByGlobalId(long globalId) {
      throw new NotConfiguredException();
    }

    @Override
    public List<RegistryArtifactReference> getReferencesByGAV(
        String groupId, String artifactId, String version) {
      throw new NotConfiguredException();
    }

    @Override
    public List<RegistryArtifactReference> getReferencesByContentHash(String contentHash) {
      throw new NotConfiguredException();
    }

    @Override
    public List<RegistryVersionCoordinates> searchVersionsByContent(
        String schema, String artifactType, ArtifactReference reference, boolean canonical) {
      throw new NotConfiguredException();
    }

    @Override
    public RegistryVersionCoordinates createSchema(
        String artifactType,
        String groupId,
        String artifactId,
        String version,
        String autoCreateBehavior,
        boolean canonical,
        String schema,
        Set<RegistryArtifactReference> references) {
      throw new NotConfiguredException();
    }

    @Override
    public RegistryVersionCoordinates getVersionCoordinatesByGAV(
        String groupId, String artifactId, String version) {
      throw new NotConfiguredException();
    }

    @Override
    public Object getClient() {
      return null;
    }
  }
}
