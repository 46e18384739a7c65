package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.JsonWithInt.ListValue;
import io.qdrant.client.grpc.JsonWithInt.NullValue;
import io.qdrant.client.grpc.JsonWithInt.Struct;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts payloads between the wire ({@link Value}) and the internal JSON model: {@link
 * String}, {@link Long}, {@link Double}, {@link Boolean}, {@link JsonNull}, {@code
 * List<Object>}, {@code Map<String, Object>}. Integers and doubles stay distinct, as in
 * Qdrant (serde_json numbers), because keyword/integer matching is type-strict.
 */
final class Payloads {
  private Payloads() {}

  static Map<String, Object> fromProto(Map<String, Value> proto) {
    Map<String, Object> result = new LinkedHashMap<>();
    proto.forEach((key, value) -> result.put(key, fromProto(value)));
    return result;
  }

  static Object fromProto(Value value) {
    return switch (value.getKindCase()) {
      case NULL_VALUE, KIND_NOT_SET -> JsonNull.INSTANCE;
      case DOUBLE_VALUE -> {
        double d = value.getDoubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          // serde_json cannot hold NaN/Inf; Qdrant rejects the request
          throw Errors.invalid("cannot convert to json number");
        }
        yield d;
      }
      case INTEGER_VALUE -> value.getIntegerValue();
      case STRING_VALUE -> value.getStringValue();
      case BOOL_VALUE -> value.getBoolValue();
      case STRUCT_VALUE -> fromProto(value.getStructValue().getFieldsMap());
      case LIST_VALUE -> {
        List<Object> list = new ArrayList<>(value.getListValue().getValuesCount());
        for (Value element : value.getListValue().getValuesList()) {
          list.add(fromProto(element));
        }
        yield list;
      }
    };
  }

  static Map<String, Value> toProto(Map<String, Object> payload) {
    Map<String, Value> result = new LinkedHashMap<>();
    payload.forEach((key, value) -> result.put(key, toProto(value)));
    return result;
  }

  @SuppressWarnings("unchecked")
  static Value toProto(Object value) {
    Value.Builder builder = Value.newBuilder();
    if (value instanceof String s) {
      builder.setStringValue(s);
    } else if (value instanceof Long l) {
      builder.setIntegerValue(l);
    } else if (value instanceof Double d) {
      builder.setDoubleValue(d);
    } else if (value instanceof Boolean b) {
      builder.setBoolValue(b);
    } else if (value instanceof Map<?, ?> map) {
      builder.setStructValue(
          Struct.newBuilder().putAllFields(toProto((Map<String, Object>) map)).build());
    } else if (value instanceof List<?> list) {
      ListValue.Builder listBuilder = ListValue.newBuilder();
      for (Object element : list) {
        listBuilder.addValues(toProto(element));
      }
      builder.setListValue(listBuilder);
    } else {
      builder.setNullValue(NullValue.NULL_VALUE);
    }
    return builder.build();
  }

  /** Deep copy, so stored payloads never share mutable structure with other points. */
  @SuppressWarnings("unchecked")
  static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      return copyMap((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(deepCopy(element));
      }
      return copy;
    }
    return value; // immutable scalars
  }

  static Map<String, Object> copyMap(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(key, deepCopy(value)));
    return copy;
  }

  /**
   * Shallow merge as Qdrant's set-payload does it: each source key replaces the destination
   * key, and a null source value deletes the key.
   */
  static void merge(Map<String, Object> dest, Map<String, Object> src) {
    src.forEach(
        (key, value) -> {
          if (value == JsonNull.INSTANCE) {
            dest.remove(key);
          } else {
            dest.put(key, deepCopy(value));
          }
        });
  }
}
