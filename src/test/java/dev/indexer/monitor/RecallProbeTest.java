package dev.indexer.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.qdrant.PayloadFields;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Points.PointStruct;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recall@k against Qdrant local on cases whose answer is known by construction: each tenant holds
 * exactly k points, so the exact top k of any query within a tenant is all of that tenant's points,
 * and a search that cannot reach m of them finds (k - m) / k of them for every query.
 */
class RecallProbeTest {

  static final int K = 10;
  static final String COLLECTION = "recall_v1";

  QdrantLocal qdrant;
  QdrantClient client;
  final List<String> tenantA = new ArrayList<>();
  final List<String> tenantB = new ArrayList<>();

  @BeforeEach
  void collection() throws Exception {
    qdrant = QdrantLocal.start();
    client = qdrant.newClient();
    client
        .createCollectionAsync(
            COLLECTION, VectorParams.newBuilder().setSize(8).setDistance(Distance.Cosine).build())
        .get();
    client
        .createPayloadIndexAsync(
            COLLECTION, PayloadFields.TENANT, PayloadSchemaType.Keyword, null, true, null, null)
        .get();
    Random random = new Random(7);
    List<PointStruct> points = new ArrayList<>();
    // Both tenants share one region of the space, so a lost tenant filter would mix them.
    for (int i = 0; i < K; i++) {
      points.add(point("a", random, tenantA));
      points.add(point("b", random, tenantB));
    }
    client.upsertAsync(COLLECTION, points).get();
  }

  @AfterEach
  void close() {
    client.close();
    qdrant.close();
  }

  @Test
  void normalAndExactSearchAgreeGivesOne() throws Exception {
    RecallProbe.Result r = probe(K).measure(new Random(1));

    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.queries()).isEqualTo(2 * K);
    assertThat(r.tenants()).isEqualTo(2);
  }

  @Test
  void searchThatMissesKnownNeighboursGivesTheExactFraction() throws Exception {
    // Three of tenant a's ten points are out of the index's reach: every query of tenant a finds
    // 7 of its exact 10, every query of tenant b all 10; all 20 points are queries.
    qdrant.missByIndex(Set.copyOf(tenantA.subList(0, 3)));

    RecallProbe.Result r = probe(K).measure(new Random(1));

    assertThat(r.queries()).isEqualTo(2 * K);
    assertThat(r.recall())
        .isCloseTo((10 * 0.7 + 10 * 1.0) / 20, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aSampleOfTenantsAndPointsStaysWithinItsBounds() throws Exception {
    qdrant.missByIndex(new HashSet<>(tenantA.subList(0, 5)));

    RecallProbe.Result r =
        new RecallProbe(client, COLLECTION, K, 1, 3, 10_000, 1_000).measure(new Random(3));

    assertThat(r.tenants()).isEqualTo(1);
    assertThat(r.queries()).isEqualTo(3);
    // One tenant: 0.5 if it was a, 1.0 if it was b, never a mix.
    assertThat(r.recall()).isIn(0.5, 1.0);
  }

  @Test
  void anEmptyCollectionHasNoAnswer() throws Exception {
    client
        .createCollectionAsync(
            "empty_v1", VectorParams.newBuilder().setSize(8).setDistance(Distance.Cosine).build())
        .get();

    RecallProbe.Result r =
        new RecallProbe(client, "empty_v1", K, 10, 10, 10_000, 1_000).measure(new Random(1));

    assertThat(r.queries()).isZero();
    assertThat(r.recall()).isNaN();
  }

  @Test
  void aRoundsCostIsBoundedByItsSettings() throws Exception {
    Random random = new Random(11);
    List<PointStruct> more = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      more.add(point("t" + (i % 4), random, ids));
    }
    client.upsertAsync(COLLECTION, more).get();
    long searches = qdrant.calls("qdrant.Points/Search");
    long scrolls = qdrant.calls("qdrant.Points/Scroll");
    long gets = qdrant.calls("qdrant.Points/Get");

    // 2,020 points read at 4,000 a second (half a second), then 2 tenants x 5 points, each two
    // searches, at 20 searches a second (a second).
    RecallProbe.Result r =
        new RecallProbe(client, COLLECTION, K, 2, 5, 4000, 20).measure(new Random(2));

    System.out.printf(
        "recall round: %d queries, %d searches, %d scroll pages, %d reads; %d ms%n",
        r.queries(),
        qdrant.calls("qdrant.Points/Search") - searches,
        qdrant.calls("qdrant.Points/Scroll") - scrolls,
        qdrant.calls("qdrant.Points/Get") - gets,
        r.millis());
    assertThat(r.queries()).isEqualTo(10);
    assertThat(qdrant.calls("qdrant.Points/Search") - searches).isEqualTo(20);
    assertThat(qdrant.calls("qdrant.Points/Scroll") - scrolls).isEqualTo((2020 + 255) / 256);
    assertThat(qdrant.calls("qdrant.Points/Get") - gets).isEqualTo(1);
    assertThat(r.millis()).isGreaterThanOrEqualTo(1400);
  }

  private RecallProbe probe(int samplesPerTenant) {
    return new RecallProbe(client, COLLECTION, K, 10, samplesPerTenant, 10_000, 1_000);
  }

  private static PointStruct point(String tenant, Random random, List<String> ids) {
    String id = UUID.nameUUIDFromBytes((tenant + ids.size()).getBytes()).toString();
    ids.add(id);
    float[] v = new float[8];
    for (int d = 0; d < v.length; d++) {
      v[d] = 1f + 0.1f * (float) random.nextGaussian();
    }
    return PointStruct.newBuilder()
        .setId(PointIdFactory.id(UUID.fromString(id)))
        .setVectors(VectorsFactory.vectors(v))
        .putAllPayload(Map.of(PayloadFields.TENANT, ValueFactory.value(tenant)))
        .build();
  }
}
