package dev.indexer.event.debezium;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.testkit.registry.AvroSerdes;
import dev.indexer.testkit.registry.InMemoryRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * Debezium PostgreSQL change events of the table {@code public.documents} as Debezium's Avro
 * converter writes them: the envelope, the row and the key as Avro records of the schemas Kafka
 * Connect's {@code AvroData} derives (optional columns as {@code ["null", type]} unions with a null
 * default, {@code connect.name} on every named type, Debezium's PostgreSQL {@code Source} block),
 * built with Avro's own {@link GenericRecord}, registered in the in-memory registry and framed the
 * Confluent way (magic byte 0, the 4-byte schema id, the Avro body, written byte by byte here) or
 * the Apicurio way (Apicurio's own serializer). Primary key: {@code (tenant, id)}.
 *
 * <p>Column types are Kafka Connect's: {@code int32}, {@code int64}, {@code string}, and the
 * logical types {@code timestamp} (Connect's {@code Timestamp}: milliseconds, Avro {@code
 * timestamp-millis}), {@code micro-timestamp} ({@code io.debezium.time.MicroTimestamp}: a long),
 * {@code decimal:S} (Connect's {@code Decimal} of scale S: Avro {@code bytes} with the {@code
 * decimal} logical type, Debezium's {@code decimal.handling.mode=precise}) and {@code
 * variable-decimal} (Debezium's {@code VariableScaleDecimal}, a numeric without a scale: a record
 * of the scale and the unscaled bytes; one column of it at most).
 */
final class AvroEnvelopes implements ChangeEvents {

  /** Which framing the bytes get. */
  enum Framing {
    CONFLUENT,
    APICURIO
  }

  static final String TOPIC = "app.public.documents";
  private static final ObjectMapper JSON = new ObjectMapper();

  final InMemoryRegistry registry;
  final Framing framing;
  final Map<String, String> columns = new LinkedHashMap<>();
  long lsn = 23_960_000;
  long tsMs = 1_767_225_600_000L;

  /** The schema id of the last value written (Confluent framing). */
  int lastValueId;

  AvroEnvelopes(InMemoryRegistry registry, Framing framing) {
    this.registry = registry;
    this.framing = framing;
    columns.put("id", "int32");
    columns.put("tenant", "string");
    columns.put("title", "string");
    columns.put("body", "string");
    columns.put("content_type", "string");
    columns.put("url", "string");
    columns.put("lang", "string");
    columns.put("views", "int32");
  }

  @Override
  public Map<String, String> columns() {
    return columns;
  }

  Schema keySchema() {
    ObjectNode key = record("Key", TOPIC);
    ArrayNode fields = key.putArray("fields");
    fields.add(JSON.createObjectNode().put("name", "id").put("type", "int"));
    fields.add(JSON.createObjectNode().put("name", "tenant").put("type", "string"));
    return new Schema.Parser().parse(key.toString());
  }

  /** The envelope's schema for the table's columns as they are now. */
  Schema envelopeSchema() {
    ObjectNode envelope = record("Envelope", TOPIC).put("connect.version", 2);
    ArrayNode fields = envelope.putArray("fields");
    fields.add(optional("before", rowSchema()));
    fields.add(optional("after", JSON.getNodeFactory().textNode(TOPIC + ".Value")));
    fields.add(JSON.createObjectNode().put("name", "source").set("type", sourceSchema()));
    ObjectNode block = record("block", "event").put("connect.version", 1);
    ArrayNode blockFields = block.putArray("fields");
    blockFields.add(JSON.createObjectNode().put("name", "id").put("type", "string"));
    blockFields.add(JSON.createObjectNode().put("name", "total_order").put("type", "long"));
    blockFields.add(
        JSON.createObjectNode().put("name", "data_collection_order").put("type", "long"));
    fields.add(optional("transaction", block));
    fields.add(JSON.createObjectNode().put("name", "op").put("type", "string"));
    fields.add(optional("ts_ms", JSON.getNodeFactory().textNode("long")));
    fields.add(optional("ts_us", JSON.getNodeFactory().textNode("long")));
    fields.add(optional("ts_ns", JSON.getNodeFactory().textNode("long")));
    return new Schema.Parser().parse(envelope.toString());
  }

