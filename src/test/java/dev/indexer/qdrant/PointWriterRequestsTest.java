package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.DocumentRef;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsUpdateOperation;
import io.qdrant.client.grpc.Points.UpdateBatchPoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writes cut into requests below a size: every request fits, nothing is lost or reordered. */
class PointWriterRequestsTest {

  static final int MAX = 200_000;

  @Test
  void smallWritesStayOneRequest() {
    List<PointsUpdateOperation> ops =
        PointWriter.replaceOperations(new DocumentRef("t", "d"), points("d", 3, 8), 1);
    assertThat(PointWriter.requests(ops, MAX)).containsExactly(ops);
  }

  @Test
  void largeWritesAreCutBelowTheLimitInTheSameOrder() {
    List<PointsUpdateOperation> ops = new ArrayList<>();
    ops.addAll(
        PointWriter.replaceOperations(new DocumentRef("t", "big"), points("big", 400, 384), 1));
    ops.addAll(PointWriter.deleteOperations(new DocumentRef("t", "gone"), 1));
    ops.addAll(
        PointWriter.replaceOperations(new DocumentRef("t", "small"), points("small", 2, 384), 1));
    List<List<PointsUpdateOperation>> requests = PointWriter.requests(ops, MAX);

    assertThat(requests).hasSizeGreaterThan(3);
    for (List<PointsUpdateOperation> request : requests) {
      int size =
          UpdateBatchPoints.newBuilder()
              .setCollectionName("documents")
              .setWait(true)
              .addAllOperations(request)
              .build()
              .getSerializedSize();
      assertThat(size).isLessThanOrEqualTo(MAX);
    }
    // Flattened, the same points and deletes in the same order.
    assertThat(flatten(requests.stream().flatMap(List::stream).toList())).isEqualTo(flatten(ops));
  }

  /** Upserts as their point ids one by one, deletes as themselves. */
  private static List<Object> flatten(List<PointsUpdateOperation> ops) {
    List<Object> out = new ArrayList<>();
    for (PointsUpdateOperation op : ops) {
      if (op.hasUpsert()) {
        op.getUpsert().getPointsList().forEach(p -> out.add(p.getId()));
      } else {
        out.add(op);
      }
    }
    return out;
  }

  private static List<ChunkPoint> points(String doc, int n, int dimension) {
    Random random = new Random(doc.hashCode());
    List<ChunkPoint> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] v = new float[dimension];
      for (int j = 0; j < dimension; j++) {
        v[j] = random.nextFloat();
      }
      points.add(
          new ChunkPoint(
              UUID.nameUUIDFromBytes((doc + i).getBytes()),
              v,
              Map.of(
                  PayloadFields.TENANT,
                  "t",
                  PayloadFields.DOCUMENT_ID,
                  doc,
                  PayloadFields.TEXT,
                  "text " + i)));
    }
    return points;
  }

  @Test
  void aSinglePointAboveTheLimitStillGoesOutAlone() {
    List<PointsUpdateOperation> ops =
        PointWriter.replaceOperations(new DocumentRef("t", "d"), points("d", 1, 60_000), 1);
    List<List<PointsUpdateOperation>> requests = PointWriter.requests(ops, MAX);
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).get(0).getUpsert().getPointsList())
        .extracting(PointStruct::getId)
        .hasSize(1);
  }
}
