package dev.indexer.qdrant;

import dev.indexer.embed.Embedder;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.grpc.Collections.AliasDescription;
import io.qdrant.client.grpc.Collections.AliasOperations;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CreateAlias;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.HnswConfigDiff;
import io.qdrant.client.grpc.Collections.KeywordIndexParams;
import io.qdrant.client.grpc.Collections.PayloadIndexParams;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.QuantizationConfig;
import io.qdrant.client.grpc.Collections.QuantizationType;
import io.qdrant.client.grpc.Collections.ScalarQuantization;
import io.qdrant.client.grpc.Collections.UpdateCollection;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generations of the index behind their alias: makes sure this service's generation exists with
 * the settings that build it, refuses to write into one built with other settings, and lists,
 * resolves and promotes generations.
 */
@ApplicationScoped
public class CollectionManager {

  private static final Pattern GENERATION = Pattern.compile("_v([1-9][0-9]{0,8})");

  private final QdrantClient client;
  private final QdrantConfig config;
  private final int generation;
  private final Embedder embedder;
  private volatile boolean created;

  /** Generation 1. */
  public CollectionManager(QdrantClient client, QdrantConfig config, Embedder embedder) {
    this(client, config, 1, embedder);
  }

  @Inject
  public CollectionManager(
      QdrantClient client, QdrantConfig config, GenerationConfig generation, Embedder embedder) {
    this(client, config, generation.number(), embedder);
  }

  public CollectionManager(
      QdrantClient client, QdrantConfig config, int generation, Embedder embedder) {
    this.client = client;
    this.config = config;
    this.generation = generation;
    this.embedder = embedder;
  }

  /** The alias that searches go through. */
  public String alias() {
    return config.collection();
  }

  /** The generation this service writes. */
  public int generation() {
    return generation;
  }

  /** The physical collection of this service's generation, which its pipeline writes. */
  public String collection() {
    return collectionOf(generation);
  }

  /** The physical collection of generation {@code n}: {@code <alias>_v<n>}. */
  public String collectionOf(int n) {
    return alias() + "_v" + n;
  }

