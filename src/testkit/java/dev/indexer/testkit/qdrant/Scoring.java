package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Collections.Distance;

/**
 * Distance functions with Qdrant's conventions (lib/segment/src/spaces): f32 arithmetic;
 * Cosine vectors are normalised when stored and when queried, then scored by dot product;
 * Euclid and Manhattan report the distance itself, so smaller is better and a score threshold
 * keeps scores strictly below it, while Cosine/Dot keep scores strictly above it.
 */
final class Scoring {
  private Scoring() {}

  /** Normalises for Cosine; zero (and already unit) vectors are left untouched like Qdrant. */
  static float[] preprocess(Distance distance, float[] vector) {
    if (distance != Distance.Cosine) {
      return vector;
    }
    float squared = 0f;
    for (float x : vector) {
      squared += x * x;
    }
    if (squared < Math.ulp(1.0f) || Math.abs(squared - 1.0f) <= 1.0e-6f) {
      return vector;
    }
    float length = (float) Math.sqrt(squared);
    float[] normalised = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      normalised[i] = vector[i] / length;
    }
    return normalised;
  }

  /** Score of a stored (preprocessed) vector against a preprocessed query. */
  static float score(Distance distance, float[] stored, float[] query) {
    float sum = 0f;
    switch (distance) {
      case Euclid -> {
        for (int i = 0; i < stored.length; i++) {
          float d = stored[i] - query[i];
          sum += d * d;
        }
        return (float) Math.sqrt(sum);
      }
      case Manhattan -> {
        for (int i = 0; i < stored.length; i++) {
          sum += Math.abs(stored[i] - query[i]);
        }
        return sum;
      }
      default -> {
        for (int i = 0; i < stored.length; i++) {
          sum += stored[i] * query[i];
        }
        return sum;
      }
    }
  }

  static boolean smallerIsBetter(Distance distance) {
    return distance == Distance.Euclid || distance == Distance.Manhattan;
  }

  /** Orders scores best first. */
  static int compareBestFirst(Distance distance, float a, float b) {
    return smallerIsBetter(distance) ? Float.compare(a, b) : Float.compare(b, a);
  }

  static boolean passesThreshold(Distance distance, float score, float threshold) {
    return smallerIsBetter(distance) ? score < threshold : score > threshold;
  }
}
