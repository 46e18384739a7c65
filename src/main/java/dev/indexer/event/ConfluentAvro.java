package dev.indexer.event;

import com.microsoft.kiota.ApiException;
import dev.indexer.event.ConfluentSchemas.Reference;
import dev.indexer.event.ConfluentSchemas.RegisteredSchema;
import dev.indexer.event.InvalidEventException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;

/**
 * Avro in the Confluent wire format: magic byte {@code 0}, the writer schema's id (4 bytes, big
 * endian), the Avro binary body. The writer schema is fetched once per id through {@link
 * ConfluentSchemas}, guarded by a {@link GuardedRegistry} (a registry outage is transient), and
 * kept; so are the schemas it references (Confluent's schema references: each defines named types
 * the schema uses), resolved by subject and version, recursively, and defined in the parser before
 * the schema. The body is read with Avro's generic reader, so fields are then taken by name.
 */
final class ConfluentAvro {

  static final byte MAGIC = 0;
  static final int HEADER_BYTES = 5;

  /** Most schemas one schema may reference, transitively: a bound for a forged chain. */
  static final int MAX_REFERENCES = 100;

  private final ConfluentSchemas schemas;
  private final GuardedRegistry guard;
  private final Map<Integer, Schema> cache = new ConcurrentHashMap<>();
  private final Map<Reference, RegisteredSchema> references = new ConcurrentHashMap<>();

  ConfluentAvro(ConfluentSchemas schemas, GuardedRegistry guard) {
    this.schemas = schemas;
    this.guard = guard;
  }

  /**
   * The record framed in {@code bytes}.
   *
   * @param part {@code key} or {@code value}, for messages
   * @throws InvalidEventException for a wrong magic byte, bytes shorter than the framing or the
   *     body, an id the registry does not know, or a body that does not fit its schema
   * @throws RegistryUnavailableException while the registry cannot serve an id not kept yet
   */
  GenericRecord read(byte[] bytes, String part) {
    if (bytes.length < HEADER_BYTES) {
      throw new InvalidEventException(
          Reason.UNDECODABLE,
          "Avro "
              + part
              + " is truncated: shorter than its framing (magic byte, 4-byte schema id)");
    }
    if (bytes[0] != MAGIC) {
      throw new InvalidEventException(
          Reason.UNDECODABLE, "Avro " + part + " has an unknown magic byte (expected 0)");
    }
    Schema schema = schema(ByteBuffer.wrap(bytes, 1, 4).getInt(), part);
    BinaryDecoder body =
        DecoderFactory.get().binaryDecoder(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES, null);
    Object decoded;
    try {
      decoded = new GenericDatumReader<>(schema).read(null, body);
      if (!body.isEnd()) {
        throw new InvalidEventException(
            Reason.UNDECODABLE, "Avro " + part + " has bytes after the end of its record");
      }
    } catch (EOFException e) {
      throw new InvalidEventException(
          Reason.UNDECODABLE, "Avro " + part + " is truncated: its body ends before its record");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidEventException invalid) {
        throw invalid;
      }
      // Avro's messages can quote data: keep only the type.
      throw new InvalidEventException(
          Reason.UNDECODABLE,
          "Avro " + part + " could not be decoded (" + e.getClass().getSimpleName() + ")");
    }
    if (decoded instanceof GenericRecord record) {
      return record;
    }
    throw new InvalidEventException(Reason.UNDECODABLE, "Avro " + part + " is not a record");
  }

  private Schema schema(int id, String part) {
    Schema known = cache.get(id);
    if (known != null) {
      return known;
    }
    RegisteredSchema registered =
        lookup(() -> schemas.schemaById(id), part, "names a schema id the registry does not know");
    Schema.Parser parser = new Schema.Parser();
    define(parser, registered.references(), part, new HashSet<>());
    Schema schema = parse(parser, registered.schema(), part, "schema of the id");
    cache.put(id, schema);
    return schema;
  }

  /**
   * Defines in {@code parser} the named types of {@code references}, each after those its own
   * schema references, so that the schema naming them parses. A reference is fetched once per
   * subject and version, and a type that is defined already (shared by two references) is not
   * defined again.
   */
  private void define(
      Schema.Parser parser, List<Reference> references, String part, Set<Reference> seen) {
    for (Reference reference : references) {
      if (parser.getTypes().containsKey(reference.name()) || !seen.add(reference)) {
        continue;
      }
      if (seen.size() > MAX_REFERENCES) {
        throw new InvalidEventException(
            Reason.UNDECODABLE,
            "Avro " + part + " schema references more than " + MAX_REFERENCES + " schemas");
      }
      RegisteredSchema referenced = referenced(reference, part);
      define(parser, referenced.references(), part, seen);
      if (!parser.getTypes().containsKey(reference.name())) {
        parse(parser, referenced.schema(), part, "schema it references");
      }
    }
  }

  private RegisteredSchema referenced(Reference reference, String part) {
    RegisteredSchema known = references.get(reference);
    if (known != null) {
      return known;
    }
    RegisteredSchema found =
        lookup(
            () -> schemas.schemaByVersion(reference.subject(), reference.version()),
            part,
            "schema references a schema the registry does not know");
    if (reference.version() >= 0) {
      references.put(reference, found); // a version never changes; "latest" does
    }
    return found;
  }

  private static Schema parse(Schema.Parser parser, String text, String part, String what) {
    try {
      return parser.parse(text);
    } catch (RuntimeException e) {
      throw new InvalidEventException(
          Reason.UNDECODABLE, "Avro " + part + " " + what + " is not a valid Avro schema");
    }
  }

  /**
   * A call of the registry under the guard: an outage is transient, an answer about the request
   * (such as 404) makes the event undecodable.
   */
  private <T> T lookup(Supplier<T> call, String part, String notFound) {
    try {
      return guard.guarded(call);
    } catch (RegistryUnavailableException e) {
      throw e;
    } catch (RegistryClientProducer.NotConfiguredException e) {
      throw new InvalidEventException(
          Reason.UNDECODABLE,
          "Avro "
              + part
              + " in the Confluent framing but no Confluent-compatible registry is configured"
              + " (indexer.registry.confluent-url)");
    } catch (ApiException e) {
      throw new InvalidEventException(
          Reason.UNDECODABLE,
          e.getResponseStatusCode() == 404
              ? "Avro " + part + " " + notFound
              : "Avro " + part + " schema lookup refused (HTTP " + e.getResponseStatusCode() + ")");
    } catch (RuntimeException e) {
      throw new InvalidEventException(
          Reason.UNDECODABLE,
          "Avro " + part + " schema could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