  @Override
  public byte[] key(String tenant, int id) {
    GenericRecord key = new GenericData.Record(keySchema());
    key.put("id", id);
    key.put("tenant", tenant);
    return frame(true, key);
  }

  @Override
  public byte[] value(String op, Map<String, Object> before, Map<String, Object> after) {
    lsn += 1_000;
    tsMs += 1_000;
    Schema schema = envelopeSchema();
    Schema rowSchema = schema.getField("after").schema().getTypes().get(1);
    GenericRecord envelope = new GenericData.Record(schema);
    envelope.put("before", before == null ? null : row(rowSchema, before));
    envelope.put("after", after == null ? null : row(rowSchema, after));
    GenericRecord source = new GenericData.Record(schema.getField("source").schema());
    source.put("version", "3.6.1.Final");
    source.put("connector", "postgresql");
    source.put("name", "app");
    source.put("ts_ms", tsMs);
    source.put("snapshot", op.equals("r") ? "true" : "false");
    source.put("db", "app");
    source.put("sequence", "[null,\"" + lsn + "\"]");
    source.put("schema", "public");
    source.put("table", "documents");
    source.put("txId", 741L);
    source.put("lsn", lsn);
    envelope.put("source", source);
    envelope.put("op", op);
    envelope.put("ts_ms", tsMs + 123);
    return frame(false, envelope);
  }

  private static GenericRecord row(Schema schema, Map<String, Object> values) {
    GenericRecord row = new GenericData.Record(schema);
    values.forEach(
        (column, value) -> {
          Schema.Field field = schema.getField(column);
          if (field == null) {
            throw new IllegalArgumentException("no column " + column + " in the writer schema");
          }
          row.put(column, avroValue(field.schema(), value));
        });
    return row;
  }

  /**
   * The value as Connect's AvroData writes it: a decimal as its unscaled two's-complement bytes.
   */
  private static Object avroValue(Schema schema, Object value) {
    if (value instanceof ByteBuffer raw && nonNull(schema).getType() == Schema.Type.RECORD) {
      // Unscaled bytes as they are, of scale 0: for forged values.
      GenericRecord variable = new GenericData.Record(nonNull(schema));
      variable.put("scale", 0);
      variable.put("value", raw);
      return variable;
    }
    if (value instanceof BigDecimal decimal && nonNull(schema).getType() == Schema.Type.RECORD) {
      GenericRecord variable = new GenericData.Record(nonNull(schema));
      variable.put("scale", decimal.scale());
      variable.put("value", ByteBuffer.wrap(decimal.unscaledValue().toByteArray()));
      return variable;
    }
    if (value instanceof BigDecimal decimal) {
      Schema bytes = schema.getType() == Schema.Type.UNION ? schema.getTypes().get(1) : schema;
      ByteBuffer buffer =
          new Conversions.DecimalConversion().toBytes(decimal, bytes, bytes.getLogicalType());
      return buffer;
    }
    if (value instanceof Integer i && nonNull(schema).getType() == Schema.Type.LONG) {
      return i.longValue();
    }
    return value;
  }

  private static Schema nonNull(Schema schema) {
    return schema.getType() == Schema.Type.UNION ? schema.getTypes().get(1) : schema;
  }

  private byte[] frame(boolean isKey, GenericRecord record) {
    String subject = TOPIC + (isKey ? "-key" : "-value");
    if (framing == Framing.APICURIO) {
      return AvroSerdes.<Object>serializer(registry, isKey).serialize(TOPIC, record);
    }
    int id = registry.registerConfluent(subject, record.getSchema());
    if (!isKey) {
      lastValueId = id;
    }
    return confluentFramed(id, record);
  }

  /** The Confluent wire format: magic byte 0, the schema id (4 bytes, big endian), the body. */
  static byte[] confluentFramed(int id, GenericRecord record) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(0);
      out.write(ByteBuffer.allocate(4).putInt(id).array());
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode rowSchema() {
    ObjectNode value = record("Value", TOPIC);
    ArrayNode fields = value.putArray("fields");
    columns.forEach(
        (column, type) -> {
          ObjectNode avroType = columnType(type);
          if (column.equals("id") || column.equals("tenant")) {
            fields.add(JSON.createObjectNode().put("name", column).set("type", avroType));
          } else {
            fields.add(optional(column, avroType));
          }
        });
    return value;
  }

