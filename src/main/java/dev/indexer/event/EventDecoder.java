package dev.indexer.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.event.DocumentChange.Operation;
import dev.indexer.event.InvalidEventException.Reason;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Turns the raw key and value of a record of the documents topic into a {@link DocumentChange}.
 *
 * <p>Accepted forms:
 *
 * <ul>
 *   <li>value: Avro in the registry wire format (first byte 0, then a 4-byte schema id: an Apicurio
 *       content id or a Confluent schema id, see {@link AvroFraming}), or a JSON object with the
 *       same field names as the Avro schema, or {@code null} (a tombstone: delete the document);
 *   <li>key: the Avro {@code DocumentKey}, or the text {@code tenant/documentId} (UTF-8).
 * </ul>
 *
 * <p>Avro values are read as generic records and mapped by field name, so a writer on a newer
 * schema version (with added optional fields) is read without a regenerated class.
 */
public final class EventDecoder implements ChangeDecoder {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AvroRecords avro;

  /**
   * A decoder of Apicurio-framed Avro only.
   *
   * @param registry the schema registry; one that is not a {@link GuardedRegistry} is guarded here
   *     (default timeout, its own status), so that its outages are transient either way
   */
  public EventDecoder(RegistryClientFacade registry) {
    this(registry, RegistryClientProducer.unconfiguredConfluent(), AvroFraming.APICURIO);
  }

  /**
   * @param registry the Apicurio registry, guarded as above
   * @param confluent the Confluent-compatible registry API; its calls run under the guard of {@code
   *     registry}
   * @param framing which of the two resolves a record's schema id
   */
  public EventDecoder(
      RegistryClientFacade registry, ConfluentSchemas confluent, AvroFraming framing) {
    this(new AvroRecords(registry, confluent, framing));
  }

  /** A decoder that reads Avro keys and values with {@code avro}. */
  public EventDecoder(AvroRecords avro) {
    this.avro = avro;
  }

  /**
   * Decodes one record; throws {@link InvalidEventException} for anything that cannot be used, and
   * {@link RegistryUnavailableException} (transient: the event waits) while the schema registry
   * cannot serve a schema that is not cached yet.
   */
  @Override
  public DocumentChange decode(String topic, Headers headers, byte[] key, byte[] value) {
    if (value == null) {
      if (key == null) {
        throw new InvalidEventException(Reason.MISSING_DOCUMENT_ID, "tombstone without a key");
      }
      return DocumentChange.tombstone(decodeKey(topic, headers, key));
    }
    rejectUnknownMagic(value, "value");
    DocumentChange change = isAvro(value) ? fromAvro(topic, headers, value) : fromJson(value);
    if (key != null) {
      DocumentRef keyRef = decodeKey(topic, headers, key);
      if (!keyRef.equals(change.ref())) {
        // The key decides the partition and so the order of a document's events: a value that
        // names another document would break the ordering guarantee.
        throw new InvalidEventException(
            Reason.KEY_MISMATCH, "the record key names another document than the value");
      }
    }
    return change;
  }

  private static void rejectUnknownMagic(byte[] bytes, String part) {
    if (unknownMagic(bytes)) {
      throw new InvalidEventException(
          Reason.UNDECODABLE,
          part + " starts with an unknown magic byte (Avro's framing starts with 0; JSON with {)");
    }
  }