  /** The generation number of a physical collection of this alias; empty for other names. */
  public OptionalInt generationOf(String collection) {
    if (!collection.startsWith(alias())) {
      return OptionalInt.empty();
    }
    Matcher m = GENERATION.matcher(collection.substring(alias().length()));
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * The settings of this service as far as the model and the distance go: for callers that know
   * nothing of chunking, the PII policy or the pipeline (these are then not compared).
   */
  public GenerationSettings modelSettings() {
    return new GenerationSettings(
        embedder.modelId(), embedder.dimension(), config.distance().qdrant().name(), "", "", "");
  }

  /** {@link #ensureGeneration} with {@link #modelSettings()}. */
  public void ensureCollection() {
    ensureGeneration(modelSettings());
  }

  /**
   * Creates this service's generation if missing, recording {@code wanted} in its metadata; checks
   * that an existing one was built with {@code wanted} otherwise (a collection that records nothing
   * is checked for its vector size and distance, then records {@code wanted}). The first generation
   * started gets the alias; a later one is built beside the live one until it is promoted. While
   * Qdrant is unreachable it retries with backoff, up to {@code indexer.qdrant.startup-timeout}.
   *
   * @throws IllegalStateException when the generation was built with other settings, saying what
   *     differs and how to build a new generation
   */
  public void ensureGeneration(GenerationSettings wanted) {
    Uni.createFrom()
        .voidItem()
        .invoke(() -> ensureOnce(wanted))
        .onFailure(QdrantUnavailableException.class)
        .invoke(
            e ->
                Log.warnf(
                    "Qdrant at %s:%d is not reachable yet (%s); retrying",
                    config.host(), config.port(), e.getMessage()))
        .onFailure(QdrantUnavailableException.class)
        .retry()
        .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10))
        .withJitter(0.3)
        .expireIn(config.startupTimeout().toMillis())
        .await()
        .indefinitely();
  }

  private void ensureOnce(GenerationSettings wanted) {
    String alias = alias();
    String physical = collection();
    Optional<String> live = liveCollection();
    if (live.isEmpty() && exists(alias)) {
      throw new IllegalStateException(
          "indexer.qdrant.collection: '"
              + alias
              + "' is a collection, not an alias; the indexer writes a versioned collection ('"
              + physical
              + "') searched through an alias of that name. Choose another name.");
    }
    if (!exists(physical)) {
      refuseSharedApplicationId(wanted);
      create(physical, wanted);
      created = true;
    } else {
      checkBuiltWith(physical, wanted);
    }
    // Reconciliation reads a partition's points at a time. Creating an index that exists changes
    // nothing, so a collection of an earlier release gets it on its first start.
    QdrantCalls.await(
        client.createPayloadIndexAsync(
            physical, PayloadFields.PARTITION, PayloadSchemaType.Integer, null, true, null, null),
        "create payload index " + PayloadFields.PARTITION);
    java.util.Set<Integer> existing = live.isEmpty() ? generations().keySet() : java.util.Set.of();
    if (live.isEmpty() && !existing.equals(java.util.Set.of(generation))) {
      // Another generation exists: which one is live is an operator's decision (a promote), not
      // the first service to start.
      Fences.ensure(client, physical, physical);
      Log.warnf(
          "Alias %s points at no collection, and generations %s exist: searches fail until one is"
              + " promoted (POST /admin/generations/<n>/promote)",
          alias, existing);
    } else if (live.isEmpty()) {
      // The fence alias follows the alias, for writers that write through the alias.
      Fences.ensure(client, alias, physical);
      QdrantCalls.await(client.createAliasAsync(alias, physical), "create alias");
      Log.infof("Collection alias %s -> %s created", alias, physical);
    } else if (live.get().equals(physical)) {
      Fences.ensure(client, alias, physical);
      Log.infof("Generation %d (%s) is live behind alias %s", generation, physical, alias);
    } else {
      Fences.ensure(client, physical, physical);
      Log.infof(
          "Generation %d (%s) is built beside the live %s; promote it when it has caught up",
          generation, physical, live.get());
    }
  }

  /**
   * Whether the last {@link #ensureGeneration} created this service's collection: an empty one,
   * which its pipeline must fill by reading the documents topic from the start.
   */
  public boolean created() {
    return created;
  }

  /** The collection the alias points at: the live generation. */
  public Optional<String> liveCollection() {
    return QdrantCalls.await(client.listAliasesAsync(), "list aliases").stream()
        .filter(a -> a.getAliasName().equals(alias()))
        .map(AliasDescription::getCollectionName)
        .findFirst();
  }

  /** The settings recorded in a collection's metadata; empty when it records none. */
  public Optional<GenerationSettings> settingsOf(String collection) {
    CollectionInfo info =
        QdrantCalls.await(client.getCollectionInfoAsync(collection), "collection info");
    return GenerationSettings.fromMetadata(info.getConfig().getMetadataMap());
  }

  /**
   * The embedding model of a collection's vectors: the one its metadata records, else the {@code
   * model_id} of one of its points (a collection written by an earlier release, which records
   * nothing); empty for an empty collection that records nothing.
   */
  public Optional<String> modelOf(String collection) {
    Optional<GenerationSettings> settings = settingsOf(collection);
    if (settings.isPresent()) {
      return Optional.of(settings.get().model());
    }
    List<RetrievedPoint> one =
        QdrantCalls.await(
                client.scrollAsync(
                    ScrollPoints.newBuilder()
                        .setCollectionName(collection)
                        .setLimit(1)
                        .setWithPayload(
                            WithPayloadSelectorFactory.include(List.of(PayloadFields.MODEL_ID)))
                        .build()),
                "scroll")
            .getResultList();
    return one.stream()
        .map(p -> p.getPayloadMap().get(PayloadFields.MODEL_ID))
        .filter(v -> v != null && v.hasStringValue())
        .map(v -> v.getStringValue())
        .findFirst();
  }

  /** The generations of the alias that exist, by number. */
  public SortedMap<Integer, String> generations() {
    SortedMap<Integer, String> all = new TreeMap<>();
    for (String name : QdrantCalls.await(client.listCollectionsAsync(), "list collections")) {
      generationOf(name).ifPresent(n -> all.put(n, name));
    }
    return all;
  }

  /**
   * Points the alias at generation {@code n} in one alias request: searches answer from it at once.
   * The generation that was live is left as it is, and its pipeline keeps it in sync.
   *
   * @throws IllegalArgumentException when generation {@code n} does not exist
   */
  public void promote(int n) {
    promote(n, java.time.Instant.now());
  }

  /**
   * As {@link #promote(int)} at {@code now}: the generation that was live is marked retired at
   * {@code now} in its metadata (the start of its retention), and the mark of the new live one, if
   * it had one (a rollback), is cleared.
   */
  public void promote(int n, java.time.Instant now) {
    String target = collectionOf(n);
    if (!exists(target)) {
      throw new IllegalArgumentException("generation " + n + " (" + target + ") does not exist");
    }
    Optional<String> previous = liveCollection();
    // Creating an alias that exists re-points it; both aliases move in one request.
    QdrantCalls.await(
        client.updateAliasesAsync(
            List.of(
                createAlias(alias(), target), createAlias(Fences.of(alias()), Fences.of(target)))),
        "update aliases");
    previous.filter(p -> !p.equals(target)).ifPresent(p -> markRetired(p, now.toString()));
    if (retiredAt(target).isPresent()) {
      markRetired(target, "");
    }
  }

  /** The metadata entry of a generation replaced by a promotion: when; empty when live again. */
  static final String RETIRED_AT = "retired_at";

  /** When a promotion replaced the generation of this collection; empty if none did since. */
  public Optional<java.time.Instant> retiredAt(String collection) {
    CollectionInfo info =
        QdrantCalls.await(client.getCollectionInfoAsync(collection), "collection info");
    io.qdrant.client.grpc.JsonWithInt.Value v = info.getConfig().getMetadataMap().get(RETIRED_AT);
    return v == null || !v.hasStringValue() || v.getStringValue().isBlank()
        ? Optional.empty()
        : Optional.of(java.time.Instant.parse(v.getStringValue()));
  }

  /** An entry of a collection's metadata; empty when it has none of that key. */
  public Optional<io.qdrant.client.grpc.JsonWithInt.Value> metadata(String collection, String key) {
    CollectionInfo info =
        QdrantCalls.await(client.getCollectionInfoAsync(collection), "collection info");
    return Optional.ofNullable(info.getConfig().getMetadataMap().get(key));
  }

  /** Sets an entry of a collection's metadata, keeping the others. */
  public void putMetadata(
      String collection, String key, io.qdrant.client.grpc.JsonWithInt.Value value) {
    QdrantCalls.await(
        client.updateCollectionAsync(
            UpdateCollection.newBuilder()
                .setCollectionName(collection)
                .putMetadata(key, value)
                .build()),
        "update collection");
  }

  private void markRetired(String collection, String at) {
    QdrantCalls.await(
        client.updateCollectionAsync(
            UpdateCollection.newBuilder()
                .setCollectionName(collection)
                .putMetadata(RETIRED_AT, io.qdrant.client.ValueFactory.value(at))
                .build()),
        "update collection");
  }

  /**
   * Deletes generation {@code n} and its fences; the live generation cannot be deleted.
   *
   * @throws IllegalArgumentException when {@code n} is the live generation
   */
  public boolean delete(int n) {
    String target = collectionOf(n);
    if (liveCollection().filter(target::equals).isPresent()) {
      throw new IllegalArgumentException(
          "generation " + n + " is live: promote another generation before deleting it");
    }
    // The client throws for a collection that is missing: each is deleted only if it exists, so
    // a repeated call, or one after a half-done one, finishes the work.
    boolean deleted = deleteIfExists(target);
    deleteIfExists(Fences.of(target));
    return deleted;
  }

  private static AliasOperations createAlias(String alias, String collection) {
    return AliasOperations.newBuilder()
        .setCreateAlias(CreateAlias.newBuilder().setAliasName(alias).setCollectionName(collection))
        .build();
  }

  private boolean deleteIfExists(String name) {
    return exists(name)
        && QdrantCalls.await(client.deleteCollectionAsync(name), "delete collection").getResult();
  }

  private boolean exists(String name) {
    return QdrantCalls.await(client.collectionExistsAsync(name), "collection exists");
  }

  /**
   * A new generation's pipeline must not reuse the application id of another generation: it would
   * take over that generation's manifests and offsets, and never replay the topic.
   */
  private void refuseSharedApplicationId(GenerationSettings wanted) {
    if (wanted.applicationId().isEmpty()) {
      return;
    }
    for (var other : generations().entrySet()) {
      Optional<GenerationSettings> built = settingsOf(other.getValue());
      if (built.isPresent() && built.get().applicationId().equals(wanted.applicationId())) {
        throw new IllegalStateException(
            "Generation "
                + generation
                + " cannot be built with Kafka Streams application id '"
                + wanted.applicationId()
                + "': generation "
                + other.getKey()
                + " ("
                + other.getValue()
                + ") is built by it. Give each generation its own"
                + " quarkus.kafka-streams.application-id, such as '"
                + wanted.applicationId()
                + "-v"
                + generation
                + "'.");
      }
    }
  }

  private void checkBuiltWith(String physical, GenerationSettings wanted) {
    Optional<GenerationSettings> built = settingsOf(physical);
    if (built.isEmpty()) {
      checkFits(physical, config.distance().qdrant());
      checkModelOfPoints(physical, wanted);
      record(physical, wanted);
      return;
    }
    List<String> differences = built.get().differencesFrom(comparable(built.get(), wanted));
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "Generation "
              + generation
              + " ("
              + physical
              + ") was built with other settings than this service's, so it does not write into"
              + " it: "
              + String.join("; ", differences)
              + ". To index with the new settings, build a new generation beside it: run the"
              + " service with indexer.generation.number="
              + (generations().lastKey() + 1)
              + " and its own quarkus.kafka-streams.application-id, then promote it when it has"
              + " caught up (README: Index lifecycle). To keep this generation, restore the"
              + " settings it was built with.");
    }
  }

  /**
   * A collection that records nothing is adopted only if its points were embedded by this service's
   * model: vectors of another model of the same size would answer searches with nonsense.
   */
  private void checkModelOfPoints(String physical, GenerationSettings wanted) {
    Optional<String> model = modelOf(physical);
    if (model.isPresent() && !model.get().equals(wanted.model())) {
      throw new IllegalStateException(
          "Collection "
              + physical
              + " records no settings, and its points were embedded by model "
              + model.get()
              + ", not by this service's "
              + wanted.model()
              + ", so it does not write into it. To index with "
              + wanted.model()
              + ", build a new generation beside it: run the service with"
              + " indexer.generation.number="
              + (generations().lastKey() + 1)
              + " and its own quarkus.kafka-streams.application-id (README: Index lifecycle);"
              + " to keep it, configure the model "
              + model.get()
              + ".");
    }
  }

  /** {@code wanted}, with what it leaves empty taken from {@code built} (not compared). */
  private static GenerationSettings comparable(
      GenerationSettings built, GenerationSettings wanted) {
    return new GenerationSettings(
        wanted.model(),
        wanted.dimension(),
        wanted.distance(),
        wanted.chunking().isEmpty() ? built.chunking() : wanted.chunking(),
        wanted.piiPolicy().isEmpty() ? built.piiPolicy() : wanted.piiPolicy(),
        wanted.applicationId().isEmpty() ? built.applicationId() : wanted.applicationId());
  }

  private void record(String physical, GenerationSettings settings) {
    QdrantCalls.await(
        client.updateCollectionAsync(
            UpdateCollection.newBuilder()
                .setCollectionName(physical)
                .putAllMetadata(settings.toMetadata())
                .build()),
        "update collection");
    Log.infof("Collection %s records the settings that build it", physical);
  }

  private void create(String name, GenerationSettings settings) {
    Distance distance = config.distance().qdrant();
    CreateCollection.Builder create =
        CreateCollection.newBuilder()
            .setCollectionName(name)
            .putAllMetadata(settings.toMetadata())
            .setVectorsConfig(
                VectorsConfig.newBuilder()
                    .setParams(
                        VectorParams.newBuilder()
                            .setSize(embedder.dimension())
                            .setDistance(distance)));
    if (config.hnswM().isPresent() || config.hnswEfConstruct().isPresent()) {
      HnswConfigDiff.Builder hnsw = HnswConfigDiff.newBuilder();
      config.hnswM().ifPresent(hnsw::setM);
      config.hnswEfConstruct().ifPresent(hnsw::setEfConstruct);
      create.setHnswConfig(hnsw);
    }
    if (config.scalarQuantization()) {
      create.setQuantizationConfig(
          QuantizationConfig.newBuilder()
              .setScalar(
                  ScalarQuantization.newBuilder()
                      .setType(QuantizationType.Int8)
                      .setAlwaysRam(true)));
    }
    QdrantCalls.await(client.createCollectionAsync(create.build()), "create collection");
    // Deletes and sweeps filter on these: without an index every one would scan the collection.
    index(name, PayloadFields.DOCUMENT_ID, KeywordIndexParams.newBuilder().build());
    index(name, PayloadFields.TENANT, KeywordIndexParams.newBuilder().setIsTenant(true).build());
    Log.infof(
        "Created collection %s: %d dimensions, %s", name, embedder.dimension(), distance.name());
  }

  private void index(String collection, String field, KeywordIndexParams params) {
    QdrantCalls.await(
        client.createPayloadIndexAsync(
            collection,
            field,
            PayloadSchemaType.Keyword,
            PayloadIndexParams.newBuilder().setKeywordIndexParams(params).build(),
            true,
            null,
            null),
        "create payload index " + field);
  }

  private void checkFits(String collection, Distance distance) {
    CollectionInfo info =
        QdrantCalls.await(client.getCollectionInfoAsync(collection), "collection info");
    VectorParams params = info.getConfig().getParams().getVectorsConfig().getParams();
    if (params.getSize() != embedder.dimension() || params.getDistance() != distance) {
      throw new IllegalStateException(
          "Collection "
              + collection
              + " has vectors of size "
              + params.getSize()
              + " with "
              + params.getDistance()
              + " distance, but model "
              + embedder.modelId()
              + " needs size "
              + embedder.dimension()
              + " with "
              + distance
              + " (indexer.qdrant.distance). Re-index into a new collection or point"
              + " indexer.qdrant.collection elsewhere.");
    }
  }
}
