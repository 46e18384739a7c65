package dev.indexer.qdrant;

import static io.qdrant.client.ConditionFactory.hasId;
import static io.qdrant.client.ConditionFactory.matchKeyword;

import dev.indexer.event.DocumentRef;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsSelector;
import io.qdrant.client.grpc.Points.PointsUpdateOperation;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.UpdateBatchPoints;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.Vectors;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * Writes a document's chunks to the index collection. Every write waits until Qdrant has applied
 * it ({@code wait=true}), so that an acknowledged event is searchable and a crash after it loses
 * nothing.
 */
public class PointWriter {

  private final QdrantClient client;
  private final String collection;

  /** Writes through {@code collection}, normally the alias of the index collection. */
  public PointWriter(QdrantClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /**
   * Makes {@code points} the document's only points in one request: an ordered batch that first
   * upserts them, then deletes every other point of the document. Qdrant applies the operations
   * in order, so the document never disappears from search while it is replaced; a retry after a
   * partial failure converges to the same state.
   */
  public void replaceDocument(DocumentRef ref, List<ChunkPoint> points) {
    write(replaceOperations(ref, points));
  }

  /** Deletes every point of a document. */
  public void deleteDocument(DocumentRef ref) {
    write(deleteOperations(ref));
  }

  /**
   * The operations that make {@code points} the document's only points: upsert them, then delete
   * every other point of the document (or every point, when there are none).
   */
  public static List<PointsUpdateOperation> replaceOperations(DocumentRef ref, List<ChunkPoint> points) {
    if (points.isEmpty()) {
      return deleteOperations(ref);
    }
    List<PointStruct> structs = structs(points);
    Filter others =
        documentFilter(ref).toBuilder()
            .addMustNot(hasId(structs.stream().map(PointStruct::getId).toList()))
            .build();
    return List.of(
        PointsUpdateOperation.newBuilder()
            .setUpsert(PointsUpdateOperation.PointStructList.newBuilder().addAllPoints(structs))
            .build(),
        deletion(others));
  }

  /** The operation that deletes every point of a document. */
  public static List<PointsUpdateOperation> deleteOperations(DocumentRef ref) {
    return List.of(deletion(documentFilter(ref)));
  }

  private static PointsUpdateOperation deletion(Filter filter) {
    return PointsUpdateOperation.newBuilder()
        .setDeletePoints(
            PointsUpdateOperation.DeletePoints.newBuilder()
                .setPoints(PointsSelector.newBuilder().setFilter(filter)))
        .build();
  }

  /**
   * Applies {@code operations} in order and returns once Qdrant has applied them all
   * ({@code wait=true}): in one request, or in several when they exceed
   * {@link #MAX_REQUEST_BYTES}. Operations of several documents may share a request.
   */
  public void write(List<PointsUpdateOperation> operations) {
    for (List<PointsUpdateOperation> request : requests(operations, MAX_REQUEST_BYTES)) {
      send(request);
    }
  }

  /**
   * Largest write request, in bytes: below the 4 MiB that gRPC servers accept by default, so that
   * a document of many large chunks, or a batch of many documents, is never refused for its size
   * (which no retry could change). Larger writes go out as several requests, in order.
   */
  public static final int MAX_REQUEST_BYTES = 3 * 1024 * 1024;

  private static final int ENVELOPE_BYTES = 4_096;
  /** A nested message's field tag and length: at most 1 + 5 bytes. */
  private static final int PREFIX_BYTES = 6;

  /** Kept vectors are read back this many points a request: 2.5 MB of vectors at 4,096 dimensions. */
  static final int READ_PAGE = 128;

  /**
   * The operations cut into requests of at most {@code maxBytes} (serialized), in order: an upsert
   * too large on its own is split into several upserts of fewer points. Splitting keeps the
   * order, so an upsert still precedes the deletes after it; every operation is idempotent, so a
   * retry after a partial failure converges as before.
   */
  static List<List<PointsUpdateOperation>> requests(List<PointsUpdateOperation> operations, int maxBytes) {
    // Room for the request's own fields (collection name, flags) and each nested message's tag
    // and length prefix.
    int budget = maxBytes - ENVELOPE_BYTES;
    List<List<PointsUpdateOperation>> requests = new ArrayList<>();
    List<PointsUpdateOperation> request = new ArrayList<>();
    long size = 0;
    for (PointsUpdateOperation whole : operations) {
      for (PointsUpdateOperation op : splitUpsert(whole, budget)) {
        int bytes = op.getSerializedSize() + PREFIX_BYTES;
        if (!request.isEmpty() && size + bytes > budget) {
          requests.add(request);
          request = new ArrayList<>();
          size = 0;
        }
        request.add(op);
        size += bytes;
      }
    }
    if (!request.isEmpty()) {
      requests.add(request);
    }
    return requests;
  }

  private static List<PointsUpdateOperation> splitUpsert(PointsUpdateOperation op, int maxBytes) {
    if (!op.hasUpsert() || op.getSerializedSize() <= maxBytes) {
      return List.of(op);
    }
    List<PointsUpdateOperation> parts = new ArrayList<>();
    PointsUpdateOperation.PointStructList.Builder part = null;
    long size = 0;
    for (PointStruct point : op.getUpsert().getPointsList()) {
      int bytes = point.getSerializedSize() + PREFIX_BYTES;
      if (part != null && size + bytes > maxBytes) {
        parts.add(op.toBuilder().setUpsert(part).build());
        part = null;
      }
      if (part == null) {
        part = op.getUpsert().toBuilder().clearPoints();
        size = 0;
      }
      part.addPoints(point);
      size += bytes;
    }
    parts.add(op.toBuilder().setUpsert(part).build());
    return parts;
  }

  /** Sends one write request and returns once Qdrant has applied it ({@code wait=true}). */
  protected void send(List<PointsUpdateOperation> operations) {
    QdrantCalls.await(
        client.batchUpdateAsync(
            UpdateBatchPoints.newBuilder()
                .setCollectionName(collection)
                .setWait(true)
                .addAllOperations(operations)
                .build(),
            null),
        "write");
  }

  /**
   * The vector as Qdrant's dense vector, added in one call through a view of the array (float by
   * float, the builder marks itself changed for every one; the client's factory copies to a boxed
   * list first).
   */
  static Vectors dense(float[] vector) {
    DenseVector.Builder dense = DenseVector.newBuilder().addAllData(new FloatView(vector));
    return Vectors.newBuilder().setVector(Vector.newBuilder().setDense(dense)).build();
  }

  /** A float array as a read-only list. */
  private static final class FloatView extends AbstractList<Float> implements RandomAccess {
    private final float[] values;

    FloatView(float[] values) {
      this.values = values;
    }

    @Override
    public Float get(int i) {
      return values[i];
    }

    @Override
    public int size() {
      return values.length;
    }
  }

  /**
   * The points as protobuf messages. The payload fields a document's chunks share (tenant, ids,
   * model, title, metadata and the like) become one protobuf value each, used by every point:
   * built once, and sized once when the request is serialized (a message memoizes its size).
   */
  static List<PointStruct> structs(List<ChunkPoint> points) {
    List<PointStruct> structs = new ArrayList<>(points.size());
    Map<Object, Value> shared = new HashMap<>();
    for (ChunkPoint p : points) {
      PointStruct.Builder point =
          PointStruct.newBuilder().setId(PointIdFactory.id(p.id())).setVectors(dense(p.vector()));
      p.payload().forEach((k, v) -> point.putPayload(k, shared.computeIfAbsent(v, PointWriter::toValue)));
      structs.add(point.build());
    }
    return structs;
  }

  /** The stored vectors of the given points; points Qdrant does not have are absent. */
  public Map<UUID, float[]> vectors(Collection<UUID> ids) {
    Map<UUID, float[]> vectors = new HashMap<>();
    List<UUID> all = List.copyOf(ids);
    // In pages: a document of thousands of kept chunks would otherwise be one answer above
    // gRPC's inbound message limit.
    for (int from = 0; from < all.size(); from += READ_PAGE) {
      read(all.subList(from, Math.min(all.size(), from + READ_PAGE)), vectors);
    }
    return vectors;
  }

  private void read(List<UUID> ids, Map<UUID, float[]> vectors) {
    List<RetrievedPoint> points =
        QdrantCalls.await(
            client.retrieveAsync(
                collection,
                ids.stream().map(PointIdFactory::id).toList(),
                WithPayloadSelectorFactory.enable(false),
                WithVectorsSelectorFactory.enable(true),
                null),
            "retrieve");
    for (RetrievedPoint p : points) {
      List<Float> data = p.getVectors().getVector().getDense().getDataList();
      if (data.isEmpty()) {
        data = p.getVectors().getVector().getDataList();
      }
      float[] v = new float[data.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = data.get(i);
      }
      vectors.put(UUID.fromString(p.getId().getUuid()), v);
    }
  }

  static Filter documentFilter(DocumentRef ref) {
    return Filter.newBuilder()
        .addMust(matchKeyword(PayloadFields.TENANT, ref.tenant()))
        .addMust(matchKeyword(PayloadFields.DOCUMENT_ID, ref.documentId()))
        .build();
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
