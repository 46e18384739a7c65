package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.NamedVectorsOutput;
import io.qdrant.client.grpc.Points.VectorOutput;
import io.qdrant.client.grpc.Points.VectorsOutput;
import io.qdrant.client.grpc.Points.WithPayloadSelector;
import io.qdrant.client.grpc.Points.WithVectorsSelector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Applies with_payload / with_vectors selectors to a stored point. Defaults differ per call
 * in Qdrant (payload on for scroll, off for get/search/query; vectors always off), so the
 * caller passes its default for an unset selector.
 */
final class OutputSelectors {
  private OutputSelectors() {}

  /** The payload to return, or empty when payload is not requested. */
  static Optional<Map<String, Value>> payload(
      WithPayloadSelector selector, boolean present, boolean byDefault, Map<String, Object> stored) {
    if (!present) {
      return byDefault ? Optional.of(Payloads.toProto(stored)) : Optional.empty();
    }
    return switch (selector.getSelectorOptionsCase()) {
      case ENABLE ->
          selector.getEnable() ? Optional.of(Payloads.toProto(stored)) : Optional.empty();
      case INCLUDE -> {
        Map<String, Object> picked = new LinkedHashMap<>();
        for (String field : selector.getInclude().getFieldsList()) {
          JsonPath.parse(field).copyBranch(stored, picked);
        }
        yield Optional.of(Payloads.toProto(picked));
      }
      case EXCLUDE -> {
        Map<String, Object> copy = Payloads.copyMap(stored);
        for (String field : selector.getExclude().getFieldsList()) {
          JsonPath.parse(field).remove(copy);
        }
        yield Optional.of(Payloads.toProto(copy));
      }
      // a selector message with nothing chosen behaves like "not given"
      case SELECTOROPTIONS_NOT_SET ->
          byDefault ? Optional.of(Payloads.toProto(stored)) : Optional.empty();
    };
  }

  /**
   * The vectors to return, or empty. A collection with only the unnamed vector answers with a
   * single {@code vector}; named collections answer with the {@code vectors} map.
   */
  static Optional<VectorsOutput> vectors(
      WithVectorsSelector selector, boolean present, boolean unnamedOnly, StoredPoint point) {
    if (!present) {
      return Optional.empty();
    }
    Map<String, float[]> chosen = new LinkedHashMap<>();
    switch (selector.getSelectorOptionsCase()) {
      case ENABLE -> {
        if (!selector.getEnable()) {
          return Optional.empty();
        }
        chosen.putAll(point.vectors());
      }
      case INCLUDE -> {
        for (String name : selector.getInclude().getNamesList()) {
          if (point.vectors().containsKey(name)) {
            chosen.put(name, point.vectors().get(name));
          }
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    if (unnamedOnly) {
      float[] vector = chosen.get(VectorSpec.DEFAULT);
      return vector == null
          ? Optional.of(VectorsOutput.newBuilder()
              .setVectors(NamedVectorsOutput.getDefaultInstance())
              .build())
          : Optional.of(VectorsOutput.newBuilder().setVector(output(vector)).build());
    }
    NamedVectorsOutput.Builder named = NamedVectorsOutput.newBuilder();
    chosen.forEach((name, vector) -> named.putVectors(name, output(vector)));
    return Optional.of(VectorsOutput.newBuilder().setVectors(named).build());
  }

  private static VectorOutput output(float[] vector) {
    DenseVector.Builder dense = DenseVector.newBuilder();
    for (float x : vector) {
      dense.addData(x);
    }
    return VectorOutput.newBuilder().setDense(dense).build();
  }
}
