package dev.indexer.qdrant;

import io.qdrant.client.grpc.Collections.Distance;

/**
 * The vector distances a collection can be created with, as {@code indexer.qdrant.distance} names
 * them (in any case: {@code Cosine}, {@code cosine}).
 */
public enum VectorDistance {
  COSINE(Distance.Cosine),
  DOT(Distance.Dot),
  EUCLID(Distance.Euclid),
  MANHATTAN(Distance.Manhattan);

  private final Distance qdrant;

  VectorDistance(Distance qdrant) {
    this.qdrant = qdrant;
  }

  /** Qdrant's name of this distance. */
  public Distance qdrant() {
    return qdrant;
  }
}
