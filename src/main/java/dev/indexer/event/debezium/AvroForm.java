package dev.indexer.event.debezium;

import dev.indexer.event.AvroRecords;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Debezium's Avro form (its Avro converter, or Apicurio's): the envelope, its rows and the key as
 * Avro records of the schemas Kafka Connect derives, read through the registry of their framing
 * ({@link AvroRecords}). Column values read as the JSON form writes them, so that one mapping gives
 * the same document for both: Kafka Connect's and Debezium's time types are the numbers Debezium
 * sends ({@code Timestamp} milliseconds, {@code io.debezium.time.MicroTimestamp} microseconds, and
 * so on), decimals ({@code decimal.handling.mode=precise}: Avro {@code bytes} with the {@code
 * decimal} logical type, or Debezium's {@code VariableScaleDecimal}) their plain number.
 */
final class AvroForm {

  private static final String VARIABLE_SCALE_DECIMAL = "io.debezium.data.VariableScaleDecimal";

  private final AvroRecords avro;

  AvroForm(AvroRecords avro) {
    this.avro = avro;
  }

  Row key(String topic, Headers headers, byte[] bytes) {
    return new AvroRow(avro.read(true, topic, headers, bytes));
  }

  Envelope envelope(String topic, Headers headers, byte[] bytes) {
    GenericRecord envelope = avro.read(false, topic, headers, bytes);
    Object op = field(envelope, "op");
    return new Envelope(
        op == null ? null : op.toString(),
        row(envelope, "before"),
        row(envelope, "after"),
        field(envelope, "source") instanceof GenericRecord source ? new AvroRow(source) : null);
  }

  private static Object field(GenericRecord record, String name) {
    return record.hasField(name) ? record.get(name) : null;
  }

  private static Row row(GenericRecord envelope, String name) {
    Object row = field(envelope, name);
    if (row == null) {
      return null;
    }
    if (!(row instanceof GenericRecord record)) {
      throw new InvalidEventException(
          Reason.UNDECODABLE, "Debezium " + name + " is not a row record");
    }
    return new AvroRow(record);
  }

  private record AvroRow(GenericRecord row) implements Row {

    @Override
    public boolean has(String column) {
      return row.hasField(column);
    }

    /**
     * Largest scale (either sign) of a decimal written out as text: PostgreSQL's numeric keeps at
     * most 16,383 digits after the point.
     */
    static final int MAX_SCALE = 16_384;

    @Override
    public String text(String column) {
      Object v = value(column);
      if (v == null) {
        return null;
      }
      if (v instanceof BigDecimal decimal) {
        if (Math.abs((long) decimal.scale()) > MAX_SCALE) {
          // Written out, a few bytes of scale would become up to two billion digits.
          throw new InvalidEventException(
              Reason.UNDECODABLE, "Debezium decimal has a scale out of range");
        }
        return decimal.toPlainString();
      }
      if (v instanceof ByteBuffer bytes) {
        // As the JSON converter writes bytes.
        return Base64.getEncoder().encodeToString(array(bytes));
      }
      if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean) {
        return v.toString();
      }
      return GenericData.get().toString(v);
    }

    @Override
    public Long whole(String column, String what) {
      Object v = value(column);
      if (v == null) {
        return null;
      }
      if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
        return ((Number) v).longValue();
      }
      if (v instanceof BigDecimal decimal) {
        return WholeNumbers.of(decimal, what);
      }
      if (v instanceof CharSequence text) {
        return WholeNumbers.of(text.toString(), what);
      }
      throw WholeNumbers.notWhole(what);
    }

    /** The value, with logical types as the JSON form carries them. */
    @Override
    public Object value(String column) {
      Object v = row.hasField(column) ? row.get(column) : null;
      if (v == null) {
        return null;
      }
      Schema schema = nonNull(row.getSchema().getField(column).schema());
      LogicalType logical = schema.getLogicalType();
      if (v instanceof ByteBuffer bytes && logical instanceof LogicalTypes.Decimal) {
        if (!bytes.hasRemaining()) {
          throw new InvalidEventException(Reason.UNDECODABLE, "Debezium decimal without digits");
        }
        return new Conversions.DecimalConversion().fromBytes(bytes.duplicate(), schema, logical);
      }
      if (v instanceof GenericRecord r && VARIABLE_SCALE_DECIMAL.equals(schema.getFullName())) {
        return variableScale(r);
      }
      if (v instanceof Instant instant) {
        // Only a reader with Avro's time conversions gives instants: back to Debezium's number.
        return logical instanceof LogicalTypes.TimestampMicros
            ? ChronoUnit.MICROS.between(Instant.EPOCH, instant)
            : instant.toEpochMilli();
      }
      return v;
    }

    private static BigDecimal variableScale(GenericRecord r) {
      if (!(r.get("scale") instanceof Integer scale)
          || !(r.get("value") instanceof ByteBuffer b)
          || !b.hasRemaining()) {
        throw new InvalidEventException(
            Reason.UNDECODABLE, "Debezium VariableScaleDecimal without its scale and value");
      }
      return new BigDecimal(new BigInteger(array(b)), scale);
    }

    private static byte[] array(ByteBuffer buffer) {
      ByteBuffer copy = buffer.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return bytes;
    }

    /** The branch of an optional column's {@code ["null", type]} union that is not null. */
    private static Schema nonNull(Schema schema) {
      if (schema.getType() != Schema.Type.UNION) {
        return schema;
      }
      for (Schema branch : schema.getTypes()) {
        if (branch.getType() != Schema.Type.NULL) {
          return branch;
        }
      }
      return schema;
    }
  }
}
