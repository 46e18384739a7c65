package dev.indexer.event.debezium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.io.IOException;

/**
 * Debezium's JSON form (the JSON converter, with or without {@code schemas.enable}), read with
 * Jackson.
 */
final class JsonForm {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonForm() {}

  static Row key(byte[] bytes) {
    return new JsonRow(payload(bytes, "key"));
  }

  static Envelope envelope(byte[] bytes) {
    JsonNode envelope = payload(bytes, "value");
    JsonNode op = envelope.get("op");
    JsonNode source = envelope.get("source");
    return new Envelope(
        op == null || op.isNull() ? null : op.asText(),
        row(envelope, "before"),
        row(envelope, "after"),
        source == null || !source.isObject() ? null : new JsonRow(source));
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

  private static Row row(JsonNode envelope, String name) {
    JsonNode row = envelope.get(name);
    if (row == null || row.isNull()) {
      return null;
    }
    if (!row.isObject()) {
      throw new InvalidEventException(
          Reason.UNDECODABLE, "Debezium " + name + " is not a row object");
    }
    return new JsonRow(row);
  }

  private record JsonRow(JsonNode row) implements Row {

    @Override
    public boolean has(String column) {
      return row.has(column);
    }

    /** Strings as they are, numbers and others as JSON; null if absent. */
    @Override
    public String text(String column) {
      JsonNode v = row.get(column);
      if (v == null || v.isNull()) {
        return null;
      }
      return v.isValueNode() ? v.asText() : v.toString();
    }

    @Override
    public Long whole(String column, String what) {
      JsonNode n = row.get(column);
      if (n == null || n.isNull()) {
        return null;
      }
      if (n.canConvertToLong() && n.isIntegralNumber()) {
        return n.asLong();
      }
      if (n.isTextual()) {
        return WholeNumbers.of(n.asText(), what);
      }
      throw WholeNumbers.notWhole(what);
    }

    @Override
    public Object value(String column) {
      return row.get(column);
    }
  }
}