  /** The Avro type Connect's AvroData writes for a Connect column type. */
  private static ObjectNode columnType(String connectType) {
    ObjectNode t = JSON.createObjectNode();
    if (connectType.startsWith("decimal:")) {
      String scale = connectType.substring("decimal:".length());
      t.put("type", "bytes").put("scale", Integer.parseInt(scale)).put("precision", 38);
      t.put("connect.version", 1);
      t.putObject("connect.parameters").put("scale", scale).put("connect.decimal.precision", "38");
      t.put("connect.name", "org.apache.kafka.connect.data.Decimal");
      t.put("logicalType", LogicalTypes.decimal(38).getName());
      return t;
    }
    if (connectType.equals("variable-decimal")) {
      // Debezium's numeric without a scale (decimal.handling.mode=precise).
      t.put("type", "record")
          .put("name", "VariableScaleDecimal")
          .put("namespace", "io.debezium.data");
      t.putArray("fields")
          .add(JSON.createObjectNode().put("name", "scale").put("type", "int"))
          .add(JSON.createObjectNode().put("name", "value").put("type", "bytes"));
      t.put("connect.version", 1).put("connect.name", "io.debezium.data.VariableScaleDecimal");
      return t;
    }
    return switch (connectType) {
      case "int32" -> t.put("type", "int");
      case "int64" -> t.put("type", "long");
      case "string" -> t.put("type", "string");
      case "timestamp" ->
          t.put("type", "long")
              .put("connect.version", 1)
              .put("connect.name", "org.apache.kafka.connect.data.Timestamp")
              .put("logicalType", "timestamp-millis");
      case "micro-timestamp" ->
          t.put("type", "long")
              .put("connect.version", 1)
              .put("connect.name", "io.debezium.time.MicroTimestamp");
      default -> throw new IllegalArgumentException("no Avro type for " + connectType);
    };
  }

  private static ObjectNode sourceSchema() {
    ObjectNode source = record("Source", "io.debezium.connector.postgresql");
    ArrayNode fields = source.putArray("fields");
    for (String f : new String[] {"version", "connector", "name"}) {
      fields.add(JSON.createObjectNode().put("name", f).put("type", "string"));
    }
    fields.add(JSON.createObjectNode().put("name", "ts_ms").put("type", "long"));
    ObjectNode snapshotType =
        JSON.createObjectNode()
            .put("type", "string")
            .put("connect.version", 1)
            .put("connect.default", "false")
            .put("connect.name", "io.debezium.data.Enum");
    snapshotType.putObject("connect.parameters").put("allowed", "true,first,last,false");
    ObjectNode snapshot = JSON.createObjectNode().put("name", "snapshot").put("default", "false");
    snapshot.putArray("type").add(snapshotType).add("null");
    fields.add(snapshot);
    fields.add(JSON.createObjectNode().put("name", "db").put("type", "string"));
    fields.add(optional("sequence", JSON.getNodeFactory().textNode("string")));
    fields.add(optional("ts_us", JSON.getNodeFactory().textNode("long")));
    fields.add(optional("ts_ns", JSON.getNodeFactory().textNode("long")));
    fields.add(JSON.createObjectNode().put("name", "schema").put("type", "string"));
    fields.add(JSON.createObjectNode().put("name", "table").put("type", "string"));
    for (String f : new String[] {"txId", "lsn", "xmin"}) {
      fields.add(optional(f, JSON.getNodeFactory().textNode("long")));
    }
    return source;
  }

  private static ObjectNode record(String name, String namespace) {
    return JSON.createObjectNode()
        .put("type", "record")
        .put("name", name)
        .put("namespace", namespace)
        .put("connect.name", namespace + "." + name);
  }

  private static ObjectNode optional(String name, com.fasterxml.jackson.databind.JsonNode type) {
    ObjectNode field = JSON.createObjectNode().put("name", name);
    field.putArray("type").add("null").add(type);
    field.putNull("default");
    return field;
  }
}
