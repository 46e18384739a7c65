package dev.indexer.event.debezium;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Debezium PostgreSQL change events of a table {@code public.documents} as Debezium's JSON
 * converter writes them (its documentation's envelope: {@code before}, {@code after}, {@code
 * source}, {@code op}, {@code ts_ms}; with {@code schemas.enable=true}, {@code schema} and {@code
 * payload}). Primary key: {@code (tenant, id)}.
 */
final class Envelopes implements ChangeEvents {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The table's columns and their Kafka Connect types; a schema change adds to them. */
  final Map<String, String> columns = new LinkedHashMap<>();

  final boolean withSchema;
  long lsn = 23_960_000;
  long tsMs = 1_767_225_600_000L;

  Envelopes(boolean withSchema) {
    this.withSchema = withSchema;
    columns.put("id", "int32");
    columns.put("tenant", "string");
    columns.put("title", "string");
    columns.put("body", "string");
    columns.put("content_type", "string");
    columns.put("url", "string");
    columns.put("lang", "string");
    columns.put("views", "int32");
  }

  /** A row: column name to value ({@code null} for SQL NULL). */
  static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return row;
  }

  @Override
  public Map<String, String> columns() {
    return columns;
  }

  @Override
  public byte[] key(String tenant, int id) {
    ObjectNode payload = JSON.createObjectNode().put("id", id).put("tenant", tenant);
    if (!withSchema) {
      return bytes(payload);
    }
    ObjectNode schema = struct("dbserver1.public.documents.Key", false);
    ArrayNode fields = schema.putArray("fields");
    fields.add(field("id", "int32", false));
    fields.add(field("tenant", "string", false));
    ObjectNode n = JSON.createObjectNode();
    n.set("schema", schema);
    n.set("payload", payload);
    return bytes(n);
  }

  /** The envelope of a change; the LSN and commit time grow with every call. */
  @Override
  public byte[] value(String op, Map<String, Object> before, Map<String, Object> after) {
    lsn += 1_000;
    tsMs += 1_000;
    ObjectNode payload = JSON.createObjectNode();
    payload.set("before", before == null ? null : JSON.valueToTree(before));
    payload.set("after", after == null ? null : JSON.valueToTree(after));
    ObjectNode source =
        payload
            .putObject("source")
            .put("version", "3.6.1.Final")
            .put("connector", "postgresql")
            .put("name", "dbserver1")
            .put("ts_ms", tsMs)
            .put("snapshot", op.equals("r") ? "true" : "false")
            .put("db", "app")
            .put("sequence", "[null,\"" + lsn + "\"]")
            .put("schema", "public")
            .put("table", "documents")
            .put("txId", 741)
            .put("lsn", lsn);
    source.putNull("xmin");
    payload.put("op", op).put("ts_ms", tsMs + 123);
    payload.putNull("transaction");
    if (!withSchema) {
      return bytes(payload);
    }
    ObjectNode schema = struct("dbserver1.public.documents.Envelope", false);
    ArrayNode fields = schema.putArray("fields");
    fields.add(rowSchema("before"));
    fields.add(rowSchema("after"));
    ObjectNode sourceSchema = struct("io.debezium.connector.postgresql.Source", false);
    sourceSchema.put("field", "source");
    ArrayNode sourceFields = sourceSchema.putArray("fields");
    for (String f : List.of("version", "connector", "name", "snapshot", "db", "sequence")) {
      sourceFields.add(field(f, "string", f.equals("snapshot") || f.equals("sequence")));
    }
    sourceFields.add(field("ts_ms", "int64", false));
    sourceFields.add(field("schema", "string", false));
    sourceFields.add(field("table", "string", false));
    sourceFields.add(field("txId", "int64", true));
    sourceFields.add(field("lsn", "int64", true));
    sourceFields.add(field("xmin", "int64", true));
    fields.add(sourceSchema);
    fields.add(field("op", "string", false));
    fields.add(field("ts_ms", "int64", true));
    ObjectNode n = JSON.createObjectNode();
    n.set("schema", schema);
    n.set("payload", payload);
    return bytes(n);
  }

  private ObjectNode rowSchema(String name) {
    ObjectNode s = struct("dbserver1.public.documents.Value", true);
    s.put("field", name);
    ArrayNode fields = s.putArray("fields");
    columns.forEach(
        (c, type) -> fields.add(field(c, type, !c.equals("id") && !c.equals("tenant"))));
    return s;
  }

  private static ObjectNode struct(String name, boolean optional) {
    return JSON.createObjectNode()
        .put("type", "struct")
        .put("optional", optional)
        .put("name", name);
  }

  private static ObjectNode field(String name, String type, boolean optional) {
    return JSON.createObjectNode().put("type", type).put("optional", optional).put("field", name);
  }

  private static byte[] bytes(ObjectNode n) {
    return n.toString().getBytes(StandardCharsets.UTF_8);
  }
}
