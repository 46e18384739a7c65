package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.event.EventDecoder;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.qdrant.QdrantRequestException;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.InMemoryRegistry;
import dev.indexer.text.Chunk;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.Normaliser;
import dev.indexer.text.TokenChunker;
import io.grpc.Status;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Points.PointsUpdateOperation;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The production topology in a real Kafka Streams application (exactly-once v2) on the in-process
 * broker, writing to Qdrant local with a given embedder. Each harness has its own topics,
 * application id and collection, so tests share the broker and the Qdrant server safely.
 */
public final class StreamsHarness implements AutoCloseable {

  private static final AtomicInteger IDS = new AtomicInteger();

  final EmbeddedKafka kafka = KafkaBrokerResource.kafka();
  final QdrantLocal qdrant;
  final QdrantClient client;
  final Embedder embedder;
  final Topics topics;
  final String applicationId;
  final String collection;

  /**
   * The collection the pipeline writes and {@link #index()} reads: the alias for the first
   * generation, {@code <alias>_v<n>} for a later one.
   */
  final String target;

  final Normaliser normaliser = new MarkupNormaliser();
  final PiiRedactor redactor = PolicyPiiRedactor.of(PiiPolicy.defaults());
  final TokenChunker chunker;

  /** Settings of the next {@link #start()}: the service's default batching of Qdrant writes. */
  int batchPoints = 512;

  /**
   * Settings of the next {@link #start()}: the chunks of many events embedded together, with the
   * embedder's own limits (the service's default); false: each event embedded on its own.
   */
  boolean embeddingBatches = true;

  /** The embedding metrics of the instances, from the next start. */
  dev.indexer.embed.EmbeddingMetrics embeddingMetrics =
      dev.indexer.embed.EmbeddingMetrics.unregistered();

  private final List<dev.indexer.embed.EmbeddingBatcher> batchers = new ArrayList<>();

  String processingGuarantee = StreamsConfig.EXACTLY_ONCE_V2;

  /**
   * The consumer's max.poll.interval.ms and the producer's transaction.timeout.ms, from the next
   * start.
   */
  int maxPollIntervalMs = 300_000;

  int transactionTimeoutMs = 60_000;

  /**
   * How long an event waits out a transient fault before its thread gives up on it, from the next
   * start.
   */
  Duration retryBudget = ProcessingSettings.DEFAULT_RETRY_BUDGET;

  /** How long the manifests of deleted documents are kept, from the next start. */
  ManifestRetention retention = ManifestRetention.disabled();

  /** Reads of fence points, over every instance. */
  final AtomicInteger fenceReads = new AtomicInteger();

  /** Restorations of state store partitions begun, over every instance. */
  final java.util.concurrent.atomic.AtomicInteger restores =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Those of them with records to restore (a new, empty store restores nothing). */
  final java.util.concurrent.atomic.AtomicInteger restoresWithRecords =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The processing gates of the instances: how often processing paused. */
  final List<ProcessingGate> gates = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** What the gates tell of faults and pauses. */
  final List<String> gateEvents = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final ProcessingGate.Listener gateListener =
      new ProcessingGate.Listener() {
        @Override
        public void retrying(String worker, String reason) {}

        @Override
        public void recovered(String worker) {}

        @Override
        public void paused(String reason) {
          gateEvents.add("paused: " + reason);
        }

        @Override
        public void resumed() {
          gateEvents.add("resumed");
        }
      };

  /** The application.server (host:port of its API) of the next start; null: none. */
  private String applicationServer;

  /** Qdrant writes of the instance with this index (in start order) are held until released. */
  private volatile int heldInstance = -1;

  private final java.util.concurrent.CountDownLatch release =
      new java.util.concurrent.CountDownLatch(1);
  private final java.util.concurrent.CountDownLatch heldReached =
      new java.util.concurrent.CountDownLatch(1);
  private final java.util.concurrent.CountDownLatch heldDone =
      new java.util.concurrent.CountDownLatch(1);

