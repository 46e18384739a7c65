package dev.indexer.event.input;

import dev.indexer.event.AvroRecords;
import dev.indexer.event.ChangeDecoder;
import dev.indexer.event.ConfluentSchemas;
import dev.indexer.event.EventDecoder;
import dev.indexer.event.InputConfig;
import dev.indexer.event.RegistryConfig;
import dev.indexer.event.debezium.DebeziumConfig;
import dev.indexer.event.debezium.DebeziumDecoder;
import dev.indexer.event.debezium.DebeziumMapping;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The decoder of the input topic's format (a package of its own: it chooses among the formats'
 * packages, which depend on {@code dev.indexer.event}) ({@link InputConfig}): the service's own
 * events, or Debezium change events mapped by {@link DebeziumConfig}; either reads Avro through the
 * registries of {@link RegistryConfig}.
 */
@ApplicationScoped
public class ChangeDecoderProducer {

  @Produces
  @Singleton
  ChangeDecoder changeDecoder(
      InputConfig input,
      RegistryClientFacade registry,
      ConfluentSchemas confluent,
      RegistryConfig config,
      Instance<DebeziumConfig> debezium) {
    AvroRecords avro = new AvroRecords(registry, confluent, config.avroFraming());
    return switch (input.format()) {
      case EVENTS -> new EventDecoder(avro);
      case DEBEZIUM -> new DebeziumDecoder(DebeziumMapping.of(debezium.get()), avro);
    };
  }
}
