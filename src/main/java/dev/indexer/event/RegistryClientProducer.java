package dev.indexer.event;

import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.client.RegistryClientFacadeFactory;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;

/**
 * Builds the HTTP registry client from {@link RegistryConfig}. A default bean, so the test kit
 * and the embedded run mode can replace it with an in-memory registry.
 */
@ApplicationScoped
public class RegistryClientProducer {

  @Produces
  @DefaultBean
  @ApplicationScoped
  RegistryClientFacade registryClient(RegistryConfig config) {
    String url =
        config
            .url()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "indexer.registry.url is not set: it is needed to decode Avro events"));
    return RegistryClientFacadeFactory.create(
        new SchemaResolverConfig(Map.of(SchemaResolverConfig.REGISTRY_URL, url)));
  }
}
