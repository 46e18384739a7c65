package dev.indexer.event.debezium;

import dev.indexer.event.AvroRecords;
import dev.indexer.event.ChangeDecoder;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentChange.Operation;
import dev.indexer.event.DocumentRef;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;

/**
 * Debezium change events of a documents table, in Debezium's JSON form (the JSON converter, with or
 * without {@code schemas.enable}, read with Jackson: {@link JsonForm}) or its Avro form (the Avro
 * converter, in the Confluent or the Apicurio framing: {@link AvroForm}), told apart per key and
 * value by their first byte as the service's own events are. Both become the same neutral {@link
 * Envelope}: the envelope's {@code op} ({@code c} create, {@code u} update, {@code d} delete,
 * {@code r} snapshot read), the row {@code before} and {@code after} the change, and {@code source}
 * ({@code lsn}, {@code ts_ms}). The key is the row's primary key. A tombstone (null value) after a
 * delete deletes the document again (nothing left to remove). Columns become document fields by
 * {@link DebeziumMapping}; columns it does not map are ignored, and an update that changes none of
 * the mapped ones (known when the event has the row before, as with PostgreSQL's {@code REPLICA
 * IDENTITY FULL}) is an upsert marked {@link DocumentChange#fieldsUnchanged()}: an indexed document
 * is left as it is, with an {@code UNCHANGED} status.
 */
public final class DebeziumDecoder implements ChangeDecoder {

  private final DebeziumMapping mapping;
  private final AvroForm avro;

  /** A decoder of the JSON form; Avro keys and values are undecodable (no registry). */
  public DebeziumDecoder(DebeziumMapping mapping) {
    this(mapping, AvroRecords.unconfigured());
  }

  /** A decoder of both forms, reading Avro through {@code avro}. */
  public DebeziumDecoder(DebeziumMapping mapping, AvroRecords avro) {
    this.mapping = mapping;
    this.avro = new AvroForm(avro);
  }

  @Override
  public DocumentChange decode(String topic, Headers headers, byte[] key, byte[] value) {
    Row keyRow =
        key == null
            ? null
            : AvroRecords.isAvro(key) ? avro.key(topic, headers, key) : JsonForm.key(key);
    if (value == null) {
      if (keyRow == null) {
        throw new InvalidEventException(Reason.MISSING_DOCUMENT_ID, "tombstone without a key");
      }
      return DocumentChange.tombstone(ref(keyRow, null));
    }
    Envelope envelope =
        AvroRecords.isAvro(value) ? avro.envelope(topic, headers, value) : JsonForm.envelope(value);
    DocumentChange change = change(envelope, keyRow);
    if (keyRow != null && hasRefColumns(keyRow) && !ref(keyRow, null).equals(change.ref())) {
      throw new InvalidEventException(
          Reason.KEY_MISMATCH, "the record key names another row than the value");
    }
    return change;
  }

  private DocumentChange change(Envelope envelope, Row keyRow) {
    String op = envelope.op();
    Row before = envelope.before();
    Row after = envelope.after();
    Row source = envelope.source();
    if ("c".equals(op) || "r".equals(op) || "u".equals(op)) {
      if (after == null) {
        throw new InvalidEventException(
            Reason.UNDECODABLE, "Debezium change of op " + op + " without the row after it");
      }
      DocumentChange upsert = upsert(ref(after, keyRow), after, source);
      // Only columns the mapping ignores changed: said, so that the status still comes.
      return "u".equals(op) && before != null && sameMappedColumns(before, after)
          ? upsert.withFieldsUnchanged()
          : upsert;
    }
    if ("d".equals(op)) {
      Row row = before != null ? before : keyRow;
      if (row == null) {
        throw new InvalidEventException(
            Reason.MISSING_DOCUMENT_ID, "Debezium delete with neither the row before it nor a key");
      }
      return new DocumentChange(
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
    }
    // t (truncate) and m (message) name no row; anything else is not Debezium's.
    throw new InvalidEventException(
        Reason.UNKNOWN_OPERATION, "Debezium operation that changes no single row, or unknown");
  }

  private DocumentChange upsert(DocumentRef ref, Row after, Row source) {
    Map<String, String> metadata = new HashMap<>();
    for (String column : mapping.metadataColumns()) {
      String v = after.text(column);
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
        mapping.titleColumn().map(after::text).orElse(null),
        after.text(mapping.contentColumn()),
        mapping.contentTypeColumn().map(after::text).orElse(mapping.contentType()),
        mapping.sourceUriColumn().map(after::text).orElse(null),
        metadata);
  }

  /** The document a row names; columns the row lacks are taken from the key's row. */
  private DocumentRef ref(Row row, Row keyRow) {
    String id = row.text(mapping.documentIdColumn());
    if (id == null && keyRow != null) {
      id = keyRow.text(mapping.documentIdColumn());
    }
    String tenant = mapping.tenant().orElse(null);
    if (mapping.tenantColumn().isPresent()) {
      String column = mapping.tenantColumn().get();
      tenant = row.text(column);
      if (tenant == null && keyRow != null) {
        tenant = keyRow.text(column);
      }
    }
    return new DocumentRef(tenant, id);
  }

  private boolean hasRefColumns(Row keyRow) {
    return keyRow.has(mapping.documentIdColumn())
        && mapping.tenantColumn().map(keyRow::has).orElse(true);
  }

  private boolean sameMappedColumns(Row before, Row after) {
    for (String column : mapping.mappedColumns()) {
      if (!Objects.equals(before.value(column), after.value(column))) {
        return false;
      }
    }
    return true;
  }

  private Long version(Row source, Row row) {
    return switch (mapping.versionSource()) {
      case LSN -> source == null ? null : source.whole("lsn", "source.lsn");
      case TS_MS -> source == null ? null : source.whole("ts_ms", "source.ts_ms");
      case COLUMN -> row == null ? null : row.whole(mapping.versionColumn().get(), "version");
      case NONE -> null;
    };
  }

  /** The commit time, or null when the source block has none that reads as milliseconds. */
  private static Instant eventTime(Row source) {
    if (source == null) {
      return null;
    }
    try {
      Long ts = source.whole("ts_ms", "source.ts_ms");
      return ts == null ? null : Instant.ofEpochMilli(ts);
    } catch (InvalidEventException e) {
      return null;
    }
  }

  private static String eventId(Row source) {
    if (source == null) {
      return null;
    }
    String lsn = source.text("lsn");
    if (lsn != null) {
      return "lsn:" + lsn;
    }
    String ts = source.text("ts_ms");
    return ts == null ? null : "ts:" + ts;
  }
}
