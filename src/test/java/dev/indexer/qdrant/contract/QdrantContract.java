package dev.indexer.qdrant.contract;

import static io.qdrant.client.ConditionFactory.hasId;
import static io.qdrant.client.ConditionFactory.isEmpty;
import static io.qdrant.client.ConditionFactory.isNull;
import static io.qdrant.client.ConditionFactory.match;
import static io.qdrant.client.ConditionFactory.matchExceptKeywords;
import static io.qdrant.client.ConditionFactory.matchExceptValues;
import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.matchKeywords;
import static io.qdrant.client.ConditionFactory.matchValues;
import static io.qdrant.client.ConditionFactory.range;
import static io.qdrant.client.PointIdFactory.id;
import static io.qdrant.client.QueryFactory.nearest;
import static io.qdrant.client.ValueFactory.list;
import static io.qdrant.client.ValueFactory.nullValue;
import static io.qdrant.client.ValueFactory.value;
import static io.qdrant.client.VectorsFactory.vectors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import com.google.common.util.concurrent.ListenableFuture;
import grpc.health.v1.HealthCheck.HealthCheckRequest;
import grpc.health.v1.HealthCheck.HealthCheckResponse;
import grpc.health.v1.HealthGrpc;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantException;
import io.qdrant.client.QdrantGrpcClient;
import io.qdrant.client.VectorOutputHelper;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Collections.AliasDescription;
import io.qdrant.client.grpc.Collections.AliasOperations;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CollectionStatus;
import io.qdrant.client.grpc.Collections.CreateAlias;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.HnswConfigDiff;
import io.qdrant.client.grpc.Collections.KeywordIndexParams;
import io.qdrant.client.grpc.Collections.PayloadIndexParams;
import io.qdrant.client.grpc.Collections.PayloadSchemaInfo;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.QuantizationConfig;
import io.qdrant.client.grpc.Collections.QuantizationType;
import io.qdrant.client.grpc.Collections.ScalarQuantization;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.MinShould;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Common.Range;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.GetPoints;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.SearchPoints;
import io.qdrant.client.grpc.Points.UpdateMode;
import io.qdrant.client.grpc.Points.UpdateResult;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.QdrantOuterClass.HealthCheckReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opentest4j.TestAbortedException;

