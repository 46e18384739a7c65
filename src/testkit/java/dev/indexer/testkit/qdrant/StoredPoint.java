package dev.indexer.testkit.qdrant;

import java.util.Map;

/**
 * A point as stored: vectors by name (already normalised for Cosine), the payload, and the
 * version (id of the last operation that changed it, reported in ScoredPoint.version). The
 * payload map is only mutated under its collection's write lock.
 */
record StoredPoint(
    PointKey id, Map<String, float[]> vectors, Map<String, Object> payload, long version) {

  StoredPoint withVersion(long newVersion) {
    return new StoredPoint(id, vectors, payload, newVersion);
  }

  PointView view() {
    return new PointView(id, payload, vectors.keySet());
  }
}