  /** Traces of the events, from the next start. */
  EventTracing tracing = EventTracing.NONE;

  /** Told when each change became searchable, from the next start. */
  Freshness freshness = Freshness.NONE;

  /** The generation named in status and dead-letter headers, from the next start (0: none). */
  int generation;

  /** Limits on events, from the next start. */
  dev.indexer.event.EventLimits limits = dev.indexer.event.EventLimits.defaults();

  /** Originals of dead letters kept up to this many bytes, from the next start (0: never). */
  int deadLetterOriginalBytes;

  /** The largest write request sent to Qdrant, in bytes. */
  final java.util.concurrent.atomic.AtomicLong largestWriteBytes =
      new java.util.concurrent.atomic.AtomicLong();

  /** What the service's shutdown sets: retries of transient faults give up. */
  final java.util.concurrent.atomic.AtomicBoolean stopping =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Documents whose writes Qdrant refuses for good (INVALID_ARGUMENT), from now on. */
  volatile java.util.function.Predicate<String> refusedDocuments = id -> false;

  /** Chunk texts whose writes Qdrant refuses for good (INVALID_ARGUMENT), from now on. */
  volatile java.util.function.Predicate<String> refusedTexts = text -> false;

  /** Write requests Qdrant received, with the number of events (document operations) in each. */
  final List<Integer> writeRequests = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final List<KafkaStreams> instances = new ArrayList<>();

  /** State transitions of every instance, such as RUNNING->REBALANCING. */
  final List<String> transitions = new java.util.concurrent.CopyOnWriteArrayList<>();

  private int sent;

  public StreamsHarness(QdrantLocal qdrant, Embedder embedder, int partitions) throws Exception {
    this(qdrant, embedder, partitions, Map.of());
  }

  /** With the given topic configs for the dead-letter topic (such as a smaller message size). */
  StreamsHarness(
      QdrantLocal qdrant, Embedder embedder, int partitions, Map<String, String> deadLetterConfigs)
      throws Exception {
    int n = IDS.incrementAndGet();
    String suffix = n + "-" + System.nanoTime();
    this.qdrant = qdrant;
    this.client = qdrant.newClient();
    this.embedder = embedder;
    this.topics = new Topics("documents-" + suffix, "status-" + suffix, "dlq-" + suffix);
    this.applicationId = "indexer-it-" + suffix;
    this.collection = "it_" + n;
    this.target = collection;
    int room = embedder.maxTokens() - embedder.tokenCounter().specialTokens();
    this.chunker = new TokenChunker(embedder.tokenCounter(), embedder.maxTokens(), room, 0);
    kafka.createTopics(partitions, topics.documents());
    kafka.createTopics(1, topics.status());
    kafka.createTopics(1, deadLetterConfigs, topics.deadLetter());
    client
        .createCollectionAsync(
            collection + "_v1",
            VectorParams.newBuilder()
                .setSize(embedder.dimension())
                .setDistance(Distance.Cosine)
                .build())
        .get();
    client.createAliasAsync(collection, collection + "_v1").get();
    dev.indexer.qdrant.Fences.ensure(client, collection, collection + "_v1");
    // The keyword indexes the service creates: deletes by document filter on them.
    dev.indexer.testkit.IndexContents.createDocumentIndexes(client, collection + "_v1");
  }