/**
 * Black-box contract of the Qdrant behaviour this project relies on, exercised through the real
 * Java client ({@code io.qdrant:client}). Subclasses supply a server (Qdrant local, or a real
 * {@code qdrant/qdrant} container) and its endpoint; every test works in its own uniquely named
 * collection, so the whole suite can share one server.
 *
 * <p>Assertions are on results and gRPC status codes, never on message text. Where the expected
 * behaviour is not obvious, the comment cites the place in Qdrant v1.17.0's source that decides it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class QdrantContract {

  /** A running server reached over plaintext gRPC. */
  protected interface Endpoint extends AutoCloseable {
    String host();

    int port();

    /** The api key the server requires, or null. */
    String apiKey();

    @Override
    void close();
  }

  /** Starts the server this class tests (no api key). Called once, before all tests. */
  protected abstract Endpoint startServer() throws Exception;

  /** Starts a second server that requires {@code apiKey}. Called once by {@link ApiKey}. */
  protected abstract Endpoint startServerWithApiKey(String apiKey) throws Exception;

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private Endpoint endpoint;
  private QdrantClient client;

  /**
   * Set when the server could not be started for an accepted reason (e.g. no Docker): every test is
   * then aborted with it, so the report lists each test as skipped with the reason instead of a
   * silent "Tests run: 0" (which is what surefire shows for an abort in {@code @BeforeAll}).
   */
  private TestAbortedException serverUnavailable;

  private final List<String> collectionsToDrop = new ArrayList<>();
  private final List<String> aliasesToDrop = new ArrayList<>();
  private String testName = "t";

  @BeforeAll
  final void connect() throws Exception {
    try {
      endpoint = startServer();
    } catch (TestAbortedException e) {
      serverUnavailable = e;
      return;
    }
    client = newClient(endpoint.host(), endpoint.port(), endpoint.apiKey());
  }

  @AfterAll
  final void disconnect() {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      if (endpoint != null) {
        endpoint.close();
      }
    }
  }

  @BeforeEach
  final void rememberTestName(TestInfo info) {
    if (serverUnavailable != null) {
      throw serverUnavailable;
    }
    testName = info.getTestMethod().map(m -> m.getName()).orElse("t");
  }

  @AfterEach
  final void dropTestCollections() {
    if (client == null) {
      return;
    }
    for (String alias : aliasesToDrop) {
      try {
        client.deleteAliasAsync(alias).get(30, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // best effort
      }
    }
    aliasesToDrop.clear();
    for (String name : collectionsToDrop) {
      try {
        client.deleteCollectionAsync(name).get(30, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // best effort: some tests delete their collection themselves
      }
    }
    collectionsToDrop.clear();
  }

  /** A plaintext client; api key sent when not null. */
  protected static QdrantClient newClient(String host, int port, String apiKey) {
    QdrantGrpcClient.Builder builder = QdrantGrpcClient.newBuilder(host, port, false);
    if (apiKey != null) {
      builder.withApiKey(apiKey);
    }
    return new QdrantClient(builder.withTimeout(TIMEOUT).build());
  }

  protected QdrantClient client() {
    return client;
  }

  // ---------------------------------------------------------------------------------------------
  // helpers
  // ---------------------------------------------------------------------------------------------

  static <T> T await(ListenableFuture<T> future) throws Exception {
    try {
      return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The gRPC status code found in the cause chain of {@code error}, or null. */
  static Status.Code statusCodeOf(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof StatusRuntimeException sre) {
        return sre.getStatus().getCode();
      }
      if (t instanceof StatusException se) {
        return se.getStatus().getCode();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  @FunctionalInterface
  interface Call {
    Object run() throws Exception;
  }

  /** Runs {@code call} (which waits on a client future) and asserts the gRPC status code. */
  static void assertStatus(Status.Code expected, Call call) {
    Throwable error = catchThrowable(call::run);
    assertThat(error).as("expected gRPC status %s", expected).isNotNull();
    assertThat(statusCodeOf(error)).as("gRPC status of %s", error).isEqualTo(expected);
  }

  /** A fresh, unique collection name (dropped after the test). */
  String name(String suffix) {
    String base = testName.length() > 40 ? testName.substring(0, 40) : testName;
    String name = "ct_" + base + "_" + suffix + "_" + UUID.randomUUID().toString().substring(0, 8);
    collectionsToDrop.add(name);
    return name;
  }

  String aliasName(String suffix) {
    String name =
        "al_" + testName + "_" + suffix + "_" + UUID.randomUUID().toString().substring(0, 8);
    aliasesToDrop.add(name);
    return name;
  }

  String createCollection(int size, Distance distance) throws Exception {
    String name = name("c");
    await(client.createCollectionAsync(name, vectorParams(size, distance)));
    return name;
  }

  static VectorParams vectorParams(int size, Distance distance) {
    return VectorParams.newBuilder().setSize(size).setDistance(distance).build();
  }

  static PointStruct point(PointId id, float[] vector, Map<String, Value> payload) {
    return PointStruct.newBuilder()
        .setId(id)
        .setVectors(vectors(vector))
        .putAllPayload(payload)
        .build();
  }

  static PointStruct point(long id, float... vector) {
    return point(id(id), vector, Map.of());
  }

  static PointStruct point(long id, Map<String, Value> payload, float... vector) {
    return point(id(id), vector, payload);
  }

  static PointId uuidId(String uuid) {
    return PointId.newBuilder().setUuid(uuid).build();
  }

  UpdateResult upsert(String collection, PointStruct... points) throws Exception {
    return await(client.upsertAsync(collection, List.of(points)));
  }

  RetrievedPoint get(String collection, PointId id) throws Exception {
    List<RetrievedPoint> found =
        await(client.retrieveAsync(collection, List.of(id), true, true, null));
    assertThat(found).as("point %s", id).hasSize(1);
    return found.get(0);
  }

  static List<Float> dense(RetrievedPoint point) {
    assertThat(point.hasVectors()).isTrue();
    return VectorOutputHelper.getDenseVector(point.getVectors().getVector()).getDataList();
  }

  static String idString(PointId id) {
    return id.hasUuid() ? id.getUuid() : Long.toUnsignedString(id.getNum());
  }

  static List<String> ids(List<? extends Object> points) {
    return points.stream()
        .map(
            p ->
                p instanceof RetrievedPoint rp
                    ? idString(rp.getId())
                    : idString(((ScoredPoint) p).getId()))
        .collect(Collectors.toList());
  }

  static List<Float> floats(float... values) {
    List<Float> list = new ArrayList<>();
    for (float v : values) {
      list.add(v);
    }
    return list;
  }

  ScrollResponse scroll(ScrollPoints.Builder request) throws Exception {
    return await(client.scrollAsync(request.build()));
  }

  /** Ids of all points matching {@code filter}, via scroll (id order). */
  List<String> scrollIds(String collection, Filter filter) throws Exception {
    ScrollResponse response =
        scroll(
            ScrollPoints.newBuilder()
                .setCollectionName(collection)
                .setFilter(filter)
                .setLimit(100));
    return ids(response.getResultList());
  }

  long countExact(String collection, Filter filter) throws Exception {
    return await(client.countAsync(collection, filter, true));
  }

  List<ScoredPoint> search(SearchPoints.Builder request) throws Exception {
    return await(client.searchAsync(request.build()));
  }

  static SearchPoints.Builder searchRequest(String collection, long limit, float... vector) {
    return SearchPoints.newBuilder()
        .setCollectionName(collection)
        .addAllVector(floats(vector))
        .setLimit(limit);
  }

  static Filter must(Condition... conditions) {
    return Filter.newBuilder().addAllMust(List.of(conditions)).build();
  }

  static Range.Builder rangeOf() {
    return Range.newBuilder();
  }

  // ---------------------------------------------------------------------------------------------
  // collections
  // ---------------------------------------------------------------------------------------------

  @Test
  void createdCollectionReportsVectorSizeAndDistance() throws Exception {
    String name = createCollection(7, Distance.Dot);

    CollectionInfo info = await(client.getCollectionInfoAsync(name));

    VectorParams params = info.getConfig().getParams().getVectorsConfig().getParams();
    assertThat(params.getSize()).isEqualTo(7);
    assertThat(params.getDistance()).isEqualTo(Distance.Dot);
  }

  @Test
  void newCollectionReportsHnswDefaults() throws Exception {
    String name = createCollection(4, Distance.Cosine);

    HnswConfigDiff hnsw = await(client.getCollectionInfoAsync(name)).getConfig().getHnswConfig();

    assertThat(hnsw.getM()).isEqualTo(16);
    assertThat(hnsw.getEfConstruct()).isEqualTo(100);
    assertThat(hnsw.getFullScanThreshold()).isEqualTo(10_000);
  }

  @Test
  void customHnswConfigIsEchoed() throws Exception {
    String name = name("c");
    await(
        client.createCollectionAsync(
            CreateCollection.newBuilder()
                .setCollectionName(name)
                .setVectorsConfig(
                    VectorsConfig.newBuilder().setParams(vectorParams(4, Distance.Cosine)))
                .setHnswConfig(HnswConfigDiff.newBuilder().setM(32).setEfConstruct(200))
                .build()));

    HnswConfigDiff hnsw = await(client.getCollectionInfoAsync(name)).getConfig().getHnswConfig();

    assertThat(hnsw.getM()).isEqualTo(32);
    assertThat(hnsw.getEfConstruct()).isEqualTo(200);
    assertThat(hnsw.getFullScanThreshold()).as("unset fields keep defaults").isEqualTo(10_000);
  }

  @Test
  void scalarQuantizationIsEchoed() throws Exception {
    String name = name("c");
    await(
        client.createCollectionAsync(
            CreateCollection.newBuilder()
                .setCollectionName(name)
                .setVectorsConfig(
                    VectorsConfig.newBuilder().setParams(vectorParams(4, Distance.Cosine)))
                .setQuantizationConfig(
                    QuantizationConfig.newBuilder()
                        .setScalar(
                            ScalarQuantization.newBuilder()
                                .setType(QuantizationType.Int8)
                                .setQuantile(0.99f)
                                .setAlwaysRam(true)))
                .build()));

    QuantizationConfig quantization =
        await(client.getCollectionInfoAsync(name)).getConfig().getQuantizationConfig();

    assertThat(quantization.hasScalar()).isTrue();
    assertThat(quantization.getScalar().getType()).isEqualTo(QuantizationType.Int8);
    assertThat(quantization.getScalar().getQuantile()).isCloseTo(0.99f, within(1e-6f));
    assertThat(quantization.getScalar().getAlwaysRam()).isTrue();
  }

  @Test
  void onDiskPayloadDefaultsToTrue() throws Exception {
    String name = createCollection(4, Distance.Cosine);

    CollectionInfo info = await(client.getCollectionInfoAsync(name));

    assertThat(info.getConfig().getParams().getOnDiskPayload()).isTrue();
  }

  @Test
  void newCollectionIsGreenWithZeroPoints() throws Exception {
    String name = createCollection(4, Distance.Cosine);

    CollectionInfo info = await(client.getCollectionInfoAsync(name));

    assertThat(info.getStatus()).isEqualTo(CollectionStatus.Green);
    assertThat(info.getPointsCount()).isZero();
  }

  @Test
  void pointsCountReflectsUpserts() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, 1, 0), point(2, 0, 1), point(3, 1, 1));

    CollectionInfo info = await(client.getCollectionInfoAsync(name));

    assertThat(info.getPointsCount()).isEqualTo(3);
  }

  @Test
  void collectionExistsFollowsCreateAndDelete() throws Exception {
    String name = name("c");
    assertThat(await(client.collectionExistsAsync(name))).isFalse();

    await(client.createCollectionAsync(name, vectorParams(4, Distance.Cosine)));
    assertThat(await(client.collectionExistsAsync(name))).isTrue();

    await(client.deleteCollectionAsync(name));
    assertThat(await(client.collectionExistsAsync(name))).isFalse();
  }

  @Test
  void listCollectionsShowsCreatedAndNotDeleted() throws Exception {
    String kept = createCollection(4, Distance.Cosine);
    String deleted = createCollection(4, Distance.Cosine);
    await(client.deleteCollectionAsync(deleted));

    List<String> names = await(client.listCollectionsAsync());

    assertThat(names).contains(kept).doesNotContain(deleted);
  }

  @Test
  void creatingAnExistingCollectionIsAlreadyExists() throws Exception {
    String name = createCollection(4, Distance.Cosine);

    assertStatus(
        Status.Code.ALREADY_EXISTS,
        () -> await(client.createCollectionAsync(name, vectorParams(4, Distance.Cosine))));
  }

  @Test
  void operationsOnAMissingCollectionAreNotFound() {
    String missing = "ct_missing_" + UUID.randomUUID();

    assertStatus(Status.Code.NOT_FOUND, () -> await(client.getCollectionInfoAsync(missing)));
    assertStatus(Status.Code.NOT_FOUND, () -> upsert(missing, point(1, 1, 0)));
    assertStatus(Status.Code.NOT_FOUND, () -> search(searchRequest(missing, 3, 1, 0)));
    assertStatus(
        Status.Code.NOT_FOUND, () -> scroll(ScrollPoints.newBuilder().setCollectionName(missing)));
    assertStatus(Status.Code.NOT_FOUND, () -> countExact(missing, Filter.getDefaultInstance()));
    assertStatus(Status.Code.NOT_FOUND, () -> await(client.deleteAsync(missing, List.of(id(1)))));
  }

  @Test
  void deletingAMissingCollectionMakesTheClientThrow() {
    // On the wire this is result=false (toc delete_collection returns Ok(false)); the Java client
    // turns a false result into a QdrantException.
    String missing = "ct_missing_" + UUID.randomUUID();

    Throwable error =
        catchThrowable(() -> client.deleteCollectionAsync(missing).get(30, TimeUnit.SECONDS));

    assertThat(error).isInstanceOf(ExecutionException.class);
    assertThat(error.getCause()).isInstanceOf(QdrantException.class);
  }

  @Test
  void invalidCollectionNameIsInvalidArgument() {
    // CreateCollection.collection_name: validate_collection_name forbids < > : " / \ | ? * NUL
    assertStatus(
        Status.Code.INVALID_ARGUMENT,
        () -> await(client.createCollectionAsync("bad/name", vectorParams(4, Distance.Cosine))));
  }

  @Test
  void creatingACollectionNamedLikeAnAliasIsInvalidArgument() throws Exception {
    // toc create_collection: "Alias with the same name already exists" is StorageError::BadInput
    String target = createCollection(2, Distance.Cosine);
    String alias = aliasName("a");
    await(client.createAliasAsync(alias, target));

    assertStatus(
        Status.Code.INVALID_ARGUMENT,
        () -> await(client.createCollectionAsync(alias, vectorParams(2, Distance.Cosine))));
    collectionsToDrop.add(alias);
  }

  // ---------------------------------------------------------------------------------------------
  // payload indexes
  // ---------------------------------------------------------------------------------------------

  @Test
  void keywordIndexWithIsTenantIsEchoedInPayloadSchema() throws Exception {
    String name = createCollection(2, Distance.Cosine);

    await(
        client.createPayloadIndexAsync(
            name,
            "tenant",
            PayloadSchemaType.Keyword,
            PayloadIndexParams.newBuilder()
                .setKeywordIndexParams(KeywordIndexParams.newBuilder().setIsTenant(true))
                .build(),
            true,
            null,
            null));

    PayloadSchemaInfo schema =
        await(client.getCollectionInfoAsync(name)).getPayloadSchemaMap().get("tenant");
    assertThat(schema).isNotNull();
    assertThat(schema.getDataType()).isEqualTo(PayloadSchemaType.Keyword);
    assertThat(schema.getParams().hasKeywordIndexParams()).isTrue();
    assertThat(schema.getParams().getKeywordIndexParams().getIsTenant()).isTrue();
  }

  @Test
  void integerIndexIsReportedInPayloadSchema() throws Exception {
    String name = createCollection(2, Distance.Cosine);

    await(
        client.createPayloadIndexAsync(
            name, "version", PayloadSchemaType.Integer, null, true, null, null));

    Map<String, PayloadSchemaInfo> schema =
        await(client.getCollectionInfoAsync(name)).getPayloadSchemaMap();
    assertThat(schema).containsKey("version");
    assertThat(schema.get("version").getDataType()).isEqualTo(PayloadSchemaType.Integer);
  }

  @Test
  void deletedPayloadIndexLeavesPayloadSchema() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    await(
        client.createPayloadIndexAsync(
            name, "doc", PayloadSchemaType.Keyword, null, true, null, null));
    await(
        client.createPayloadIndexAsync(
            name, "other", PayloadSchemaType.Keyword, null, true, null, null));

    await(client.deletePayloadIndexAsync(name, "doc", true, null, null));

    Map<String, PayloadSchemaInfo> schema =
        await(client.getCollectionInfoAsync(name)).getPayloadSchemaMap();
    assertThat(schema).doesNotContainKey("doc").containsKey("other");
  }

  @Test
  void indexedKeywordFieldStillFiltersExactly() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    await(
        client.createPayloadIndexAsync(
            name,
            "tenant",
            PayloadSchemaType.Keyword,
            PayloadIndexParams.newBuilder()
                .setKeywordIndexParams(KeywordIndexParams.newBuilder().setIsTenant(true))
                .build(),
            true,
            null,
            null));
    upsert(
        name,
        point(1, Map.of("tenant", value("a")), 1, 0),
        point(2, Map.of("tenant", value("b")), 0, 1),
        point(3, Map.of("tenant", value("a")), 1, 1));

    await(client.deleteAsync(name, must(matchKeyword("tenant", "a"))));

    assertThat(scrollIds(name, Filter.getDefaultInstance())).containsExactly("2");
  }

  // ---------------------------------------------------------------------------------------------
  // aliases
  // ---------------------------------------------------------------------------------------------

  @Test
  void createdAliasIsListed() throws Exception {
    String target = createCollection(2, Distance.Cosine);
    String alias = aliasName("a");

    await(client.createAliasAsync(alias, target));

    List<AliasDescription> aliases = await(client.listAliasesAsync());
    assertThat(aliases)
        .anySatisfy(
            a -> {
              assertThat(a.getAliasName()).isEqualTo(alias);
              assertThat(a.getCollectionName()).isEqualTo(target);
            });
  }

  @Test
  void creatingAnExistingAliasRepointsIt() throws Exception {
    String blue = createCollection(2, Distance.Cosine);
    String green = createCollection(2, Distance.Cosine);
    upsert(blue, point(1, 1, 0));
    upsert(green, point(2, 1, 0), point(3, 0, 1));
    String alias = aliasName("live");
    await(client.createAliasAsync(alias, blue));

    // the blue/green switch: delete + create in one UpdateAliases call
    await(
        client.updateAliasesAsync(
            List.of(
                AliasOperations.newBuilder()
                    .setCreateAlias(
                        CreateAlias.newBuilder().setAliasName(alias).setCollectionName(green))
                    .build())));

    assertThat(countExact(alias, Filter.getDefaultInstance())).isEqualTo(2);
    assertThat(await(client.listCollectionAliasesAsync(blue))).doesNotContain(alias);
    assertThat(await(client.listCollectionAliasesAsync(green))).containsExactly(alias);
  }

  @Test
  void renamedAliasReplacesTheOldName() throws Exception {
    String target = createCollection(2, Distance.Cosine);
    String oldAlias = aliasName("old");
    String newAlias = aliasName("new");
    await(client.createAliasAsync(oldAlias, target));

    await(client.renameAliasAsync(oldAlias, newAlias));

    List<String> names =
        await(client.listAliasesAsync()).stream().map(AliasDescription::getAliasName).toList();
    assertThat(names).contains(newAlias).doesNotContain(oldAlias);
    assertThat(await(client.listCollectionAliasesAsync(target))).containsExactly(newAlias);
  }

  @Test
  void renamingAMissingAliasIsNotFound() throws Exception {
    String missing = "al_missing_" + UUID.randomUUID();

    assertStatus(
        Status.Code.NOT_FOUND, () -> await(client.renameAliasAsync(missing, aliasName("x"))));
  }

  @Test
  void deletedAliasIsGone() throws Exception {
    String target = createCollection(2, Distance.Cosine);
    String alias = aliasName("a");
    await(client.createAliasAsync(alias, target));

    await(client.deleteAliasAsync(alias));

    List<String> names =
        await(client.listAliasesAsync()).stream().map(AliasDescription::getAliasName).toList();
    assertThat(names).doesNotContain(alias);
    assertThat(await(client.listCollectionAliasesAsync(target))).isEmpty();
  }

  @Test
  void listCollectionAliasesReturnsOnlyThatCollectionsAliases() throws Exception {
    String first = createCollection(2, Distance.Cosine);
    String second = createCollection(2, Distance.Cosine);
    String a1 = aliasName("a1");
    String a2 = aliasName("a2");
    String b1 = aliasName("b1");
    await(client.createAliasAsync(a1, first));
    await(client.createAliasAsync(a2, first));
    await(client.createAliasAsync(b1, second));

    assertThat(await(client.listCollectionAliasesAsync(first))).containsExactlyInAnyOrder(a1, a2);
    assertThat(await(client.listCollectionAliasesAsync(second))).containsExactly(b1);
  }

  @Test
  void pointOperationsResolveAliases() throws Exception {
    String target = createCollection(2, Distance.Cosine);
    String alias = aliasName("a");
    await(client.createAliasAsync(alias, target));

    UpdateResult result = upsert(alias, point(1, 1, 0), point(2, 0, 1));
    List<ScoredPoint> hits = search(searchRequest(alias, 1, 1, 0));

    assertThat(result.getStatus()).isEqualTo(UpdateStatus.Completed);
    assertThat(ids(hits)).containsExactly("1");
    assertThat(countExact(alias, Filter.getDefaultInstance())).isEqualTo(2);
    assertThat(countExact(target, Filter.getDefaultInstance())).isEqualTo(2);
    assertThat(await(client.getCollectionInfoAsync(alias)).getPointsCount()).isEqualTo(2);
  }

  @Test
  void aliasToAMissingCollectionIsNotFound() {
    String missing = "ct_missing_" + UUID.randomUUID();

    assertStatus(
        Status.Code.NOT_FOUND, () -> await(client.createAliasAsync(aliasName("a"), missing)));
  }

  @Test
  void aliasNamedLikeAnExistingCollectionIsAlreadyExists() throws Exception {
    String target = createCollection(2, Distance.Cosine);
    String other = createCollection(2, Distance.Cosine);

    assertStatus(Status.Code.ALREADY_EXISTS, () -> await(client.createAliasAsync(other, target)));
  }

  @Test
  void deletingACollectionDropsItsAliases() throws Exception {
    String target = createCollection(2, Distance.Cosine);
    String alias = aliasName("a");
    await(client.createAliasAsync(alias, target));

    await(client.deleteCollectionAsync(target));

    List<String> names =
        await(client.listAliasesAsync()).stream().map(AliasDescription::getAliasName).toList();
    assertThat(names).doesNotContain(alias);
    assertStatus(Status.Code.NOT_FOUND, () -> countExact(alias, Filter.getDefaultInstance()));
  }

  // ---------------------------------------------------------------------------------------------
  // points: upsert and ids
  // ---------------------------------------------------------------------------------------------

  @Test
  void upsertWithWaitIsCompleted() throws Exception {
    String name = createCollection(2, Distance.Cosine);

    UpdateResult result = upsert(name, point(1, 1, 0));

    assertThat(result.getStatus()).isEqualTo(UpdateStatus.Completed);
  }

  @Test
  void upsertWithoutWaitIsAcknowledgedAndLandsEventually() throws Exception {
    String name = createCollection(2, Distance.Cosine);

    UpdateResult result =
        await(
            client.upsertAsync(
                UpsertPoints.newBuilder()
                    .setCollectionName(name)
                    .setWait(false)
                    .addPoints(point(1, 1, 0))
                    .build()));

    assertThat(result.getStatus()).isEqualTo(UpdateStatus.Acknowledged);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(countExact(name, Filter.getDefaultInstance())).isEqualTo(1));
  }

  @Test
  void uuidIdsInAnyFormComeBackLowercaseHyphenated() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    Map<String, String> sentToExpected = new LinkedHashMap<>();
    sentToExpected.put("6ba7b8109dad11d180b400c04fd430c8", "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    sentToExpected.put(
        "{6ba7b811-9dad-11d1-80b4-00c04fd430c8}", "6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    sentToExpected.put(
        "urn:uuid:6ba7b812-9dad-11d1-80b4-00c04fd430c8", "6ba7b812-9dad-11d1-80b4-00c04fd430c8");
    sentToExpected.put(
        "6BA7B813-9DAD-11D1-80B4-00C04FD430C8", "6ba7b813-9dad-11d1-80b4-00c04fd430c8");
    for (String sent : sentToExpected.keySet()) {
      upsert(name, point(uuidId(sent), new float[] {1, 0}, Map.of()));
    }

    List<String> returned =
        ids(scroll(ScrollPoints.newBuilder().setCollectionName(name).setLimit(10)).getResultList());

    assertThat(returned).containsExactlyInAnyOrderElementsOf(sentToExpected.values());
  }

  @Test
  void uuidIdsInDifferentFormsAddressTheSamePoint() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(
        name,
        point(
            uuidId("6BA7B810-9DAD-11D1-80B4-00C04FD430C8"),
            new float[] {1, 0},
            Map.of("v", value(1))));
    upsert(
        name,
        point(
            uuidId("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}"),
            new float[] {1, 0},
            Map.of("v", value(2))));

    assertThat(countExact(name, Filter.getDefaultInstance())).isEqualTo(1);
    RetrievedPoint p = get(name, id(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8")));
    assertThat(p.getPayloadMap().get("v").getIntegerValue()).isEqualTo(2);
  }

  @Test
  void malformedUuidIsInvalidArgument() throws Exception {
    String name = createCollection(2, Distance.Cosine);

    assertStatus(
        Status.Code.INVALID_ARGUMENT,
        () -> upsert(name, point(uuidId("not-a-uuid"), new float[] {1, 0}, Map.of())));
  }

  @Test
  void numericIdsRoundTripIncludingTheFullUnsignedRange() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    long max = -1L; // 2^64 - 1 as an unsigned 64-bit id
    upsert(name, point(0, 1, 0), point(42, 1, 0), point(max, 1, 0));

    List<RetrievedPoint> found =
        await(client.retrieveAsync(name, List.of(id(0), id(42), id(max)), null));

    assertThat(found.stream().map(p -> p.getId().getNum()).toList())
        .containsExactlyInAnyOrder(0L, 42L, max);
    assertThat(found).allSatisfy(p -> assertThat(p.getId().hasNum()).isTrue());
  }

  @Test
  void upsertReplacesTheWholePayload() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("a", value("x"), "b", value(1)), 1, 0));

    upsert(name, point(1, Map.of("c", value(true)), 0, 1));

    RetrievedPoint p = get(name, id(1));
    assertThat(p.getPayloadMap()).containsOnlyKeys("c");
    assertThat(p.getPayloadMap().get("c").getBoolValue()).isTrue();
    assertThat(dense(p)).containsExactly(0f, 1f);
  }

  @Test
  void upsertWithoutPayloadClearsThePayload() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("a", value("x")), 1, 0));

    upsert(name, point(1, 1, 0));

    assertThat(get(name, id(1)).getPayloadMap()).isEmpty();
  }

  @Test
  void wrongVectorDimensionOnUpsertIsInvalidArgument() throws Exception {
    String name = createCollection(3, Distance.Cosine);

    assertStatus(Status.Code.INVALID_ARGUMENT, () -> upsert(name, point(1, 1, 0)));
    assertThat(countExact(name, Filter.getDefaultInstance())).isZero();
  }

  @Test
  void upsertWithoutVectorsIsInvalidArgument() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    PointStruct noVectors =
        PointStruct.newBuilder().setId(id(1)).putPayload("a", value("x")).build();

    assertStatus(Status.Code.INVALID_ARGUMENT, () -> upsert(name, noVectors));
  }

  @Test
  void cosineVectorsAreStoredNormalised() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, 3, 4));

    List<Float> stored = dense(get(name, id(1)));

    assertThat(stored).hasSize(2);
    assertThat(stored.get(0)).isCloseTo(0.6f, within(1e-4f));
    assertThat(stored.get(1)).isCloseTo(0.8f, within(1e-4f));
  }

  @Test
  void cosineVectorsComeBackAsDense() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, 1, 0));

    RetrievedPoint p = get(name, id(1));

    assertThat(p.getVectors().getVector().hasDense()).isTrue();
  }

  @Test
  void zeroVectorStaysZeroInACosineCollection() throws Exception {
    String name = createCollection(3, Distance.Cosine);
    upsert(name, point(1, 0, 0, 0));

    assertThat(dense(get(name, id(1)))).containsExactly(0f, 0f, 0f);
  }

  @Test
  void dotVectorsAreStoredAsSent() throws Exception {
    String name = createCollection(2, Distance.Dot);
    upsert(name, point(1, 3, 4));

    assertThat(dense(get(name, id(1)))).containsExactly(3f, 4f);
  }

  // ---------------------------------------------------------------------------------------------
  // conditional upserts: update_filter and update_mode
  // ---------------------------------------------------------------------------------------------

  private UpdateResult versionGuardedUpsert(
      String collection, long pointId, long version, String text) throws Exception {
    return await(
        client.upsertAsync(
            UpsertPoints.newBuilder()
                .setCollectionName(collection)
                .setWait(true)
                .addPoints(
                    point(pointId, Map.of("version", value(version), "text", value(text)), 1, 0))
                .setUpdateFilter(must(range("version", rangeOf().setLt(version).build())))
                .build()));
  }

  @Test
  void updateFilterLetsANewerVersionReplaceThePoint() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("version", value(5), "text", value("v5")), 1, 0));

    versionGuardedUpsert(name, 1, 6, "v6");

    assertThat(get(name, id(1)).getPayloadMap().get("text").getStringValue()).isEqualTo("v6");
  }

  @Test
  void updateFilterKeepsThePointWhenTheVersionIsOlder() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("version", value(5), "text", value("v5")), 1, 0));

    UpdateResult result = versionGuardedUpsert(name, 1, 4, "v4");

    assertThat(result.getStatus()).isEqualTo(UpdateStatus.Completed);
    Map<String, Value> payload = get(name, id(1)).getPayloadMap();
    assertThat(payload.get("text").getStringValue()).isEqualTo("v5");
    assertThat(payload.get("version").getIntegerValue()).isEqualTo(5);
  }

  @Test
  void updateFilterStillInsertsANewId() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("version", value(5)), 1, 0));

    // 7 does not exist: inserted regardless of the filter (a version of 1 would not pass it)
    await(
        client.upsertAsync(
            UpsertPoints.newBuilder()
                .setCollectionName(name)
                .setWait(true)
                .addPoints(point(7, Map.of("version", value(1)), 1, 0))
                .setUpdateFilter(must(range("version", rangeOf().setLt(0).build())))
                .build()));

    assertThat(get(name, id(7)).getPayloadMap().get("version").getIntegerValue()).isEqualTo(1);
  }

  @Test
  void insertOnlyModeSkipsExistingPointsAndInsertsNewOnes() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("text", value("old")), 1, 0));

    await(
        client.upsertAsync(
            UpsertPoints.newBuilder()
                .setCollectionName(name)
                .setWait(true)
                .setUpdateMode(UpdateMode.InsertOnly)
                .addPoints(point(1, Map.of("text", value("new")), 0, 1))
                .addPoints(point(2, Map.of("text", value("new")), 0, 1))
                .build()));

    assertThat(get(name, id(1)).getPayloadMap().get("text").getStringValue()).isEqualTo("old");
    assertThat(get(name, id(2)).getPayloadMap().get("text").getStringValue()).isEqualTo("new");
  }

  @Test
  void updateOnlyModeUpdatesExistingPointsAndInsertsNothing() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("text", value("old")), 1, 0));

    await(
        client.upsertAsync(
            UpsertPoints.newBuilder()
                .setCollectionName(name)
                .setWait(true)
                .setUpdateMode(UpdateMode.UpdateOnly)
                .addPoints(point(1, Map.of("text", value("new")), 0, 1))
                .addPoints(point(2, Map.of("text", value("new")), 0, 1))
                .build()));

    assertThat(get(name, id(1)).getPayloadMap().get("text").getStringValue()).isEqualTo("new");
    assertThat(await(client.retrieveAsync(name, List.of(id(2)), null))).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // points: delete, payload operations, get
  // ---------------------------------------------------------------------------------------------

  @Test
  void deleteByIdsIgnoresMissingIds() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, 1, 0), point(2, 0, 1));

    UpdateResult result = await(client.deleteAsync(name, List.of(id(1), id(999))));

    assertThat(result.getStatus()).isEqualTo(UpdateStatus.Completed);
    assertThat(scrollIds(name, Filter.getDefaultInstance())).containsExactly("2");
  }

  @Test
  void deleteByFilterRemovesOnlyMatchingPoints() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(
        name,
        point(1, Map.of("doc", value("a")), 1, 0),
        point(2, Map.of("doc", value("b")), 1, 0),
        point(3, Map.of("doc", value("a")), 1, 0),
        point(4, 1, 0));

    await(client.deleteAsync(name, must(matchKeyword("doc", "a"))));

    assertThat(scrollIds(name, Filter.getDefaultInstance())).containsExactly("2", "4");
  }

  @Test
  void setPayloadMergesKeys() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("a", value("x"), "b", value(1)), 1, 0));

    await(
        client.setPayloadAsync(
            name, Map.of("b", value(2), "c", value("new")), id(1), true, null, null));

    Map<String, Value> payload = get(name, id(1)).getPayloadMap();
    assertThat(payload).containsOnlyKeys("a", "b", "c");
    assertThat(payload.get("a").getStringValue()).isEqualTo("x");
    assertThat(payload.get("b").getIntegerValue()).isEqualTo(2);
    assertThat(payload.get("c").getStringValue()).isEqualTo("new");
  }

  @Test
  void overwritePayloadReplacesThePayload() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("a", value("x"), "b", value(1)), 1, 0));

    await(client.overwritePayloadAsync(name, Map.of("c", value("only")), id(1), true, null, null));

    Map<String, Value> payload = get(name, id(1)).getPayloadMap();
    assertThat(payload).containsOnlyKeys("c");
  }

  @Test
  void deletePayloadRemovesOnlyTheNamedKeys() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("a", value("x"), "b", value(1), "c", value(true)), 1, 0));

    await(client.deletePayloadAsync(name, List.of("a", "c", "absent"), id(1), true, null, null));

    assertThat(get(name, id(1)).getPayloadMap()).containsOnlyKeys("b");
  }

  @Test
  void clearPayloadEmptiesThePayloadAndKeepsThePoint() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("a", value("x")), 1, 0));

    await(client.clearPayloadAsync(name, id(1), true, null, null));

    RetrievedPoint p = get(name, id(1));
    assertThat(p.getPayloadMap()).isEmpty();
    assertThat(dense(p)).containsExactly(1f, 0f);
  }

  @Test
  void setPayloadOnAMissingIdIsNotFound() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, 1, 0));

    assertStatus(
        Status.Code.NOT_FOUND,
        () ->
            await(client.setPayloadAsync(name, Map.of("a", value(1)), id(999), true, null, null)));
  }

  @Test
  void overwritePayloadOnAMissingIdIsNotFound() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, 1, 0));

    assertStatus(
        Status.Code.NOT_FOUND,
        () ->
            await(
                client.overwritePayloadAsync(
                    name, Map.of("a", value(1)), id(999), true, null, null)));
  }

  @Test
  void getReturnsPayloadAndVectorsOnlyWhenAsked() throws Exception {
    String name = createCollection(2, Distance.Dot);
    upsert(name, point(1, Map.of("a", value("x")), 1, 2));

    RetrievedPoint bare =
        await(client.retrieveAsync(name, List.of(id(1)), false, false, null)).get(0);
    RetrievedPoint full =
        await(client.retrieveAsync(name, List.of(id(1)), true, true, null)).get(0);

    assertThat(bare.getPayloadMap()).isEmpty();
    assertThat(bare.hasVectors()).isFalse();
    assertThat(full.getPayloadMap()).containsOnlyKeys("a");
    assertThat(dense(full)).containsExactly(1f, 2f);
  }

  @Test
  void getWithoutSelectorsReturnsNoPayload() throws Exception {
    // GetPoints.with_payload unset: collection retrieve defaults it to false
    String name = createCollection(2, Distance.Dot);
    upsert(name, point(1, Map.of("a", value("x")), 1, 2));

    List<RetrievedPoint> found =
        await(
            client.retrieveAsync(
                GetPoints.newBuilder().setCollectionName(name).addIds(id(1)).build(), null));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPayloadMap()).isEmpty();
    assertThat(found.get(0).hasVectors()).isFalse();
  }

  @Test
  void getSkipsMissingIds() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, 1, 0));

    List<RetrievedPoint> found = await(client.retrieveAsync(name, List.of(id(1), id(999)), null));

    assertThat(ids(found)).containsExactly("1");
  }

  @Test
  void getWithPayloadIncludeSelectorReturnsOnlyThoseKeys() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("a", value("x"), "b", value(1)), 1, 0));

    RetrievedPoint p =
        await(
                client.retrieveAsync(
                    name,
                    List.of(id(1)),
                    WithPayloadSelectorFactory.include(List.of("b")),
                    WithVectorsSelectorFactory.enable(false),
                    null))
            .get(0);

    assertThat(p.getPayloadMap()).containsOnlyKeys("b");
  }

  // ---------------------------------------------------------------------------------------------
  // scroll and count
  // ---------------------------------------------------------------------------------------------

  @Test
  void scrollDefaultLimitIsTen() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    await(
        client.upsertAsync(
            name, IntStream.rangeClosed(1, 15).mapToObj(i -> point(i, 1, 0)).toList()));

    ScrollResponse page = scroll(ScrollPoints.newBuilder().setCollectionName(name));

    assertThat(page.getResultCount()).isEqualTo(10);
    assertThat(page.getNextPageOffset().getNum()).isEqualTo(11);
  }

  @Test
  void scrollLimitZeroIsInvalidArgument() throws Exception {
    String name = createCollection(2, Distance.Cosine);

    assertStatus(
        Status.Code.INVALID_ARGUMENT,
        () -> scroll(ScrollPoints.newBuilder().setCollectionName(name).setLimit(0)));
  }

  @Test
  void scrollOrdersNumericIdsUnsignedAndBeforeUuids() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    String uuid = "00000000-0000-0000-0000-000000000001";
    upsert(
        name,
        point(uuidId(uuid), new float[] {1, 0}, Map.of()),
        point(-1L, 1, 0), // 2^64 - 1
        point(7, 1, 0),
        point(1, 1, 0));

    List<String> order = scrollIds(name, Filter.getDefaultInstance());

    assertThat(order).containsExactly("1", "7", "18446744073709551615", uuid);
  }

  @Test
  void scrollOrdersUuidsByBytesNotByJavaUuidCompareTo() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    String low = "10000000-0000-0000-0000-000000000000";
    String high = "90000000-0000-0000-0000-000000000000";
    String highest = "f0000000-0000-0000-0000-000000000000";
    // java.util.UUID compares signed longs: "9..." and "f..." sort before "1..."
    List<UUID> javaOrder =
        new ArrayList<>(
            List.of(UUID.fromString(low), UUID.fromString(high), UUID.fromString(highest)));
    java.util.Collections.sort(javaOrder);
    assertThat(javaOrder.get(0).toString()).isEqualTo(high);
    upsert(
        name,
        point(uuidId(highest), new float[] {1, 0}, Map.of()),
        point(uuidId(low), new float[] {1, 0}, Map.of()),
        point(uuidId(high), new float[] {1, 0}, Map.of()));

    assertThat(scrollIds(name, Filter.getDefaultInstance())).containsExactly(low, high, highest);
  }

  @Test
  void scrollPagesWithNextPageOffsetUntilTheLastPage() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    await(
        client.upsertAsync(
            name, IntStream.rangeClosed(1, 25).mapToObj(i -> point(i, 1, 0)).toList()));

    List<String> seen = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    PointId offset = null;
    int pages = 0;
    while (true) {
      ScrollPoints.Builder request = ScrollPoints.newBuilder().setCollectionName(name).setLimit(10);
      if (offset != null) {
        request.setOffset(offset);
      }
      ScrollResponse page = scroll(request);
      pages++;
      seen.addAll(ids(page.getResultList()));
      if (!page.hasNextPageOffset()) {
        break;
      }
      offset = page.getNextPageOffset();
      offsets.add(offset.getNum());
      assertThat(pages).isLessThan(10);
    }

    assertThat(pages).isEqualTo(3);
    assertThat(offsets).containsExactly(11L, 21L);
    assertThat(seen)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 25).mapToObj(Integer::toString).toList());
  }

  @Test
  void scrollOffsetIsInclusiveEvenForAMissingId() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, 1, 0), point(3, 1, 0), point(5, 1, 0));

    ScrollResponse page =
        scroll(ScrollPoints.newBuilder().setCollectionName(name).setOffset(id(3)).setLimit(10));
    ScrollResponse fromGap =
        scroll(ScrollPoints.newBuilder().setCollectionName(name).setOffset(id(2)).setLimit(10));

    assertThat(ids(page.getResultList())).containsExactly("3", "5");
    assertThat(ids(fromGap.getResultList())).containsExactly("3", "5");
  }

  @Test
  void scrollExactlyFullLastPageHasNoNextPageOffset() throws Exception {
    // collection scroll_by asks the shards for limit+1 points; the offset is only set when that
    // extra point exists.
    String name = createCollection(2, Distance.Cosine);
    await(
        client.upsertAsync(
            name, IntStream.rangeClosed(1, 5).mapToObj(i -> point(i, 1, 0)).toList()));

    ScrollResponse page = scroll(ScrollPoints.newBuilder().setCollectionName(name).setLimit(5));

    assertThat(page.getResultCount()).isEqualTo(5);
    assertThat(page.hasNextPageOffset()).isFalse();
  }

  @Test
  void scrollReturnsPayloadByDefaultButNoVectors() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(name, point(1, Map.of("a", value("x")), 1, 0));

    ScrollResponse page = scroll(ScrollPoints.newBuilder().setCollectionName(name));

    assertThat(page.getResult(0).getPayloadMap()).containsOnlyKeys("a");
    assertThat(page.getResult(0).hasVectors()).isFalse();
  }

  @Test
  void countIsExactWithAndWithoutFilter() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    await(
        client.upsertAsync(
            name,
            IntStream.rangeClosed(1, 12)
                .mapToObj(i -> point(i, Map.of("even", value(i % 2 == 0)), 1, 0))
                .toList()));

    assertThat(countExact(name, Filter.getDefaultInstance())).isEqualTo(12);
    assertThat(countExact(name, must(match("even", true)))).isEqualTo(6);
    assertThat(countExact(name, must(matchKeyword("absent", "x")))).isZero();
  }

  // ---------------------------------------------------------------------------------------------
  // search and query
  // ---------------------------------------------------------------------------------------------

  private String cosineFixture() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    upsert(
        name,
        point(1, Map.of("group", value("a")), 1, 0),
        point(2, Map.of("group", value("b")), 0, 1),
        point(3, Map.of("group", value("a")), 1, 1),
        point(4, Map.of("group", value("b")), -1, 0),
        point(5, Map.of("group", value("a")), 2, 1));
    return name;
  }

  private static final float INV_SQRT2 = (float) (1 / Math.sqrt(2));
  private static final float TWO_OVER_SQRT5 = (float) (2 / Math.sqrt(5));

  @Test
  void cosineScoresAreDotProductsOfNormalisedVectors() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> hits = search(searchRequest(name, 10, 3, 0));

    assertThat(ids(hits)).containsExactly("1", "5", "3", "2", "4");
    float[] expected = {1f, TWO_OVER_SQRT5, INV_SQRT2, 0f, -1f};
    for (int i = 0; i < expected.length; i++) {
      assertThat(hits.get(i).getScore()).as("score %d", i).isCloseTo(expected[i], within(1e-4f));
    }
  }

  @Test
  void dotScoresAreRawDotProducts() throws Exception {
    String name = createCollection(2, Distance.Dot);
    upsert(name, point(1, 1, 2), point(2, 3, 1), point(3, -1, 0.5f));

    List<ScoredPoint> hits = search(searchRequest(name, 10, 2, 1));

    assertThat(ids(hits)).containsExactly("2", "1", "3");
    assertThat(hits.get(0).getScore()).isCloseTo(7f, within(1e-4f));
    assertThat(hits.get(1).getScore()).isCloseTo(4f, within(1e-4f));
    assertThat(hits.get(2).getScore()).isCloseTo(-1.5f, within(1e-4f));
  }

  @Test
  void euclidScoresAreDistancesSmallestFirst() throws Exception {
    String name = createCollection(2, Distance.Euclid);
    upsert(name, point(1, 0, 0), point(2, 3, 4), point(3, 1, 1));

    List<ScoredPoint> hits = search(searchRequest(name, 10, 0, 0));

    assertThat(ids(hits)).containsExactly("1", "3", "2");
    assertThat(hits.get(0).getScore()).isCloseTo(0f, within(1e-4f));
    assertThat(hits.get(1).getScore()).isCloseTo((float) Math.sqrt(2), within(1e-4f));
    assertThat(hits.get(2).getScore()).isCloseTo(5f, within(1e-4f));
  }

  @Test
  void manhattanScoresAreL1DistancesSmallestFirst() throws Exception {
    String name = createCollection(2, Distance.Manhattan);
    upsert(name, point(1, 1, 1), point(2, 3, 4), point(3, 0, -1));

    List<ScoredPoint> hits = search(searchRequest(name, 10, 1, 0));

    assertThat(ids(hits)).containsExactly("1", "3", "2");
    assertThat(hits.get(0).getScore()).isCloseTo(1f, within(1e-4f));
    assertThat(hits.get(1).getScore()).isCloseTo(2f, within(1e-4f));
    assertThat(hits.get(2).getScore()).isCloseTo(6f, within(1e-4f));
  }

  @Test
  void searchLimitAndOffsetSliceTheRanking() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> top2 = search(searchRequest(name, 2, 3, 0));
    List<ScoredPoint> next2 = search(searchRequest(name, 2, 3, 0).setOffset(2));
    List<ScoredPoint> beyond = search(searchRequest(name, 2, 3, 0).setOffset(5));

    assertThat(ids(top2)).containsExactly("1", "5");
    assertThat(ids(next2)).containsExactly("3", "2");
    assertThat(beyond).isEmpty();
  }

  @Test
  void cosineScoreThresholdKeepsScoresAboveIt() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> hits = search(searchRequest(name, 10, 3, 0).setScoreThreshold(0.5f));

    assertThat(ids(hits)).containsExactly("1", "5", "3");
  }

  @Test
  void dotScoreThresholdExcludesAnExactTie() throws Exception {
    // local_shard search: Distance::check_threshold is `score > threshold` for larger-is-better
    String name = createCollection(2, Distance.Dot);
    upsert(name, point(1, 1, 2), point(2, 3, 1), point(3, -1, 0.5f));

    List<ScoredPoint> hits = search(searchRequest(name, 10, 2, 1).setScoreThreshold(4f));

    assertThat(ids(hits)).containsExactly("2");
  }

  @Test
  void euclidScoreThresholdKeepsDistancesBelowItAndExcludesATie() throws Exception {
    // Distance::check_threshold is `score < threshold` for smaller-is-better metrics
    String name = createCollection(2, Distance.Euclid);
    upsert(name, point(1, 0, 0), point(2, 3, 4), point(3, 1, 1));

    List<ScoredPoint> hits = search(searchRequest(name, 10, 0, 0).setScoreThreshold(5f));
    List<ScoredPoint> tight = search(searchRequest(name, 10, 0, 0).setScoreThreshold(1f));

    assertThat(ids(hits)).containsExactly("1", "3");
    assertThat(ids(tight)).containsExactly("1");
  }

  @Test
  void searchReturnsNoPayloadOrVectorsByDefault() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> hits = search(searchRequest(name, 3, 1, 0));

    assertThat(hits)
        .hasSize(3)
        .allSatisfy(
            h -> {
              assertThat(h.getPayloadMap()).isEmpty();
              assertThat(h.hasVectors()).isFalse();
            });
  }

  @Test
  void searchReturnsPayloadWhenAsked() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> hits =
        search(
            searchRequest(name, 1, 1, 0).setWithPayload(WithPayloadSelectorFactory.enable(true)));

    assertThat(hits.get(0).getPayloadMap().get("group").getStringValue()).isEqualTo("a");
  }

  /**
   * Below the full-scan threshold (10,000 KB of vectors) Qdrant scans instead of walking the HNSW
   * graph: {@code exact=true} and the default search answer alike, which is what recall monitoring
   * reads as recall 1.0 on a small collection.
   */
  @Test
  void exactSearchAnswersLikeTheDefaultSearchOnASmallCollection() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> normal = search(searchRequest(name, 3, 3, 0));
    List<ScoredPoint> exact =
        search(
            searchRequest(name, 3, 3, 0)
                .setParams(io.qdrant.client.grpc.Points.SearchParams.newBuilder().setExact(true)));
    List<ScoredPoint> filtered =
        search(
            searchRequest(name, 10, 3, 0)
                .setFilter(must(matchKeyword("group", "b")))
                .setParams(io.qdrant.client.grpc.Points.SearchParams.newBuilder().setExact(true)));

    assertThat(ids(exact)).containsExactlyElementsOf(ids(normal)).containsExactly("1", "5", "3");
    assertThat(ids(filtered)).containsExactly("2", "4");
  }

  @Test
  void searchFilterRestrictsCandidates() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> hits =
        search(searchRequest(name, 10, 3, 0).setFilter(must(matchKeyword("group", "b"))));

    assertThat(ids(hits)).containsExactly("2", "4");
  }

  @Test
  void searchLimitZeroIsInvalidArgument() throws Exception {
    String name = cosineFixture();

    assertStatus(Status.Code.INVALID_ARGUMENT, () -> search(searchRequest(name, 0, 1, 0)));
  }

  @Test
  void searchWithWrongQueryDimensionIsInvalidArgument() throws Exception {
    String name = cosineFixture();

    assertStatus(Status.Code.INVALID_ARGUMENT, () -> search(searchRequest(name, 3, 1, 0, 0)));
  }

  @Test
  void queryNearestRanksLikeSearch() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> hits =
        await(
            client.queryAsync(
                QueryPoints.newBuilder()
                    .setCollectionName(name)
                    .setQuery(nearest(3f, 0f))
                    .setLimit(3)
                    .setOffset(1)
                    .build()));

    assertThat(ids(hits)).containsExactly("5", "3", "2");
    assertThat(hits.get(0).getScore()).isCloseTo(TWO_OVER_SQRT5, within(1e-4f));
    assertThat(hits.get(0).getPayloadMap()).isEmpty();
  }

  @Test
  void queryWithFilterAndScoreThreshold() throws Exception {
    String name = cosineFixture();

    List<ScoredPoint> hits =
        await(
            client.queryAsync(
                QueryPoints.newBuilder()
                    .setCollectionName(name)
                    .setQuery(nearest(3f, 0f))
                    .setFilter(must(matchKeyword("group", "a")))
                    .setScoreThreshold(0.8f)
                    .setLimit(10)
                    .setWithPayload(WithPayloadSelectorFactory.enable(true))
                    .build()));

    assertThat(ids(hits)).containsExactly("1", "5");
    assertThat(hits).allSatisfy(h -> assertThat(h.getPayloadMap()).containsKey("group"));
  }

  @Test
  void queryLimitZeroIsInvalidArgument() throws Exception {
    String name = cosineFixture();

    assertStatus(
        Status.Code.INVALID_ARGUMENT,
        () ->
            await(
                client.queryAsync(
                    QueryPoints.newBuilder()
                        .setCollectionName(name)
                        .setQuery(nearest(1f, 0f))
                        .setLimit(0)
                        .build())));
  }

  @Test
  void queryWithWrongQueryDimensionIsInvalidArgument() throws Exception {
    String name = cosineFixture();

    assertStatus(
        Status.Code.INVALID_ARGUMENT,
        () ->
            await(
                client.queryAsync(
                    QueryPoints.newBuilder()
                        .setCollectionName(name)
                        .setQuery(nearest(1f, 0f, 0f))
                        .setLimit(3)
                        .build())));
  }

  // ---------------------------------------------------------------------------------------------
  // filters
  // ---------------------------------------------------------------------------------------------

  /**
   * 1: Berlin, count 1, active, tags [red, green], meta.color red, code "5", opt null 2: London,
   * count 2, inactive, tags [blue], meta.color blue, code 5, opt "x" 3: Paris, count 3, active,
   * tags [], price 2.5 4: Berlin, count 10 5: (empty payload)
   */
  private String filterFixture() throws Exception {
    String name = createCollection(2, Distance.Cosine);
    Map<String, Value> p1 = new LinkedHashMap<>();
    p1.put("city", value("Berlin"));
    p1.put("count", value(1));
    p1.put("active", value(true));
    p1.put("tags", list(List.of(value("red"), value("green"))));
    p1.put("meta", value(Map.of("color", value("red"))));
    p1.put("code", value("5"));
    p1.put("opt", nullValue());
    Map<String, Value> p2 = new LinkedHashMap<>();
    p2.put("city", value("London"));
    p2.put("count", value(2));
    p2.put("active", value(false));
    p2.put("tags", list(List.of(value("blue"))));
    p2.put("meta", value(Map.of("color", value("blue"))));
    p2.put("code", value(5));
    p2.put("opt", value("x"));
    Map<String, Value> p3 = new LinkedHashMap<>();
    p3.put("city", value("Paris"));
    p3.put("count", value(3));
    p3.put("active", value(true));
    p3.put("tags", list(List.of()));
    p3.put("price", value(2.5));
    Map<String, Value> p4 = Map.of("city", value("Berlin"), "count", value(10));
    upsert(
        name,
        point(1, p1, 1, 0),
        point(2, p2, 1, 0),
        point(3, p3, 1, 0),
        point(4, p4, 1, 0),
        point(5, Map.of(), 1, 0));
    return name;
  }

  /** Asserts scroll and exact count agree on {@code filter}'s matches. */
  private void assertMatches(String collection, Filter filter, String... expectedIds)
      throws Exception {
    assertThat(scrollIds(collection, filter)).as("scroll %s", filter).containsExactly(expectedIds);
    assertThat(countExact(collection, filter)).as("count %s", filter).isEqualTo(expectedIds.length);
  }

  @Test
  void mustRequiresEveryCondition() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(matchKeyword("city", "Berlin"), match("active", true)), "1");
  }

  @Test
  void shouldRequiresAtLeastOneCondition() throws Exception {
    String name = filterFixture();

    Filter filter =
        Filter.newBuilder()
            .addShould(matchKeyword("city", "London"))
            .addShould(matchKeyword("city", "Paris"))
            .build();

    assertMatches(name, filter, "2", "3");
  }

  @Test
  void mustNotExcludesMatchesAndKeepsPointsMissingTheField() throws Exception {
    String name = filterFixture();

    assertMatches(
        name,
        Filter.newBuilder().addMustNot(matchKeyword("city", "Berlin")).build(),
        "2",
        "3",
        "5");
  }

  @Test
  void minShouldRequiresTheMinimumNumberOfConditions() throws Exception {
    String name = filterFixture();

    Filter filter =
        Filter.newBuilder()
            .setMinShould(
                MinShould.newBuilder()
                    .addConditions(matchKeyword("city", "Berlin"))
                    .addConditions(match("active", true))
                    .addConditions(range("count", rangeOf().setGte(3).build()))
                    .setMinCount(2))
            .build();

    assertMatches(name, filter, "1", "3", "4");
  }

  @Test
  void mustAndShouldCombine() throws Exception {
    String name = filterFixture();

    Filter filter =
        Filter.newBuilder()
            .addMust(matchKeyword("city", "Berlin"))
            .addShould(match("count", 10))
            .addShould(match("count", 99))
            .build();

    assertMatches(name, filter, "4");
  }

  @Test
  void matchKeywordAndKeywords() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(matchKeyword("city", "Berlin")), "1", "4");
    assertMatches(name, must(matchKeywords("city", List.of("London", "Paris"))), "2", "3");
  }

  @Test
  void matchIntegerAndIntegers() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(match("count", 2)), "2");
    assertMatches(name, must(matchValues("count", List.of(1L, 10L))), "1", "4");
  }

  @Test
  void matchBoolean() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(match("active", true)), "1", "3");
    assertMatches(name, must(match("active", false)), "2");
  }

  @Test
  void matchExceptKeywordsSkipsPointsMissingTheField() throws Exception {
    // FieldCondition on a missing field: check_empty() is false, also for `except`
    String name = filterFixture();

    assertMatches(name, must(matchExceptKeywords("city", List.of("Berlin"))), "2", "3");
  }

  @Test
  void matchExceptIntegers() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(matchExceptValues("count", List.of(1L, 2L))), "3", "4");
  }

  @Test
  void rangeComparesIntegersAsDoubles() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(range("count", rangeOf().setGt(1.5).setLt(2.5).build())), "2");
    assertMatches(name, must(range("count", rangeOf().setGte(3).setLte(10).build())), "3", "4");
    assertMatches(name, must(range("price", rangeOf().setGt(2).build())), "3");
  }

  @Test
  void hasIdMatchesListedIdsOnly() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(hasId(List.of(id(1), id(3), id(999)))), "1", "3");
  }

  @Test
  void isEmptyMatchesMissingNullAndEmptyArray() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(isEmpty("tags")), "3", "4", "5");
    assertMatches(name, must(isEmpty("opt")), "1", "3", "4", "5");
  }

  @Test
  void isNullMatchesOnlyAnExplicitNull() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(isNull("opt")), "1");
    assertMatches(name, must(isNull("tags")));
  }

  @Test
  void arrayFieldMatchesWhenAnyElementMatches() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(matchKeyword("tags", "green")), "1");
    assertMatches(name, must(matchKeywords("tags", List.of("blue", "green"))), "1", "2");
  }

  @Test
  void mustNotOnAMissingFieldIsTrue() throws Exception {
    String name = filterFixture();

    assertMatches(
        name,
        Filter.newBuilder().addMustNot(matchKeyword("tags", "red")).build(),
        "2",
        "3",
        "4",
        "5");
    assertMatches(
        name,
        Filter.newBuilder().addMustNot(matchKeyword("nowhere", "x")).build(),
        "1",
        "2",
        "3",
        "4",
        "5");
  }

  @Test
  void matchingIsTypeStrict() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(matchKeyword("code", "5")), "1");
    assertMatches(name, must(match("code", 5)), "2");
    assertMatches(name, must(matchKeyword("count", "1")));
  }

  @Test
  void nestedKeyWithADotReachesIntoObjects() throws Exception {
    String name = filterFixture();

    assertMatches(name, must(matchKeyword("meta.color", "blue")), "2");
  }

  @Test
  void emptyFilterMatchesEverything() throws Exception {
    String name = filterFixture();

    assertMatches(name, Filter.getDefaultInstance(), "1", "2", "3", "4", "5");
  }

  // ---------------------------------------------------------------------------------------------
  // transport and concurrency
  // ---------------------------------------------------------------------------------------------

  @Test
  void upsertBatchLargerThanFourMebibytesSucceeds() throws Exception {
    String name = createCollection(512, Distance.Cosine);
    List<PointStruct> points = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      float[] v = new float[512];
      Arrays.fill(v, (i % 7) + 1);
      v[i % 512] = -1;
      points.add(point(i + 1, v));
    }
    int bytes =
        UpsertPoints.newBuilder()
            .setCollectionName(name)
            .addAllPoints(points)
            .build()
            .getSerializedSize();
    assertThat(bytes).isGreaterThan(5 * 1024 * 1024);

    UpdateResult result = await(client.upsertAsync(name, points));

    assertThat(result.getStatus()).isEqualTo(UpdateStatus.Completed);
    assertThat(countExact(name, Filter.getDefaultInstance())).isEqualTo(3_000);
  }

  @Test
  void concurrentUpsertsFromSeveralThreadsAllLand() throws Exception {
    String name = createCollection(4, Distance.Cosine);
    int threads = 6;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int base = t * perThread;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    long pid = base + i + 1;
                    await(
                        client.upsertAsync(
                            name, List.of(point(pid, Map.of("t", value(pid)), 1, 2, 3, 4))));
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(countExact(name, Filter.getDefaultInstance())).isEqualTo((long) threads * perThread);
  }

  // ---------------------------------------------------------------------------------------------
  // api key
  // ---------------------------------------------------------------------------------------------

  /**
   * Api key contract, against a second server that requires a key. Each subclass declares
   * {@code @Nested class ApiKey extends ApiKeyContract {}} so its report is named after the server
   * it ran against.
   */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  protected abstract class ApiKeyContract {
    private static final String KEY = "contract-secret-key";
    private Endpoint secured;
    private TestAbortedException securedUnavailable;

    @BeforeAll
    void startSecured() throws Exception {
      if (serverUnavailable != null) {
        return; // each test is aborted by the outer @BeforeEach
      }
      try {
        secured = startServerWithApiKey(KEY);
      } catch (TestAbortedException e) {
        securedUnavailable = e;
      }
    }

    @BeforeEach
    void requireSecured() {
      if (securedUnavailable != null) {
        throw securedUnavailable;
      }
    }

    @AfterAll
    void stopSecured() {
      if (secured != null) {
        secured.close();
      }
    }

    private void withClient(String key, ThrowingConsumer<QdrantClient> body) throws Throwable {
      try (QdrantClient c = newClient(secured.host(), secured.port(), key)) {
        body.accept(c);
      }
    }

    @Test
    void missingApiKeyIsUnauthenticated() throws Throwable {
      withClient(
          null,
          c -> assertStatus(Status.Code.UNAUTHENTICATED, () -> await(c.listCollectionsAsync())));
    }

    @Test
    void wrongApiKeyIsUnauthenticated() throws Throwable {
      withClient(
          "not-the-key",
          c -> {
            assertStatus(Status.Code.UNAUTHENTICATED, () -> await(c.listCollectionsAsync()));
            assertStatus(
                Status.Code.UNAUTHENTICATED,
                () ->
                    await(c.createCollectionAsync("ct_denied", vectorParams(2, Distance.Cosine))));
          });
    }

    @Test
    void rightApiKeyIsAccepted() throws Throwable {
      withClient(
          KEY,
          c -> {
            String name = "ct_apikey_" + UUID.randomUUID().toString().substring(0, 8);
            await(c.createCollectionAsync(name, vectorParams(2, Distance.Cosine)));
            try {
              assertThat(await(c.listCollectionsAsync())).contains(name);
              assertThat(await(c.upsertAsync(name, List.of(point(1, 1, 0)))).getStatus())
                  .isEqualTo(UpdateStatus.Completed);
            } finally {
              await(c.deleteCollectionAsync(name));
            }
          });
    }

    @Test
    void qdrantHealthCheckNeedsNoApiKey() throws Throwable {
      withClient(
          null,
          c -> {
            HealthCheckReply reply = await(c.healthCheckAsync());
            assertThat(reply.getTitle()).isEqualTo("qdrant - vector search engine");
            assertThat(reply.getVersion()).startsWith("1.17.");
          });
    }

    @Test
    void grpcHealthCheckNeedsNoApiKey() throws Throwable {
      withClient(
          null,
          c -> {
            HealthCheckResponse response =
                await(
                    HealthGrpc.newFutureStub(c.grpcClient().channel())
                        .check(HealthCheckRequest.getDefaultInstance()));
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
          });
    }
  }
}
