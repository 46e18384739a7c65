package dev.indexer.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.range;

import dev.indexer.event.DocumentRef;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.Range;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsSelector;
import io.qdrant.client.grpc.Points.UpsertPoints;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a document's chunks to the index collection. Every write waits until Qdrant has applied
 * it ({@code wait=true}), so that an acknowledged event is searchable and a crash after it loses
 * nothing.
 */
@ApplicationScoped
public class PointWriter {

  private final QdrantClient client;
  private final CollectionManager collections;

  public PointWriter(QdrantClient client, CollectionManager collections) {
    this.client = client;
    this.collections = collections;
  }

  /** Inserts or replaces the given points. */
  public void upsert(List<ChunkPoint> points) {
    if (points.isEmpty()) {
      return;
    }
    List<PointStruct> structs = new ArrayList<>(points.size());
    for (ChunkPoint p : points) {
      structs.add(
          PointStruct.newBuilder()
              .setId(PointIdFactory.id(p.id()))
              .setVectors(VectorsFactory.vectors(p.vector()))
              .putAllPayload(toValues(p.payload()))
              .build());
    }
    QdrantCalls.await(
        client.upsertAsync(
            UpsertPoints.newBuilder()
                .setCollectionName(collections.alias())
                .setWait(true)
                .addAllPoints(structs)
                .build()),
        "upsert");
  }

  /** Deletes the chunks of a document whose index is {@code fromIndex} or higher. */
  public void deleteChunksFrom(DocumentRef ref, int fromIndex) {
    delete(
        documentFilter(ref).toBuilder()
            .addMust(range(PayloadFields.CHUNK_INDEX, Range.newBuilder().setGte(fromIndex).build()))
            .build());
  }

  /** Deletes every point of a document. */
  public void deleteDocument(DocumentRef ref) {
    delete(documentFilter(ref));
  }

  private void delete(Filter filter) {
    QdrantCalls.await(
        client.deleteAsync(
            DeletePoints.newBuilder()
                .setCollectionName(collections.alias())
                .setWait(true)
                .setPoints(PointsSelector.newBuilder().setFilter(filter))
                .build()),
        "delete");
  }

  static Filter documentFilter(DocumentRef ref) {
    return Filter.newBuilder()
        .addMust(matchKeyword(PayloadFields.TENANT, ref.tenant()))
        .addMust(matchKeyword(PayloadFields.DOCUMENT_ID, ref.documentId()))
        .build();
  }

  static Map<String, Value> toValues(Map<String, Object> payload) {
    Map<String, Value> values = new HashMap<>();
    payload.forEach((k, v) -> values.put(k, toValue(v)));
    return values;
  }

  private static Value toValue(Object v) {
    if (v == null) {
      return ValueFactory.nullValue();
    } else if (v instanceof String s) {
      return ValueFactory.value(s);
    } else if (v instanceof Integer || v instanceof Long) {
      return ValueFactory.value(((Number) v).longValue());
    } else if (v instanceof Number n) {
      return ValueFactory.value(n.doubleValue());
    } else if (v instanceof Boolean b) {
      return ValueFactory.value(b);
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Value> nested = new HashMap<>();
      m.forEach((k, x) -> nested.put(String.valueOf(k), toValue(x)));
      return ValueFactory.value(nested);
    } else if (v instanceof List<?> l) {
      return ValueFactory.list(l.stream().map(PointWriter::toValue).toList());
    }
    return ValueFactory.value(v.toString());
  }
}
