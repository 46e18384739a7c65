package dev.indexer.event;

import dev.indexer.event.InvalidEventException.Reason;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Avro keys and values in the registry wire format (a magic byte {@code 0}, a 4-byte schema id, the
 * Avro binary body), read as generic records through the registry API of their framing ({@link
 * AvroFraming}): Apicurio's serdes, or {@link ConfluentAvro}. Shared by the input formats, so that
 * every one reads both framings with the same faults: a registry outage is transient ({@link
 * RegistryUnavailableException}), anything else about the bytes is {@link InvalidEventException}.
 */
public final class AvroRecords {

  /** The first byte of both framings. */
  public static final byte MAGIC = 0;

  private final AvroKafkaDeserializer<GenericRecord> keyDeserializer;
  private final AvroKafkaDeserializer<GenericRecord> valueDeserializer;
  private final ConfluentAvro confluent;
  private final AvroFraming framing;

  /**
   * @param registry the Apicurio registry; one that is not a {@link GuardedRegistry} is guarded
   *     here (default timeout, its own status), so that its outages are transient either way
   * @param confluent the Confluent-compatible registry API; its calls run under the guard of {@code
   *     registry}
   * @param framing which of the two resolves a record's schema id
   */
  public AvroRecords(
      RegistryClientFacade registry, ConfluentSchemas confluent, AvroFraming framing) {
    AvroLimits.apply();
    GuardedRegistry guarded =
        registry instanceof GuardedRegistry g
            ? g
            : new GuardedRegistry(registry, new RegistryStatus(), GuardedRegistry.DEFAULT_TIMEOUT);
    this.confluent = new ConfluentAvro(confluent, guarded);
    this.framing =
        framing == AvroFraming.AUTO && !confluent.configured() ? AvroFraming.APICURIO : framing;
    this.keyDeserializer = new AvroKafkaDeserializer<>(guarded);
    this.keyDeserializer.configure(Map.of(), true);
    this.valueDeserializer = new AvroKafkaDeserializer<>(guarded);
    this.valueDeserializer.configure(Map.of(), false);
  }

  /** A reader without any registry: every Avro record is undecodable, naming the property. */
  public static AvroRecords unconfigured() {
    return new AvroRecords(
        RegistryClientProducer.registry(Optional.empty(), new RegistryStatus()),
        RegistryClientProducer.unconfiguredConfluent(),
        AvroFraming.APICURIO);
  }

  /** Whether the bytes start as both Avro framings do. */
  public static boolean isAvro(byte[] bytes) {
    return bytes != null && bytes.length > 0 && bytes[0] == MAGIC;
  }

  /**
   * The Avro record of a key or value, read through the registry API of its framing.
   *
   * @throws InvalidEventException for bytes that are not a record of a schema the registry knows
   * @throws RegistryUnavailableException while the registry cannot serve a schema not kept yet
   */
  public GenericRecord read(boolean isKey, String topic, Headers headers, byte[] bytes) {
    String part = isKey ? "key" : "value";
    if (confluentFramed(headers)) {
      return confluent.read(bytes, part);
    }
    return apicurio(isKey ? keyDeserializer : valueDeserializer, topic, headers, bytes, part);
  }

  private boolean confluentFramed(Headers headers) {
    return switch (framing) {
      case CONFLUENT -> true;
      case APICURIO -> false;
      case AUTO -> !hasApicurioHeaders(headers);
    };
  }

  private static boolean hasApicurioHeaders(Headers headers) {
    if (headers == null) {
      return false;
    }
    for (var header : headers) {
      if (header.key().startsWith("apicurio.")) {
        return true;
      }
    }
    return false;
  }

  private static GenericRecord apicurio(
      AvroKafkaDeserializer<GenericRecord> deserializer,
      String topic,
      Headers headers,
      byte[] bytes,
      String part) {
    try {
      Object decoded = deserializer.deserialize(topic, headers, bytes);
      if (decoded instanceof GenericRecord record) {
        return record;
      }
      throw new InvalidEventException(Reason.UNDECODABLE, "Avro " + part + " is not a record");
    } catch (InvalidEventException e) {
      throw e;
    } catch (RuntimeException e) {
      // The serdes wrap what the registry client threw; its guard has decided it already.
      RegistryUnavailableException unavailable = cause(e, RegistryUnavailableException.class);
      if (unavailable != null) {
        throw unavailable;
      }
      if (cause(e, RegistryClientProducer.NotConfiguredException.class) != null) {
        throw new InvalidEventException(
            Reason.UNDECODABLE,
            "Avro " + part + " but no schema registry is configured (indexer.registry.url)");
      }
      // Exception messages of the serdes can quote data: keep only the type.
      throw new InvalidEventException(
          Reason.UNDECODABLE,
          "Avro " + part + " could not be decoded (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }
}
