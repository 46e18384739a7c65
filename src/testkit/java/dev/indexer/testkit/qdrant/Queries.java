package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.SearchPoints;
import io.qdrant.client.grpc.Points.VectorInput;
import java.util.List;
import java.util.Set;

/**
 * Turns SearchPoints and QueryPoints into {@link SearchRequest}s. Validation order follows
 * Qdrant: request validation (name, limit) first, then the collection lookup (NOT_FOUND),
 * then checks against the collection (vector name, dimension).
 */
final class Queries {
  private static final long DEFAULT_QUERY_LIMIT = 10;

  private final Storage storage;

  Queries(Storage storage) {
    this.storage = storage;
  }

  /** {@code collectionName} comes from the batch for batch calls, like Qdrant. */
  List<ScoredPoint> search(String collectionName, SearchPoints request) {
    CollectionNames.validate(collectionName);
    if (request.getLimit() == 0) {
      throw Errors.invalid("Validation error in body: [limit: value 0 invalid, must be 1 or more]");
    }
    if (request.hasSparseIndices()) {
      throw Errors.unimplemented("Sparse vector search");
    }
    LocalCollection collection = storage.resolve(collectionName);
    return collection.search(
        new SearchRequest(
            request.hasVectorName() ? request.getVectorName() : VectorSpec.DEFAULT,
            VectorInputs.toArray(request.getVectorList()),
            request.hasFilter() ? request.getFilter() : null,
            request.getLimit(),
            request.hasOffset() ? request.getOffset() : 0,
            request.hasScoreThreshold() ? request.getScoreThreshold() : null,
            Set.of(),
            request.hasParams() && request.getParams().getExact(),
            new SearchRequest.Output(
                request.getWithPayload(),
                request.hasWithPayload(),
                request.getWithVectors(),
                request.hasWithVectors())),
        storage::missedByIndex);
  }

  /** Query with a nearest (dense vector or point id) query, or no query (id order). */
  List<ScoredPoint> query(String collectionName, QueryPoints request) {
    CollectionNames.validate(collectionName);
    long limit = request.hasLimit() ? request.getLimit() : DEFAULT_QUERY_LIMIT;
    if (limit == 0) {
      throw Errors.invalid("Validation error in body: [limit: value 0 invalid, must be 1 or more]");
    }
    if (request.getPrefetchCount() > 0) {
      throw Errors.unimplemented("Query with prefetch");
    }
    if (request.hasLookupFrom()) {
      throw Errors.unimplemented("Query with lookup_from");
    }
    LocalCollection collection = storage.resolve(collectionName);
    SearchRequest.Output output =
        new SearchRequest.Output(
            request.getWithPayload(),
            request.hasWithPayload(),
            request.getWithVectors(),
            request.hasWithVectors());
    long offset = request.hasOffset() ? request.getOffset() : 0;
    if (!request.hasQuery()) {
      return collection.byId(request.hasFilter() ? request.getFilter() : null, offset, limit, output);
    }
    if (!request.getQuery().hasNearest()) {
      throw Errors.unimplemented("Query variant " + request.getQuery().getVariantCase());
    }
    String using = request.hasUsing() ? request.getUsing() : VectorSpec.DEFAULT;
    VectorInput nearest = request.getQuery().getNearest();
    float[] vector;
    Set<PointKey> exclude = Set.of();
    switch (nearest.getVariantCase()) {
      case DENSE -> vector = VectorInputs.dense(nearest.getDense());
      case ID -> {
        // Qdrant resolves the point's vector and excludes referenced points from the result
        PointKey id = PointIds.parse(nearest.getId());
        VectorInputs.spec(collection.vectors(), using);
        vector = collection.storedVector(id, using);
        exclude = Set.of(id);
      }
      default -> throw Errors.unimplemented("Nearest query input " + nearest.getVariantCase());
    }
    return collection.search(
        new SearchRequest(
            using,
            vector,
            request.hasFilter() ? request.getFilter() : null,
            limit,
            offset,
            request.hasScoreThreshold() ? request.getScoreThreshold() : null,
            exclude,
            request.hasParams() && request.getParams().getExact(),
            output),
        storage::missedByIndex);
  }
}
