package dev.indexer.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;

import com.google.common.primitives.Floats;
import dev.indexer.event.DocumentRef;
import io.qdrant.client.ConditionFactory;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.VectorOutputHelper;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsSelector;
import io.qdrant.client.grpc.Points.PointsUpdateOperation;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.UpdateBatchPoints;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes documents' chunks to the index collection. Every write waits until Qdrant has applied it
 * ({@code wait=true}), so that an acknowledged event is searchable and a crash after it loses
 * nothing.
 *
 * <p><b>Fenced writes.</b> Each change of a document has a fence token that grows with every change
 * (its event's position in the log), and every point carries the token of the change that wrote it.
 * A change's upsert only replaces points of smaller tokens, and it removes only the document's
 * points of smaller tokens, never "every point but mine". Before its points, a change raises the
 * document's token in the {@link Fences} collection; after them, it reads the token back, and when
 * a newer change has been there (its writer had lost the partition, and a newer owner wrote or
 * deleted the document meanwhile) it removes what it just wrote. So however late a zombie's writes
 * land, the newest change wins in Qdrant: a newer owner either finds the token raised and deletes
 * the zombie's points, or the zombie finds the newer token and deletes its own.
 */
public class PointWriter {

  private final QdrantClient client;
  private final String collection;
  private final String fences;

  /**
   * Writes through {@code collection}, normally the alias of the index collection, and its fence
   * collection {@link Fences#of}.
   */
  public PointWriter(QdrantClient client, String collection) {
    this.client = client;
    this.collection = collection;
    this.fences = Fences.of(collection);
  }

  /** Makes {@code points} the document's only points, as a change of token {@code fence}. */
  public void replaceDocument(DocumentRef ref, List<ChunkPoint> points, long fence) {
    write(List.of(new DocumentWrite(ref, fence, points)));
  }

  /**
   * The operations that make {@code points} (which carry {@code fence} in their payload) the
   * document's only points: upsert them where no newer change wrote them, then delete the
   * document's points of older changes (all of them, when there are no points). Qdrant applies them
   * in order, so the document never disappears from search while it is replaced; a retry after a
   * partial failure converges to the same state.
   */
  public static List<PointsUpdateOperation> replaceOperations(
      DocumentRef ref, List<ChunkPoint> points, long fence) {
    return replaceOperations(new DocumentWrite(ref, fence, points));
  }

  /**
   * The operations of one change (see {@link #replaceOperations(DocumentRef, List, long)}). A
   * repair's upsert also replaces points of its own token: a change's token is its event's position
   * in the log, so a point of the same token that differs from what the event gives was damaged
   * outside the service, never written by another change.
   */
  public static List<PointsUpdateOperation> replaceOperations(DocumentWrite write) {
    DocumentRef ref = write.ref();
    long fence = write.fence();
    if (write.chunks().isEmpty()) {
      return deleteOperations(ref, fence);
    }
    return List.of(
        PointsUpdateOperation.newBuilder()
            .setUpsert(
                PointsUpdateOperation.PointStructList.newBuilder()
                    .addAllPoints(structs(write.chunks()))
                    .setUpdateFilter(
                        write.repair() ? Fences.atMost(fence) : Fences.olderThan(fence)))
            .build(),
        deletion(olderPoints(ref, fence)));
  }

  /** The operation that deletes the document's points of changes older than {@code fence}. */
  public static List<PointsUpdateOperation> deleteOperations(DocumentRef ref, long fence) {
    return List.of(deletion(olderPoints(ref, fence)));
  }

  private static Filter olderPoints(DocumentRef ref, long fence) {
    return documentFilter(ref).toBuilder()
        .addMust(ConditionFactory.filter(Fences.olderThan(fence)))
        .build();
  }

  private static PointsUpdateOperation deletion(Filter filter) {
    return PointsUpdateOperation.newBuilder()
        .setDeletePoints(
            PointsUpdateOperation.DeletePoints.newBuilder()
                .setPoints(PointsSelector.newBuilder().setFilter(filter)))
        .build();
  }

  /**
   * Applies the changes in order and returns once Qdrant has applied them all ({@code wait=true}):
   * the documents' fence tokens raised, the data operations in one request or, above {@link
   * #MAX_REQUEST_BYTES}, several; then the tokens read back, and the points of any change that a
   * newer one has overtaken removed. Changes of several documents may share requests.
   */
  public void write(List<DocumentWrite> writes) {
    if (writes.isEmpty()) {
      return;
    }
    Map<DocumentRef, Long> newest = new LinkedHashMap<>();
    List<PointsUpdateOperation> fenceOps = new ArrayList<>();
    List<PointsUpdateOperation> data = new ArrayList<>();
    for (DocumentWrite w : writes) {
      newest.merge(w.ref(), w.fence(), Math::max);
      fenceOps.add(fenceUpsert(w));
      data.addAll(replaceOperations(w));
    }
    sendTo(fences, fenceOps);
    for (List<PointsUpdateOperation> request : requests(data, MAX_REQUEST_BYTES)) {
      send(request);
    }
    Map<DocumentRef, Long> stored = fences(newest.keySet());
    List<PointsUpdateOperation> overtaken = new ArrayList<>();
    newest.forEach(
        (ref, fence) -> {
          if (stored.getOrDefault(ref, 0L) > fence) {
            overtaken.add(
                deletion(
                    documentFilter(ref).toBuilder()
                        .addMust(ConditionFactory.filter(Fences.atMost(fence)))
                        .build()));
          }
        });
    if (!overtaken.isEmpty()) {
      Log.warnf(
          "%d document(s) were changed by a newer writer while these writes were under way;"
              + " their points of the older change are removed",
          overtaken.size());
      send(overtaken);
    }
  }

  /** The largest fence token written for the document so far; 0 when none was. */
  public long fence(DocumentRef ref) {
    return fences(List.of(ref)).getOrDefault(ref, 0L);
  }

  private Map<DocumentRef, Long> fences(Collection<DocumentRef> refs) {
    Map<UUID, DocumentRef> byId = new HashMap<>();
    for (DocumentRef ref : refs) {
      byId.put(PointIds.fence(ref), ref);
    }
    Map<DocumentRef, Long> stored = new HashMap<>();
    List<UUID> ids = List.copyOf(byId.keySet());
    for (int from = 0; from < ids.size(); from += READ_PAGE) {
      List<RetrievedPoint> points =
          QdrantCalls.await(
              client.retrieveAsync(
                  fences,
                  ids.subList(from, Math.min(ids.size(), from + READ_PAGE)).stream()
                      .map(PointIdFactory::id)
                      .toList(),
                  WithPayloadSelectorFactory.include(List.of(PayloadFields.FENCE)),
                  WithVectorsSelectorFactory.enable(false),
                  null),
              "read fences");
      for (RetrievedPoint p : points) {
        Value fence = p.getPayloadMap().get(PayloadFields.FENCE);
        if (fence != null) {
          stored.put(byId.get(UUID.fromString(p.getId().getUuid())), fence.getIntegerValue());
        }
      }
    }
    return stored;
  }

  /**
   * What the document's fence point records of the newest change written for it; null when it has
   * no fence point, or one written before fence points recorded versions and deletes.
   */
  public FencePoint fencePoint(DocumentRef ref) {
    List<RetrievedPoint> points =
        QdrantCalls.await(
            client.retrieveAsync(
                fences,
                List.of(PointIdFactory.id(PointIds.fence(ref))),
                WithPayloadSelectorFactory.include(
                    List.of(PayloadFields.FENCE, PayloadFields.VERSION, PayloadFields.DELETED)),
                WithVectorsSelectorFactory.enable(false),
                null),
            "read fence point");
    if (points.isEmpty()) {
      return null;
    }
    Map<String, Value> payload = points.get(0).getPayloadMap();
    Value fence = payload.get(PayloadFields.FENCE);
    Value deleted = payload.get(PayloadFields.DELETED);
    if (fence == null || deleted == null) {
      return null;
    }
    Value version = payload.get(PayloadFields.VERSION);
    return new FencePoint(
        fence.getIntegerValue(),
        version == null || !version.hasIntegerValue() ? null : version.getIntegerValue(),
        deleted.getBoolValue());
  }

  /**
   * Raises the document's token to the write's, never lowers it, and records the document's version
   * after the write and whether it deleted the document ({@link FencePoint}).
   */
  private static PointsUpdateOperation fenceUpsert(DocumentWrite w) {
    DocumentRef ref = w.ref();
    long fence = w.fence();
    PointStruct.Builder builder =
        PointStruct.newBuilder()
            .setId(PointIdFactory.id(PointIds.fence(ref)))
            .setVectors(VectorsFactory.vectors(1f))
            .putPayload(PayloadFields.TENANT, ValueFactory.value(ref.tenant()))
            .putPayload(PayloadFields.DOCUMENT_ID, ValueFactory.value(ref.documentId()))
            .putPayload(PayloadFields.FENCE, ValueFactory.value(fence))
            .putPayload(PayloadFields.DELETED, ValueFactory.value(w.deletes()));
    if (w.version() != null) {
      builder.putPayload(PayloadFields.VERSION, ValueFactory.value(w.version()));
    }
    PointStruct point = builder.build();
    return PointsUpdateOperation.newBuilder()
        .setUpsert(
            PointsUpdateOperation.PointStructList.newBuilder()
                .addPoints(point)
                .setUpdateFilter(Fences.olderThan(fence)))
        .build();
  }

  /**
   * Largest write request, in bytes: below the 4 MiB that gRPC servers accept by default, so that a
   * document of many large chunks, or a batch of many documents, is never refused for its size
   * (which no retry could change). Larger writes go out as several requests, in order.
   */
  public static final int MAX_REQUEST_BYTES = 3 * 1024 * 1024;

  private static final int ENVELOPE_BYTES = 4_096;

  /** A nested message's field tag and length: at most 1 + 5 bytes. */
  private static final int PREFIX_BYTES = 6;

  /**
   * Kept vectors are read back this many points a request: 2.5 MB of vectors at 4,096 dimensions.
   */
  static final int READ_PAGE = 128;

  /**
   * The operations cut into requests of at most {@code maxBytes} (serialized), in order: an upsert
   * too large on its own is split into several upserts of fewer points. Splitting keeps the order,
   * so an upsert still precedes the deletes after it; every operation is idempotent, so a retry
   * after a partial failure converges as before.
   */
  static List<List<PointsUpdateOperation>> requests(
      List<PointsUpdateOperation> operations, int maxBytes) {
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

  /**
   * Sends one write request to the index collection and returns once Qdrant has applied it ({@code
   * wait=true}).
   */
  protected void send(List<PointsUpdateOperation> operations) {
    sendTo(collection, operations);
  }

  private void sendTo(String target, List<PointsUpdateOperation> operations) {
    QdrantCalls.await(
        client.batchUpdateAsync(
            UpdateBatchPoints.newBuilder()
                .setCollectionName(target)
                .setWait(true)
                .addAllOperations(operations)
                .build(),
            null),
        "write");
  }

  /**
   * The points as protobuf messages. The payload fields a document's chunks share (tenant, ids,
   * model, title, metadata and the like) become one protobuf value each, used by every point: built
   * once, and sized once when the request is serialized (a message memoizes its size).
   */
  static List<PointStruct> structs(List<ChunkPoint> points) {
    List<PointStruct> structs = new ArrayList<>(points.size());
    Map<Object, Value> shared = new HashMap<>();
    for (ChunkPoint p : points) {
      PointStruct.Builder point =
          PointStruct.newBuilder()
              .setId(PointIdFactory.id(p.id()))
              .setVectors(VectorsFactory.vectors(p.vector()));
      p.payload()
          .forEach((k, v) -> point.putPayload(k, shared.computeIfAbsent(v, PointWriter::toValue)));
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
      List<Float> data =
          VectorOutputHelper.getDenseVector(p.getVectors().getVector()).getDataList();
      vectors.put(UUID.fromString(p.getId().getUuid()), Floats.toArray(data));
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
