package dev.indexer.event;

import io.apicurio.registry.resolver.client.RegistryClientFacade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The decoder of the input topic's format, from {@link RegistryConfig}. */
@ApplicationScoped
public class ChangeDecoderProducer {

  @Produces
  @Singleton
  ChangeDecoder changeDecoder(
      RegistryClientFacade registry, ConfluentSchemas confluent, RegistryConfig config) {
    return new EventDecoder(registry, confluent, config.avroFraming());
  }
}
