package dev.indexer.testkit;

import static io.qdrant.client.ConditionFactory.matchKeyword;

import dev.indexer.qdrant.PayloadFields;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what a collection holds, for tests that check the final state of the index. */
public final class IndexContents {

  private static final Comparator<RetrievedPoint> BY_CHUNK =
      Comparator.comparingLong(
          p -> p.getPayloadMap().get(PayloadFields.CHUNK_INDEX).getIntegerValue());

  private IndexContents() {}

  /** Every point of the collection, with payloads (and vectors if asked), all pages. */
  public static List<RetrievedPoint> all(
      QdrantClient client, String collection, Filter filter, boolean withVectors) throws Exception {
    List<RetrievedPoint> out = new ArrayList<>();
    PointId offset = null;
    do {
      ScrollPoints.Builder req =
          ScrollPoints.newBuilder()
              .setCollectionName(collection)
              .setLimit(1000)
              .setWithPayload(WithPayloadSelectorFactory.enable(true))
              .setWithVectors(WithVectorsSelectorFactory.enable(withVectors));
      if (filter != null) {
        req.setFilter(filter);
      }
      if (offset != null) {
        req.setOffset(offset);
      }
      ScrollResponse r = client.scrollAsync(req.build()).get();
      out.addAll(r.getResultList());
      offset = r.hasNextPageOffset() ? r.getNextPageOffset() : null;
    } while (offset != null);
    return out;
  }

  /** The points of one document in chunk order. */
  public static List<RetrievedPoint> document(
      QdrantClient client, String collection, String tenant, String id) throws Exception {
    Filter filter =
        Filter.newBuilder()
            .addMust(matchKeyword(PayloadFields.TENANT, tenant))
            .addMust(matchKeyword(PayloadFields.DOCUMENT_ID, id))
            .build();
    List<RetrievedPoint> points = new ArrayList<>(all(client, collection, filter, true));
    points.sort(BY_CHUNK);
    return points;
  }

  /** The whole collection as document key ({@code tenant/id}) to chunk texts in chunk order. */
  public static Map<String, List<String>> texts(QdrantClient client, String collection)
      throws Exception {
    Map<String, List<RetrievedPoint>> byDoc = new HashMap<>();
    for (RetrievedPoint p : all(client, collection, null, false)) {
      String key =
          p.getPayloadMap().get(PayloadFields.TENANT).getStringValue()
              + "/"
              + p.getPayloadMap().get(PayloadFields.DOCUMENT_ID).getStringValue();
      byDoc.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    Map<String, List<String>> out = new HashMap<>();
    byDoc.forEach(
        (k, points) ->
            out.put(k, points.stream().sorted(BY_CHUNK).map(IndexContents::text).toList()));
    return out;
  }

  /** The keyword payload indexes the service's collection bootstrap creates. */
  public static void createDocumentIndexes(QdrantClient client, String collection)
      throws Exception {
    for (String field : List.of(PayloadFields.DOCUMENT_ID, PayloadFields.TENANT)) {
      client
          .createPayloadIndexAsync(
              collection,
              field,
              io.qdrant.client.grpc.Collections.PayloadSchemaType.Keyword,
              null,
              true,
              null,
              null)
          .get();
    }
  }

  public static String text(RetrievedPoint p) {
    return p.getPayloadMap().get(PayloadFields.TEXT).getStringValue();
  }
}
