package dev.indexer.qdrant;

import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointsSelector;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads what reconciliation needs of every point of a collection (ids and the few payload fields
 * that say which change wrote it, never vectors or text), page by page at a bounded rate, and
 * deletes the points it finds orphaned.
 */
public final class IndexScan {

  /**
   * What reconciliation reads of a point.
   *
   * @param fence the token of the change that wrote it; 0 when it has none
   * @param partition the documents topic's partition of that change; null when not recorded
   */
  public record ScannedPoint(
      String id,
      String tenant,
      String documentId,
      long fence,
      Long version,
      String model,
      String policy,
      Integer partition) {}

  private static final List<String> FIELDS =
      List.of(
          PayloadFields.TENANT,
          PayloadFields.DOCUMENT_ID,
          PayloadFields.FENCE,
          PayloadFields.VERSION,
          PayloadFields.MODEL_ID,
          PayloadFields.PII_POLICY,
          PayloadFields.PARTITION);

  private final QdrantClient client;
  private final String collection;
  private final int pageSize;
  private final int pointsPerSecond;

  /**
   * @param pageSize points a scroll request reads
   * @param pointsPerSecond the most points read a second, so that a scan takes a bounded share of
   *     Qdrant's capacity
   */
  public IndexScan(QdrantClient client, String collection, int pageSize, int pointsPerSecond) {
    this.client = client;
    this.collection = collection;
    this.pageSize = pageSize;
    this.pointsPerSecond = pointsPerSecond;
  }

  /** The points written by events of partition {@code partition} of the documents topic. */
  public static Filter ofPartition(int partition) {
    return Filter.newBuilder()
        .addMust(io.qdrant.client.ConditionFactory.match(PayloadFields.PARTITION, partition))
        .build();
  }

  /** The points that do not record their partition (written before points did, or elsewhere). */
  public static Filter withoutPartition() {
    return Filter.newBuilder()
        .addMust(io.qdrant.client.ConditionFactory.isEmpty(PayloadFields.PARTITION))
        .build();
  }

  /**
   * Hands every point that matches {@code filter} to {@code sink}, in id order, pausing between
   * pages.
   */
  public void forEach(Filter filter, Consumer<ScannedPoint> sink) throws InterruptedException {
    PointId offset = null;
    do {
      long start = System.nanoTime();
      ScrollPoints.Builder request =
          ScrollPoints.newBuilder()
              .setCollectionName(collection)
              .setFilter(filter)
              .setLimit(pageSize)
              .setWithPayload(WithPayloadSelectorFactory.include(FIELDS))
              .setWithVectors(WithVectorsSelectorFactory.enable(false));
      if (offset != null) {
        request.setOffset(offset);
      }
      ScrollResponse page = QdrantCalls.await(client.scrollAsync(request.build()), "scroll");
      page.getResultList().forEach(p -> sink.accept(scanned(p)));
      offset = page.hasNextPageOffset() ? page.getNextPageOffset() : null;
      pace(page.getResultCount(), start);
    } while (offset != null);
  }

  /** Sleeps what is left of the time {@code points} may take at the configured rate. */
  private void pace(int points, long start) throws InterruptedException {
    long budgetNanos = points * 1_000_000_000L / pointsPerSecond;
    long left = budgetNanos - (System.nanoTime() - start);
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }

  private static ScannedPoint scanned(RetrievedPoint p) {
    Map<String, Value> payload = p.getPayloadMap();
    return new ScannedPoint(
        p.getId().hasUuid() ? p.getId().getUuid() : Long.toString(p.getId().getNum()),
        text(payload.get(PayloadFields.TENANT)),
        text(payload.get(PayloadFields.DOCUMENT_ID)),
        payload.containsKey(PayloadFields.FENCE)
            ? payload.get(PayloadFields.FENCE).getIntegerValue()
            : 0,
        integer(payload.get(PayloadFields.VERSION)),
        text(payload.get(PayloadFields.MODEL_ID)),
        text(payload.get(PayloadFields.PII_POLICY)),
        payload.containsKey(PayloadFields.PARTITION)
            ? (int) payload.get(PayloadFields.PARTITION).getIntegerValue()
            : null);
  }

  private static String text(Value v) {
    return v == null || !v.hasStringValue() ? null : v.getStringValue();
  }

  private static Long integer(Value v) {
    return v == null || !v.hasIntegerValue() ? null : v.getIntegerValue();
  }

  /**
   * Deletes the given points, except those a change of token above {@code fence} has written since
   * they were read (the id of an orphan may be a chunk's id again by then).
   */
  public void delete(List<String> ids, long fence) {
    if (ids.isEmpty()) {
      return;
    }
    Filter filter =
        Filter.newBuilder()
            .addMust(
                io.qdrant.client.ConditionFactory.hasId(
                    ids.stream().map(IndexScan::pointId).toList()))
            .addMust(io.qdrant.client.ConditionFactory.filter(Fences.atMost(fence)))
            .build();
    QdrantCalls.await(
        client.deleteAsync(
            io.qdrant.client.grpc.Points.DeletePoints.newBuilder()
                .setCollectionName(collection)
                .setWait(true)
                .setPoints(PointsSelector.newBuilder().setFilter(filter))
                .build()),
        "delete orphans");
  }

  private static PointId pointId(String id) {
    return id.indexOf('-') >= 0
        ? PointIdFactory.id(java.util.UUID.fromString(id))
        : PointIdFactory.id(Long.parseLong(id));
  }
}