  DocumentRef decodeKey(String topic, Headers headers, byte[] key) {
    rejectUnknownMagic(key, "key");
    if (isAvro(key)) {
      GenericRecord record = avro(true, topic, headers, key);
      return new DocumentRef(text(record, "tenant"), text(record, "documentId"));
    }
    String text = new String(key, StandardCharsets.UTF_8);
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      // A JSON string, as a JSON converter writes the outbox event router's aggregate id.
      try {
        text = JSON.readValue(text, String.class);
      } catch (IOException e) {
        throw new InvalidEventException(Reason.UNDECODABLE, "key is not a valid JSON string");
      }
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new InvalidEventException(
          Reason.UNDECODABLE, "text key is not of the form tenant/documentId");
    }
    return new DocumentRef(text.substring(0, slash), text.substring(slash + 1));
  }

  private static boolean isAvro(byte[] bytes) {
    return AvroRecords.isAvro(bytes);
  }

  /**
   * Whether the first byte is a control character that starts neither JSON nor text: the framing of
   * another serializer, or a corrupted magic byte.
   */
  private static boolean unknownMagic(byte[] bytes) {
    return bytes.length > 0
        && bytes[0] > AvroRecords.MAGIC
        && bytes[0] < 0x20
        && bytes[0] != '\t'
        && bytes[0] != '\n'
        && bytes[0] != '\r';
  }

  /** The Avro record of a key or value, read through the registry API of its framing. */
  private GenericRecord avro(boolean isKey, String topic, Headers headers, byte[] bytes) {
    return avro.read(isKey, topic, headers, bytes);
  }

  private DocumentChange fromAvro(String topic, Headers headers, byte[] value) {
    GenericRecord r = avro(false, topic, headers, value);
    Map<String, String> metadata = new HashMap<>();
    Object rawMetadata = field(r, "metadata");
    if (rawMetadata instanceof Map<?, ?> map) {
      map.forEach((k, v) -> metadata.put(String.valueOf(k), v == null ? null : v.toString()));
    }
    Object eventTime = field(r, "eventTime");
    return build(
        text(r, "tenant"),
        text(r, "documentId"),
        text(r, "operation"),
        text(r, "eventId"),
        field(r, "version") instanceof Long l ? l : null,
        eventTime instanceof Instant i
            ? i
            : eventTime instanceof Long l ? Instant.ofEpochMilli(l) : null,
        text(r, "title"),
        text(r, "content"),
        text(r, "contentType"),
        text(r, "sourceUri"),
        metadata);
  }

  private DocumentChange fromJson(byte[] value) {
    JsonNode n;
    try {
      n = outboxPayload(JSON.readTree(value));
    } catch (IOException e) {
      throw new InvalidEventException(Reason.UNDECODABLE, "value is neither Avro nor JSON");
    }
    if (n == null || !n.isObject()) {
      throw new InvalidEventException(Reason.UNDECODABLE, "JSON value is not an object");
    }
    Map<String, String> metadata = new HashMap<>();
    JsonNode meta = n.get("metadata");
    if (meta != null && meta.isObject()) {
      meta.fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
    }
    JsonNode version = n.get("version");
    JsonNode eventTime = n.get("eventTime");
    return build(
        jsonText(n, "tenant"),
        jsonText(n, "documentId"),
        jsonText(n, "operation"),
        jsonText(n, "eventId"),
        jsonVersion(version),
        jsonEventTime(eventTime),
        jsonText(n, "title"),
        jsonText(n, "content"),
        jsonText(n, "contentType"),
        jsonText(n, "sourceUri"),
        metadata);
  }

  /**
   * The version of a JSON event: a whole number, also written as text ("17"), or null when absent.
   * Anything else is no version the order of changes could rest on: the event is undecodable rather
   * than indexed in Kafka order as if it had none. The message never quotes the value.
   */
  private static Long jsonVersion(JsonNode version) {
    if (version == null || version.isNull()) {
      return null;
    }
    if (version.isIntegralNumber() && version.canConvertToLong()) {
      return version.asLong();
    }
    if (version.isTextual()) {
      try {
        return Long.parseLong(version.asText().strip());
      } catch (NumberFormatException e) {
        // falls through to the rejection below
      }
    }
    throw new InvalidEventException(Reason.UNDECODABLE, "JSON version is not a whole number");
  }

  /**
   * The event time of a JSON event: epoch milliseconds, as a number or as text, or an ISO-8601
   * instant with its offset ("2026-01-01T00:00:00Z"); null when absent. Anything else is
   * undecodable, never silently dropped. The message never quotes the value.
   */
  private static Instant jsonEventTime(JsonNode eventTime) {
    if (eventTime == null || eventTime.isNull()) {
      return null;
    }
    if (eventTime.isIntegralNumber() && eventTime.canConvertToLong()) {
      return Instant.ofEpochMilli(eventTime.asLong());
    }
    if (eventTime.isTextual()) {
      String text = eventTime.asText().strip();
      try {
        return Instant.ofEpochMilli(Long.parseLong(text));
      } catch (NumberFormatException notMillis) {
        try {
          return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
          // falls through to the rejection below
        }
      }
    }
    throw new InvalidEventException(
        Reason.UNDECODABLE, "JSON eventTime is neither epoch milliseconds nor an ISO-8601 instant");
  }

  /**
   * The event of a record of Debezium's outbox event router, whose payload column holds the event:
   * a JSON string of it unless the router expands it, in a {@code schema} and {@code payload}
   * wrapper when the JSON converter writes schemas. Other JSON is returned as it is.
   */
  private static JsonNode outboxPayload(JsonNode n) throws IOException {
    if (n != null && n.isObject() && n.size() == 2 && n.has("schema") && n.has("payload")) {
      n = n.get("payload");
    }
    return n != null && n.isTextual() ? JSON.readTree(n.asText()) : n;
  }

  private static DocumentChange build(
      String tenant,
      String documentId,
      String operation,
      String eventId,
      Long version,
      Instant eventTime,
      String title,
      String content,
      String contentType,
      String sourceUri,
      Map<String, String> metadata) {
    DocumentRef ref = new DocumentRef(tenant, documentId);
    Operation op;
    try {
      op = Operation.valueOf(operation == null ? "UPSERT" : operation.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidEventException(Reason.UNKNOWN_OPERATION, "unknown operation");
    }
    return new DocumentChange(
        ref,
        op,
        eventId,
        version,
        eventTime,
        title,
        content,
        contentType == null ? "text/plain" : contentType,
        sourceUri,
        metadata);
  }

  private static Object field(GenericRecord r, String name) {
    return r.hasField(name) ? r.get(name) : null;
  }

  private static String text(GenericRecord r, String name) {
    Object v = field(r, name);
    return v == null ? null : v.toString();
  }

  private static String jsonText(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }
}
