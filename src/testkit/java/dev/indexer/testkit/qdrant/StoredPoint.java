package dev.indexer.testkit.qdrant;

import java.util.Map;

/**
 * A point as stored: vectors by name (already normalised for Cosine) and the payload. The
 * payload map is only mutated under its collection's write lock.
 */
record StoredPoint(PointKey id, Map<String, float[]> vectors, Map<String, Object> payload) {

  PointView view() {
    return new PointView(id, payload, vectors.keySet());
  }
}