  /**
   * Generation {@code generation} of {@code live}'s index, built with {@code embedder}: the same
   * documents topic and alias, its own application id, collection {@code <alias>_v<generation>},
   * status and dead-letter topics. The alias is left where it is.
   */
  StreamsHarness(StreamsHarness live, Embedder embedder, int generation) throws Exception {
    this.qdrant = live.qdrant;
    this.client = qdrant.newClient();
    this.embedder = embedder;
    String v = "-v" + generation;
    this.topics =
        new Topics(live.topics.documents(), live.topics.status() + v, live.topics.deadLetter() + v);
    this.applicationId = live.applicationId + v;
    this.collection = live.collection;
    this.target = collection + "_v" + generation;
    int room = embedder.maxTokens() - embedder.tokenCounter().specialTokens();
    this.chunker = new TokenChunker(embedder.tokenCounter(), embedder.maxTokens(), room, 0);
    kafka.createTopics(1, topics.status());
    kafka.createTopics(1, topics.deadLetter());
    client
        .createCollectionAsync(
            target,
            VectorParams.newBuilder()
                .setSize(embedder.dimension())
                .setDistance(Distance.Cosine)
                .build())
        .get();
    dev.indexer.qdrant.Fences.ensure(client, target, target);
    dev.indexer.testkit.IndexContents.createDocumentIndexes(client, target);
  }

