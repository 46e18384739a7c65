package dev.indexer.embedded;

import dev.indexer.testkit.registry.InMemoryRegistry;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The embedded mode has no registry server: Avro schemas live in memory in this JVM. */
@ApplicationScoped
public class EmbeddedRegistryProducer {

  @Produces
  @ApplicationScoped
  RegistryClientFacade registry() {
    return InMemoryRegistry.shared();
  }
}
