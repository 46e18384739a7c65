package dev.indexer.testkit.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.range;
import static io.qdrant.client.PointIdFactory.id;
import static io.qdrant.client.QueryFactory.nearest;
import static io.qdrant.client.ValueFactory.value;
import static io.qdrant.client.VectorsFactory.vectors;
import static io.qdrant.client.WithPayloadSelectorFactory.enable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantException;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CollectionStatus;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.DeleteCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.KeywordIndexParams;
import io.qdrant.client.grpc.Collections.PayloadIndexParams;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Common.Range;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.SearchPoints;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.Points.UpsertPoints;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Round trips through the real io.qdrant.client.QdrantClient over a real socket. */
class QdrantLocalSmokeTest {
  private static QdrantLocal qdrant;
  private static QdrantClient client;

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
    client = qdrant.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    qdrant.close();
    qdrant.close(); // idempotent
  }

  private static <T> T get(ListenableFuture<T> future) throws Exception {
    return future.get();
  }

  private static Status.Code codeOf(ListenableFuture<?> future) {
    try {
      future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StatusRuntimeException status) {
        return status.getStatus().getCode();
      }
      throw new AssertionError("not a gRPC status failure", e);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return Status.Code.OK;
  }

  private static void createCosine(String name, int size) throws Exception {
    get(
        client.createCollectionAsync(
            name, VectorParams.newBuilder().setSize(size).setDistance(Distance.Cosine).build()));
  }

  private static PointStruct point(
      PointId id, Map<String, io.qdrant.client.grpc.JsonWithInt.Value> payload, float... v) {
    return PointStruct.newBuilder().setId(id).setVectors(vectors(v)).putAllPayload(payload).build();
  }

  @Test
  void healthCheckLooksLikeQdrant() throws Exception {
    var reply = get(client.healthCheckAsync());
    assertThat(reply.getTitle()).isEqualTo("qdrant - vector search engine");
    assertThat(reply.getVersion()).isEqualTo("1.17.0");
  }

  @Test
  void collectionLifecycleAndErrorCodes() throws Exception {
    createCosine("lifecycle", 4);
    assertThat(get(client.collectionExistsAsync("lifecycle"))).isTrue();
    assertThat(get(client.listCollectionsAsync())).contains("lifecycle");

    CollectionInfo info = get(client.getCollectionInfoAsync("lifecycle"));
    assertThat(info.getStatus()).isEqualTo(CollectionStatus.Green);
    assertThat(info.getPointsCount()).isZero();
    assertThat(info.getConfig().getHnswConfig().getM()).isEqualTo(16);
    assertThat(info.getConfig().getHnswConfig().getEfConstruct()).isEqualTo(100);
    assertThat(info.getConfig().getHnswConfig().getFullScanThreshold()).isEqualTo(10000);
    assertThat(info.getConfig().getParams().getOnDiskPayload()).isTrue();
    assertThat(info.getConfig().getParams().getVectorsConfig().getParams().getSize()).isEqualTo(4);

    assertThat(
            codeOf(
                client.createCollectionAsync(
                    "lifecycle",
                    VectorParams.newBuilder().setSize(4).setDistance(Distance.Dot).build())))
        .isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(
            codeOf(
                client.createCollectionAsync(
                    "bad/name",
                    VectorParams.newBuilder().setSize(4).setDistance(Distance.Dot).build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(codeOf(client.getCollectionInfoAsync("missing"))).isEqualTo(Status.Code.NOT_FOUND);

    assertThat(get(client.deleteCollectionAsync("lifecycle")).getResult()).isTrue();
    // on the wire a missing collection is result=false; the Java client turns it into an error
    assertThatThrownBy(() -> client.deleteCollectionAsync("lifecycle").get())
        .hasCauseInstanceOf(QdrantException.class);
    var raw =
        client
            .grpcClient()
            .collections()
            .delete(DeleteCollection.newBuilder().setCollectionName("lifecycle").build())
            .get();
    assertThat(raw.getResult()).isFalse();
  }

  @Test
  void upsertSearchScrollCountWithUuidAndNumericIds() throws Exception {
    createCosine("points", 2);
    String upper = "{936DA01F-9ABD-4D9D-80C7-02AF85C822A8}";
    var result =
        get(
            client.upsertAsync(
                "points",
                List.of(
                    point(id(2), Map.of("tenant", value("a"), "n", value(2)), 1, 0),
                    point(
                        PointId.newBuilder().setUuid(upper).build(),
                        Map.of("tenant", value("b")),
                        0,
                        3),
                    point(id(1), Map.of("tenant", value("a"), "n", value(1)), 1, 1))));
    assertThat(result.getStatus()).isEqualTo(UpdateStatus.Completed);

    List<ScoredPoint> hits =
        get(
            client.searchAsync(
                SearchPoints.newBuilder()
                    .setCollectionName("points")
                    .addAllVector(List.of(2f, 0f))
                    .setLimit(10)
                    .build()));
    assertThat(hits).extracting(h -> h.getId().getNum()).startsWith(2L, 1L);
    assertThat(hits.get(0).getScore()).isCloseTo(1f, within(1e-6f));
    assertThat(hits.get(1).getScore()).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
    assertThat(hits.get(0).getPayloadMap()).as("search payload defaults to off").isEmpty();

    List<ScoredPoint> queried =
        get(
            client.queryAsync(
                QueryPoints.newBuilder()
                    .setCollectionName("points")
                    .setQuery(nearest(0f, 1f))
                    .setFilter(Filter.newBuilder().addMust(matchKeyword("tenant", "b")))
                    .setWithPayload(enable(true))
                    .build()));
    assertThat(queried)
        .singleElement()
        .satisfies(
            p -> assertThat(p.getId().getUuid()).isEqualTo("936da01f-9abd-4d9d-80c7-02af85c822a8"));

    ScrollResponse page =
        client
            .grpcClient()
            .points()
            .scroll(ScrollPoints.newBuilder().setCollectionName("points").setLimit(2).build())
            .get();
    assertThat(page.getResultList()).extracting(p -> p.getId().getNum()).containsExactly(1L, 2L);
    assertThat(page.getResult(0).getPayloadMap()).as("scroll payload defaults to on").isNotEmpty();
    assertThat(page.getNextPageOffset().getUuid())
        .isEqualTo("936da01f-9abd-4d9d-80c7-02af85c822a8");

    assertThat(
            get(
                client.countAsync(
                    "points",
                    Filter.newBuilder()
                        .addMust(range("n", Range.newBuilder().setGte(2).build()))
                        .build(),
                    true)))
        .isEqualTo(1L);

    assertThat(
            codeOf(
                client.searchAsync(
                    SearchPoints.newBuilder()
                        .setCollectionName("points")
                        .addVector(1f)
                        .setLimit(1)
                        .build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(codeOf(client.upsertAsync("points", List.of(point(id(9), Map.of(), 1f, 2f, 3f)))))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(
            codeOf(
                client.scrollAsync(
                    ScrollPoints.newBuilder().setCollectionName("points").setLimit(0).build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(
            codeOf(
                client.setPayloadAsync("points", Map.of("x", value(1)), id(404), true, null, null)))
        .isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void updateFilterGuardsExistingPointsButInsertsNewOnes() throws Exception {
    createCosine("guarded", 2);
    get(client.upsertAsync("guarded", List.of(point(id(1), Map.of("version", value(5)), 1, 0))));
    Filter olderThan3 =
        Filter.newBuilder().addMust(range("version", Range.newBuilder().setLt(3).build())).build();
    get(
        client.upsertAsync(
            UpsertPoints.newBuilder()
                .setCollectionName("guarded")
                .setWait(true)
                .addPoints(point(id(1), Map.of("version", value(3)), 0, 1))
                .addPoints(point(id(2), Map.of("version", value(3)), 0, 1))
                .setUpdateFilter(olderThan3)
                .build()));
    List<RetrievedPoint> points =
        get(client.retrieveAsync("guarded", List.of(id(1), id(2)), true, false, null));
    assertThat(points)
        .extracting(p -> p.getPayloadMap().get("version").getIntegerValue())
        .containsExactly(5L, 3L);
  }

  @Test
  void vectorsAreNormalisedForCosineAndDeprecatedDataIsAccepted() throws Exception {
    createCosine("normalised", 2);
    PointStruct legacy =
        PointStruct.newBuilder()
            .setId(id(1))
            .setVectors(
                io.qdrant.client.grpc.Points.Vectors.newBuilder()
                    .setVector(
                        io.qdrant.client.grpc.Points.Vector.newBuilder().addData(3f).addData(4f)))
            .build();
    get(client.upsertAsync("normalised", List.of(legacy, point(id(2), Map.of(), 0, 0))));
    List<RetrievedPoint> points =
        get(client.retrieveAsync("normalised", List.of(id(1), id(2)), false, true, null));
    assertThat(points.get(0).getVectors().getVector().getDense().getDataList())
        .containsExactly(0.6f, 0.8f);
    assertThat(points.get(1).getVectors().getVector().getDense().getDataList())
        .as("zero vectors stay zero")
        .containsExactly(0f, 0f);
    assertThat(points.get(0).getPayloadMap()).isEmpty();
  }

  @Test
  void euclidScoresAreDistancesAndThresholdKeepsSmallerOnes() throws Exception {
    get(
        client.createCollectionAsync(
            "euclid", VectorParams.newBuilder().setSize(2).setDistance(Distance.Euclid).build()));
    get(
        client.upsertAsync(
            "euclid",
            List.of(
                point(id(1), Map.of(), 0, 0),
                point(id(2), Map.of(), 3, 4),
                point(id(3), Map.of(), 0, 1))));
    List<ScoredPoint> hits =
        get(
            client.searchAsync(
                SearchPoints.newBuilder()
                    .setCollectionName("euclid")
                    .addAllVector(List.of(0f, 0f))
                    .setLimit(10)
                    .setScoreThreshold(5f)
                    .build()));
    assertThat(hits).extracting(h -> h.getId().getNum()).containsExactly(1L, 3L);
    assertThat(hits).extracting(ScoredPoint::getScore).containsExactly(0f, 1f);
  }

  @Test
  void updateModesInsertOnlyAndUpdateOnly() throws Exception {
    createCosine("modes", 2);
    get(client.upsertAsync("modes", List.of(point(id(1), Map.of("v", value(1)), 1, 0))));
    get(
        client.upsertAsync(
            UpsertPoints.newBuilder()
                .setCollectionName("modes")
                .setWait(true)
                .setUpdateMode(io.qdrant.client.grpc.Points.UpdateMode.InsertOnly)
                .addPoints(point(id(1), Map.of("v", value(2)), 1, 0))
                .addPoints(point(id(2), Map.of("v", value(2)), 1, 0))
                .build()));
    get(
        client.upsertAsync(
            UpsertPoints.newBuilder()
                .setCollectionName("modes")
                .setWait(true)
                .setUpdateMode(io.qdrant.client.grpc.Points.UpdateMode.UpdateOnly)
                .addPoints(point(id(2), Map.of("v", value(3)), 1, 0))
                .addPoints(point(id(3), Map.of("v", value(3)), 1, 0))
                .build()));
    List<RetrievedPoint> points =
        get(client.retrieveAsync("modes", List.of(id(1), id(2), id(3)), true, false, null));
    assertThat(points).extracting(p -> p.getId().getNum()).containsExactly(1L, 2L);
    assertThat(points)
        .extracting(p -> p.getPayloadMap().get("v").getIntegerValue())
        .containsExactly(1L, 3L);
  }

  @Test
  void aliasesSwitchAtomicallyAndFollowDeletes() throws Exception {
    createCosine("blue", 2);
    createCosine("green", 2);
    get(client.upsertAsync("green", List.of(point(id(1), Map.of(), 1, 0))));
    get(client.createAliasAsync("live", "blue"));
    get(client.createAliasAsync("live", "green")); // re-point
    assertThat(get(client.countAsync("live"))).isEqualTo(1L);
    assertThat(get(client.listCollectionAliasesAsync("green"))).containsExactly("live");
    assertThat(codeOf(client.createAliasAsync("blue", "green")))
        .isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(codeOf(client.createAliasAsync("x", "nope"))).isEqualTo(Status.Code.NOT_FOUND);

    get(client.deleteCollectionAsync("green"));
    assertThat(get(client.listAliasesAsync())).noneMatch(a -> a.getAliasName().equals("live"));
    assertThat(codeOf(client.countAsync("live"))).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void payloadIndexesShowUpInPayloadSchema() throws Exception {
    createCosine("indexed", 2);
    get(
        client.createPayloadIndexAsync(
            "indexed",
            "tenant",
            PayloadSchemaType.Keyword,
            PayloadIndexParams.newBuilder()
                .setKeywordIndexParams(KeywordIndexParams.newBuilder().setIsTenant(true))
                .build(),
            true,
            null,
            null));
    var schema = get(client.getCollectionInfoAsync("indexed")).getPayloadSchemaMap().get("tenant");
    assertThat(schema.getDataType()).isEqualTo(PayloadSchemaType.Keyword);
    assertThat(schema.getParams().getKeywordIndexParams().getIsTenant()).isTrue();
  }

  @Test
  void acceptsMessagesAboveFourMebibytes() throws Exception {
    get(
        client.createCollectionAsync(
            CreateCollection.newBuilder()
                .setCollectionName("big")
                .setVectorsConfig(
                    VectorsConfig.newBuilder()
                        .setParams(VectorParams.newBuilder().setSize(2).setDistance(Distance.Dot)))
                .build()));
    String text = "x".repeat(6 * 1024 * 1024);
    get(client.upsertAsync("big", List.of(point(id(1), Map.of("text", value(text)), 1, 1))));
    assertThat(get(client.countAsync("big"))).isEqualTo(1L);
  }

  @Test
  void concurrentWritersAreSafe() throws Exception {
    createCosine("concurrent", 2);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 100;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 100; i++) {
                    get(
                        client.upsertAsync(
                            "concurrent",
                            List.of(point(id(base + i), Map.of("t", value(base)), 1, i))));
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(get(client.countAsync("concurrent"))).isEqualTo(400L);
  }

  @Test
  void apiKeyIsRequiredExceptForHealthChecks() throws Exception {
    try (QdrantLocal secured = QdrantLocal.start(0, "s3cret");
        QdrantClient authorised = secured.newClient();
        QdrantClient anonymous =
            new QdrantClient(
                io.qdrant.client.QdrantGrpcClient.newBuilder(secured.host(), secured.port(), false)
                    .build())) {
      assertThat(get(authorised.listCollectionsAsync())).isEmpty();
      assertThat(get(anonymous.healthCheckAsync()).getVersion()).isEqualTo("1.17.0");
      assertThat(codeOf(anonymous.listCollectionsAsync())).isEqualTo(Status.Code.UNAUTHENTICATED);
    }
  }

  @Test
  void fixedPortThatIsTakenFailsLoudly() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> QdrantLocal.start(port))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(String.valueOf(port));
    }
  }
}
