package dev.indexer.testkit;

import dev.indexer.testkit.registry.InMemoryRegistry;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** In @QuarkusTest applications the Avro serdes use the in-memory registry the tests write to. */
@ApplicationScoped
public class TestRegistryProducer {

  @Produces
  @ApplicationScoped
  RegistryClientFacade registry() {
    return InMemoryRegistry.shared();
  }
}
