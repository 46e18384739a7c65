package dev.indexer.event.debezium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.event.ChangeDecoder;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentChange.Operation;
import dev.indexer.event.DocumentRef;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;

/**
 * Debezium change events of a documents table, in Debezium's JSON form (the JSON converter, with or
 * without {@code schemas.enable}), read with Jackson as the format documents them: the envelope's
 * {@code op} ({@code c} create, {@code u} update, {@code d} delete, {@code r} snapshot read), the
 * row {@code before} and {@code after} the change, and {@code source} ({@code lsn}, {@code ts_ms}).
 * The key is the row's primary key. A tombstone (null value) after a delete deletes the document
 * again (nothing left to remove). Columns become document fields by {@link DebeziumMapping};
 * columns it does not map are ignored, and an update that changes none of the mapped ones (known
 * when the event has the row before, as with PostgreSQL's {@code REPLICA IDENTITY FULL}) changes no
 * document.
 */
public final class DebeziumDecoder implements ChangeDecoder {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DebeziumMapping mapping;

  public DebeziumDecoder(DebeziumMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public DocumentChange decode(String topic, Headers headers, byte[] key, byte[] value) {
    JsonNode keyRow = key == null ? null : payload(key, "key");
    if (value == null) {
      if (keyRow == null) {
        throw new InvalidEventException(Reason.MISSING_DOCUMENT_ID, "tombstone without a key");
      }
      return DocumentChange.tombstone(ref(keyRow, null));
    }
    JsonNode envelope = payload(value, "value");
    String op = text(envelope.get("op"));
    JsonNode before = row(envelope, "before");
    JsonNode after = row(envelope, "after");
    JsonNode source = envelope.get("source");
    DocumentChange change;
    if ("c".equals(op) || "r".equals(op) || "u".equals(op)) {
      if (after == null) {
        throw new InvalidEventException(
            Reason.UNDECODABLE, "Debezium change of op " + op + " without the row after it");
      }
      if ("u".equals(op) && before != null && sameMappedColumns(before, after)) {
        return null; // only columns the mapping ignores changed
      }
      change = upsert(ref(after, keyRow), after, source);
    } else if ("d".equals(op)) {
      JsonNode row = before != null ? before : keyRow;
      if (row == null) {
        throw new InvalidEventException(
            Reason.MISSING_DOCUMENT_ID, "Debezium delete with neither the row before it nor a key");
      }
      change =
          new DocumentChange(
              ref(row, keyRow),
              Operation.DELETE,
              eventId(source),
              version(source, before),
              eventTime(source),
              null,
              null,
              null,
              null,
              Map.of());
    } else {
      // t (truncate) and m (message) name no row; anything else is not Debezium's.
      throw new InvalidEventException(
          Reason.UNKNOWN_OPERATION, "Debezium operation that changes no single row, or unknown");
    }
    if (keyRow != null && hasRefColumns(keyRow) && !ref(keyRow, null).equals(change.ref())) {
      throw new InvalidEventException(
          Reason.KEY_MISMATCH, "the record key names another row than the value");
    }
    return change;
  }

  private DocumentChange upsert(DocumentRef ref, JsonNode after, JsonNode source) {
    Map<String, String> metadata = new HashMap<>();
    for (String column : mapping.metadataColumns()) {
      String v = column(after, column);
      if (v != null) {
        metadata.put(column, v);
      }
    }
    return new DocumentChange(
        ref,
        Operation.UPSERT,
        eventId(source),
        version(source, after),
        eventTime(source),
        mapping.titleColumn().map(c -> column(after, c)).orElse(null),
        column(after, mapping.contentColumn()),
        mapping.contentTypeColumn().map(c -> column(after, c)).orElse(mapping.contentType()),
        mapping.sourceUriColumn().map(c -> column(after, c)).orElse(null),
        metadata);
  }

  /** The document a row names; columns the row lacks are taken from the key's row. */
  private DocumentRef ref(JsonNode row, JsonNode keyRow) {
    String id = column(row, mapping.documentIdColumn());
    if (id == null && keyRow != null) {
      id = column(keyRow, mapping.documentIdColumn());
    }
    String tenant = mapping.tenant().orElse(null);
    if (mapping.tenantColumn().isPresent()) {
      String column = mapping.tenantColumn().get();
      tenant = column(row, column);
      if (tenant == null && keyRow != null) {
        tenant = column(keyRow, column);
      }
    }
    return new DocumentRef(tenant, id);
  }

  private boolean hasRefColumns(JsonNode keyRow) {
    return keyRow.has(mapping.documentIdColumn())
        && mapping.tenantColumn().map(keyRow::has).orElse(true);
  }

  private boolean sameMappedColumns(JsonNode before, JsonNode after) {
    for (String column : mapping.mappedColumns()) {
      if (!Objects.equals(before.get(column), after.get(column))) {
        return false;
      }
    }
    return true;
  }

  private Long version(JsonNode source, JsonNode row) {
    return switch (mapping.versionSource()) {
      case LSN -> longOf(source == null ? null : source.get("lsn"), "source.lsn");
      case TS_MS -> longOf(source == null ? null : source.get("ts_ms"), "source.ts_ms");
      case COLUMN -> row == null ? null : longOf(row.get(mapping.versionColumn().get()), "version");
      case NONE -> null;
    };
  }

  private static Long longOf(JsonNode n, String what) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.canConvertToLong() && n.isIntegralNumber()) {
      return n.asLong();
    }
    if (n.isTextual()) {
      try {
        return Long.parseLong(n.asText().strip());
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw new InvalidEventException(
        Reason.UNDECODABLE, "Debezium " + what + " is not a whole number");
  }

  private static Instant eventTime(JsonNode source) {
    JsonNode ts = source == null ? null : source.get("ts_ms");
    return ts != null && ts.canConvertToLong() ? Instant.ofEpochMilli(ts.asLong()) : null;
  }

  private static String eventId(JsonNode source) {
    if (source == null) {
      return null;
    }
    JsonNode lsn = source.get("lsn");
    if (lsn != null && !lsn.isNull()) {
      return "lsn:" + lsn.asText();
    }
    JsonNode ts = source.get("ts_ms");
    return ts == null || ts.isNull() ? null : "ts:" + ts.asText();
  }

  /** The envelope or key row: the {@code payload} of the JSON converter with schemas, else all. */
  private static JsonNode payload(byte[] bytes, String part) {
    JsonNode n;
    try {
      n = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new InvalidEventException(Reason.UNDECODABLE, "Debezium " + part + " is not JSON");
    }
    if (n != null && n.isObject() && n.has("schema") && n.has("payload")) {
      n = n.get("payload");
    }
    if (n == null || !n.isObject()) {
      throw new InvalidEventException(
          Reason.UNDECODABLE, "Debezium " + part + " is not a JSON object");
    }
    return n;
  }

  private static JsonNode row(JsonNode envelope, String name) {
    JsonNode row = envelope.get(name);
    if (row == null || row.isNull()) {
      return null;
    }
    if (!row.isObject()) {
      throw new InvalidEventException(
          Reason.UNDECODABLE, "Debezium " + name + " is not a row object");
    }
    return row;
  }

  /** A column's value as text: strings as they are, numbers and others as JSON; null if absent. */
  private static String column(JsonNode row, String column) {
    JsonNode v = row.get(column);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
