package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Collections.Distance;

/** One dense vector slot of a collection; the unnamed default vector uses the name "". */
record VectorSpec(String name, int size, Distance distance) {

  static final String DEFAULT = "";

  /** Checks dimension and preprocesses (normalises for Cosine) a vector to store or query. */
  float[] accept(float[] vector) {
    if (vector.length != size) {
      throw Errors.invalid(
          "Wrong input: Vector dimension error: expected dim: "
              + size
              + ", got "
              + vector.length);
    }
    return Scoring.preprocess(distance, vector);
  }

  String displayName() {
    return name.isEmpty() ? "(default vector)" : name;
  }
}
