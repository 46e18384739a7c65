package dev.indexer.testkit;

import dev.indexer.event.ConfluentSchemas;
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

  /** The in-memory registry's Confluent-compatible API (Confluent schema ids are content ids). */
  @Produces
  @ApplicationScoped
  ConfluentSchemas confluentSchemas() {
    return InMemoryRegistry.shared();
  }
}