  /**
   * Starts an application instance (another one joins the group of those already running); a new
   * state directory simulates losing the local state.
   */
  void start(Path stateDir) throws Exception {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    props.put(StreamsConfig.consumerPrefix("max.poll.records"), 50);
    // A thread that rejoins the group after an aborted transaction waits out its old membership's
    // session: 10 s instead of 45 keeps such tests short.
    props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 10_000);
    // As in application.properties: Kafka's poll interval, a transaction timeout above the retry
    // budget.
    props.put(StreamsConfig.consumerPrefix("max.poll.interval.ms"), maxPollIntervalMs);
    props.put(StreamsConfig.producerPrefix("transaction.timeout.ms"), transactionTimeoutMs);
    props.put(
        StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, OversizedOutputHandler.class);
    if (applicationServer != null) {
      props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
    }
    DocumentIndexer indexer =
        new DocumentIndexer(
            normaliser,
            redactor,
            chunker,
            embedder,
            new Writer(client, target, instances.size()),
            Clock.systemUTC(),
            dev.indexer.embed.EmbeddingCache.disabled(),
            embeddingMetrics,
            limits.maxChunks());
    if (embeddingBatches) {
      dev.indexer.embed.EmbeddingBatcher batcher =
          dev.indexer.embed.EmbeddingBatcher.of(embedder, embeddingMetrics);
      batchers.add(batcher);
      indexer = indexer.batchedBy(batcher);
    }
    ProcessingSettings settings =
        new ProcessingSettings(
            limits,
            deadLetterOriginalBytes,
            Duration.ofMillis(50),
            Duration.ofSeconds(1),
            retryBudget,
            stopping::get,
            batchPoints,
            generation,
            retention);
    ProcessingGate gate =
        new ProcessingGate(
            List.<ProcessingGate.Probe>of(
                () -> client.healthCheckAsync().get(5, java.util.concurrent.TimeUnit.SECONDS),
                () -> embedder.embed(List.of("probe"))),
            gateListener);
    gates.add(gate);
    TransactionalClientSupplier clients = new TransactionalClientSupplier();
    KafkaStreams streams =
        new KafkaStreams(
            IndexerTopology.build(
                topics,
                new EventDecoder(InMemoryRegistry.shared()),
                indexer,
                settings,
                gate,
                clients.batches(),
                freshness,
                tracing),
            props,
            clients);
    gate.attach(streams);
    streams.setStateListener((now, before) -> transitions.add(before + "->" + now));
    streams.setGlobalStateRestoreListener(
        new org.apache.kafka.streams.processor.StateRestoreListener() {
          @Override
          public void onRestoreStart(TopicPartition partition, String store, long start, long end) {
            restores.incrementAndGet();
            if (end > start) {
              restoresWithRecords.incrementAndGet();
            }
          }

          @Override
          public void onBatchRestored(
              TopicPartition partition, String store, long batchEnd, long restored) {}

          @Override
          public void onRestoreEnd(TopicPartition partition, String store, long total) {}
        });
    streams.setUncaughtExceptionHandler(new StreamThreadReplacer());
    streams.start();
    instances.add(streams);
  }

  void start() throws Exception {
    start(Files.createTempDirectory("streams-it"));
  }

  /**
   * Starts an instance that advertises {@code applicationServer} (host:port of its API) to the
   * others, as the service does with indexer.api.advertised-address, and returns it.
   */
  public KafkaStreams startAdvertising(String applicationServer) throws Exception {
    this.applicationServer = applicationServer;
    try {
      start();
    } finally {
      this.applicationServer = null;
    }
    return instances.get(instances.size() - 1);
  }

  /**
   * Sends a JSON upsert keyed {@code tenant/id} as text: to {@code partition} when it is not null
   * (as a producer with another partitioner would), else where Kafka's default partitioner puts it.
   */
  public void sendUpsert(
      String tenant, String id, long version, String content, Integer partition) {
    String key = tenant + "/" + id;
    String value = IndexerHarness.json(tenant, id, "UPSERT", version, content, "T " + id, Map.of());
    kafka.produce(
        topics.documents(),
        new ByteArraySerializer(),
        new ByteArraySerializer(),
        List.of(
            new ProducerRecord<>(
                topics.documents(),
                partition,
                key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8))));
    sent++;
  }

  /** Holds the Qdrant writes of the instance started as the {@code instance}-th (from 0). */
  void holdWrites(int instance) {
    heldInstance = instance;
  }

  /** Waits until the held instance has a write held. */
  void awaitHeldWrite(Duration timeout) throws InterruptedException {
    if (!heldReached.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("no write was held");
    }
  }

  /** Lets the held writes through. */
  void releaseWrites() {
    release.countDown();
  }

  /** Waits until the held write call (with everything it sends) has returned. */
  void awaitHeldWritesDone(Duration timeout) throws InterruptedException {
    if (!heldDone.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("the held writes did not complete");
    }
  }

  /** Closes every running instance. */
  void stop() {
    for (KafkaStreams streams : instances) {
      streams.close(Duration.ofSeconds(30));
    }
    instances.clear();
    gates.forEach(ProcessingGate::close);
    batchers.forEach(dev.indexer.embed.EmbeddingBatcher::close);
    batchers.clear();
  }

  /** Statuses committed so far, without waiting for more. */
  int statusCount() {
    return readCommitted(topics.status()).size();
  }

  /** Every committed record of a topic right now: reads each partition up to its stable end. */
  List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic) {
    return kafka.readCommitted(topic, Duration.ofSeconds(30));
  }

  void send(List<String[]> keyValues) {
    send(keyValues, Map.of());
  }

  /** Sends the events, each with the given headers. */
  void send(List<String[]> keyValues, Map<String, String> headers) {
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (String[] kv : keyValues) {
      ProducerRecord<byte[], byte[]> r =
          new ProducerRecord<>(
              topics.documents(),
              kv[0].getBytes(StandardCharsets.UTF_8),
              kv[1] == null ? null : kv[1].getBytes(StandardCharsets.UTF_8));
      headers.forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
      records.add(r);
    }
    kafka.produce(
        topics.documents(), new ByteArraySerializer(), new ByteArraySerializer(), records);
    sent += records.size();
  }

  /**
   * A reconciler of the first instance's partitions, with its own indexer of the same parts writing
   * straight to the collection.
   */
  Reconciler reconciler() {
    DocumentIndexer indexer =
        new DocumentIndexer(
            normaliser,
            redactor,
            chunker,
            embedder,
            new PointWriter(client, target),
            Clock.systemUTC(),
            dev.indexer.embed.EmbeddingCache.disabled(),
            dev.indexer.embed.EmbeddingMetrics.unregistered(),
            limits.maxChunks());
    Map<String, Object> consumer =
        Map.of(
            org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            org.apache.kafka.clients.consumer.ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    return new Reconciler(
        () -> instances.get(0),
        kafka::admin,
        () ->
            new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
        applicationId,
        topics.documents(),
        new dev.indexer.event.EventIntake(
            new EventDecoder(InMemoryRegistry.shared()), limits, indexer.mediaTypes()),
        indexer,
        new dev.indexer.qdrant.IndexScan(client, target, 256, 1_000_000));
  }

  /** Waits until every event sent so far has its (committed) status record, and returns them. */
  public List<StatusEvent> awaitStatuses(Duration timeout) throws Exception {
    List<ConsumerRecord<byte[], byte[]>> records =
        kafka.consume(
            topics.status(),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer(),
            sent,
            timeout);
    List<StatusEvent> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      out.add(JsonSerde.MAPPER.readValue(r.value(), StatusEvent.class));
    }
    return out;
  }

  List<ConsumerRecord<byte[], byte[]>> deadLetters(int atLeast, Duration timeout) {
    return kafka.consume(
        topics.deadLetter(),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer(),
        atLeast,
        timeout);
  }

  /** Every dead letter committed so far. */
  List<ConsumerRecord<byte[], byte[]>> deadLetters() {
    return readCommitted(topics.deadLetter());
  }

  /** Every point of the collection: document key -> chunk texts in chunk order. */
  Map<String, List<String>> index() throws Exception {
    return IndexContents.texts(client, target);
  }

  /** Points of one document with their payloads. */
  List<RetrievedPoint> points(String tenant, String id) throws Exception {
    return IndexContents.document(client, target, tenant, id);
  }

  /** The oracle: chunk texts the index must hold for this content. */
  List<String> expected(String content) {
    return chunker
        .chunk(redactor.redactBlocks(normaliser.normalise(content, "text/plain")))
        .stream()
        .map(Chunk::text)
        .toList();
  }

  @Override
  public void close() throws Exception {
    stop();
    client.close();
  }

  /** A real writer that counts requests and refuses the writes of chosen documents. */
  private final class Writer extends PointWriter {
    private final int instance;

    Writer(QdrantClient client, String collection, int instance) {
      super(client, collection);
      this.instance = instance;
    }

    @Override
    public dev.indexer.qdrant.FencePoint fencePoint(dev.indexer.event.DocumentRef ref) {
      fenceReads.incrementAndGet();
      return super.fencePoint(ref);
    }

    @Override
    public void write(List<dev.indexer.qdrant.DocumentWrite> writes) {
      boolean held = instance == heldInstance && release.getCount() > 0;
      if (held) {
        heldReached.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      super.write(writes);
      if (held) {
        heldDone.countDown();
      }
    }

    @Override
    protected void send(List<PointsUpdateOperation> operations) {
      for (PointsUpdateOperation op : operations) {
        if (op.hasUpsert()
            && op.getUpsert().getPointsList().stream()
                .anyMatch(
                    p ->
                        refusedDocuments.test(p.getPayloadMap().get("document_id").getStringValue())
                            || refusedTexts.test(
                                p.getPayloadMap()
                                    .get(dev.indexer.qdrant.PayloadFields.TEXT)
                                    .getStringValue()))) {
          throw new QdrantRequestException(
              "write: Qdrant refused (INVALID_ARGUMENT)", Status.Code.INVALID_ARGUMENT, null);
        }
      }
      long bytes = operations.stream().mapToLong(PointsUpdateOperation::getSerializedSize).sum();
      largestWriteBytes.accumulateAndGet(bytes, Math::max);
      super.send(operations);
      // The documents the request writes: an event writes its document's upsert and delete.
      writeRequests.add((int) operations.stream().map(Writer::document).distinct().count());
    }

    private static String document(PointsUpdateOperation op) {
      if (op.hasUpsert()) {
        return op.getUpsert().getPoints(0).getPayloadMap().get("document_id").getStringValue();
      }
      return op.getDeletePoints().getPoints().getFilter().getMustList().stream()
          .filter(c -> c.hasField() && c.getField().getKey().equals("document_id"))
          .map(c -> c.getField().getMatch().getKeyword())
          .findFirst()
          .orElseThrow();
    }
  }
}
