package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.WithPayloadSelector;
import io.qdrant.client.grpc.Points.WithVectorsSelector;
import java.util.Set;

/**
 * A normalised nearest-neighbour request, shared by Search and Query. Null filter and
 * threshold mean "not given"; {@code exclude} holds ids referenced by the query itself;
 * {@code exact} is the request's {@code params.exact} (a full scan, never the index).
 */
record SearchRequest(
    String vectorName,
    float[] query,
    Filter filter,
    long limit,
    long offset,
    Float scoreThreshold,
    Set<PointKey> exclude,
    boolean exact,
    Output output) {

  /** with_payload / with_vectors as given on the wire ({@code has*} = field present). */
  record Output(
      WithPayloadSelector payload,
      boolean hasPayload,
      WithVectorsSelector vectors,
      boolean hasVectors) {}
}
