package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.Vectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads dense vectors from requests. The Java client sends {@code Vector.dense}; older
 * clients send the deprecated {@code Vector.data}; both are accepted. Sparse, multi-dense and
 * inference inputs (document, image, object) are not supported here.
 */
final class VectorInputs {
  private VectorInputs() {}

  /** Vectors of one point, checked against the collection's slots and preprocessed. */
  static Map<String, float[]> forPoint(Vectors vectors, Map<String, VectorSpec> specs) {
    Map<String, float[]> result = new LinkedHashMap<>();
    switch (vectors.getVectorsOptionsCase()) {
      case VECTOR -> put(result, VectorSpec.DEFAULT, vectors.getVector(), specs);
      case VECTORS ->
          vectors.getVectors().getVectorsMap().forEach((name, v) -> put(result, name, v, specs));
      default -> throw Errors.invalid("Validation error in body: [vectors: Expected some vectors]");
    }
    return result;
  }

  private static void put(
      Map<String, float[]> result, String name, Vector vector, Map<String, VectorSpec> specs) {
    VectorSpec spec = spec(specs, name);
    result.put(name, spec.accept(dense(vector)));
  }

  static VectorSpec spec(Map<String, VectorSpec> specs, String name) {
    VectorSpec spec = specs.get(name);
    if (spec == null) {
      throw Errors.invalid(
          "Wrong input: Not existing vector name error: " + (name.isEmpty() ? "" : name));
    }
    return spec;
  }

  static float[] dense(Vector vector) {
    return switch (vector.getVectorCase()) {
      case DENSE -> toArray(vector.getDense().getDataList());
      case VECTOR_NOT_SET -> {
        if (vector.hasIndices()) {
          throw Errors.unimplemented("Sparse vectors");
        }
        yield toArray(vector.getDataList());
      }
      case SPARSE -> throw Errors.unimplemented("Sparse vectors");
      case MULTI_DENSE -> throw Errors.unimplemented("Multi-dense vectors");
      default -> throw Errors.unimplemented("Inference inputs (document, image, object)");
    };
  }

  static float[] dense(DenseVector vector) {
    return toArray(vector.getDataList());
  }

  static float[] toArray(List<Float> values) {
    float[] array = new float[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }
}
