package dev.indexer.bench;

import dev.indexer.embed.Embedder;
import dev.indexer.event.EventDecoder;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.pipeline.DocumentIndexer;
import dev.indexer.pipeline.FaultListener;
import dev.indexer.pipeline.IndexerTopology;
import dev.indexer.pipeline.ProcessingSettings;
import dev.indexer.pipeline.Topics;
import dev.indexer.pipeline.TransactionalClientSupplier;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.InMemoryRegistry;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.TokenChunker;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One benchmark run: the production topology in Kafka Streams (exactly-once v2) on the embedded
 * broker, writing to Qdrant local, with fresh topics, application id and collection.
 */
final class PipelineRun implements Benchmark.OwnProcess, AutoCloseable {

  private static final AtomicInteger RUNS = new AtomicInteger();

  final EmbeddedKafka kafka;
  final QdrantClient client;
  final Topics topics;
  final String collection;
  private final KafkaStreams streams; // or, in a JVM of its own:
  private final PipelineProcess process;
  private final StatusReader statusReader;
  private final KafkaProducer<byte[], byte[]> producer;
  private volatile Throwable failure;

  /** The pipeline's own freshness histogram ({@code indexer.freshness}), in process only. */
  final io.micrometer.core.instrument.simple.SimpleMeterRegistry metrics =
      new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

  private final dev.indexer.pipeline.FreshnessMetrics freshness =
      new dev.indexer.pipeline.FreshnessMetrics(metrics);

  /**
   * The service's default: Qdrant writes of a transaction's events sent in requests of up to 512
   * points.
   */
  static final int BATCH_POINTS = 512;

  PipelineRun(
      EmbeddedKafka kafka, QdrantClient client, Embedder embedder, int partitions, int threads)
      throws Exception {
    this(kafka, client, embedder, partitions, threads, BATCH_POINTS);
  }

  PipelineRun(
      EmbeddedKafka kafka,
      QdrantClient client,
      Embedder embedder,
      int partitions,
      int threads,
      int batchPoints)
      throws Exception {
    this(kafka, client, null, embedder, partitions, threads, batchPoints);
  }

  /**
   * A run whose pipeline has a JVM of its own ({@link PipelineProcess}), with the trivial embedder,
   * so that its CPU time is told apart from the broker's and Qdrant local's.
   */
  static PipelineRun inOwnProcess(
      EmbeddedKafka kafka,
      QdrantLocal qdrant,
      QdrantClient client,
      Embedder trivial,
      int partitions,
      int threads)
      throws Exception {
    return new PipelineRun(kafka, client, qdrant, trivial, partitions, threads, BATCH_POINTS);
  }

  private PipelineRun(
      EmbeddedKafka kafka,
      QdrantClient client,
      QdrantLocal ownProcessQdrant,
      Embedder embedder,
      int partitions,
      int threads,
      int batchPoints)
      throws Exception {
    int n = RUNS.incrementAndGet();
    this.kafka = kafka;
    this.client = client;
    this.topics = new Topics("bench-docs-" + n, "bench-status-" + n, "bench-dlq-" + n);
    this.collection = "bench_" + n;
    kafka.createTopics(partitions, topics.documents(), topics.status());
    kafka.createTopics(1, topics.deadLetter());
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

    if (ownProcessQdrant == null) {
      process = null;
      streams =
          streams(
              kafka.bootstrapServers(),
              client,
              collection,
              topics,
              n,
              embedder,
              threads,
              batchPoints,
              freshness);
      streams.setUncaughtExceptionHandler(
          e -> {
            failure = e;
            e.printStackTrace();
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
                .StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
          });
      streams.start();
      // Time only processing: wait until the group has formed and tasks are running.
      awaitRunning(streams);
    } else {
      streams = null;
      process =
          PipelineProcess.start(
              kafka.bootstrapServers(),
              ownProcessQdrant,
              collection,
              topics,
              n,
              embedder,
              threads,
              batchPoints);
    }

    statusReader = new StatusReader(kafka, topics.status(), "bench-reader-" + n);
    producer = producer(kafka);
  }

  /** Waits up to a minute for started Kafka Streams to run: the group formed, tasks assigned. */
  static void awaitRunning(KafkaStreams streams) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Kafka Streams did not reach RUNNING: " + streams.state());
      }
      Thread.sleep(20);
    }
  }

  /**
   * The production topology under exactly-once v2, its stream threads named
   * "bench-stream-<n>-StreamThread-<i>" (told apart in the CPU by thread); not started. {@code
   * freshness} is told when each change became searchable.
   */
  static KafkaStreams streams(
      String bootstrapServers,
      QdrantClient client,
      String collection,
      Topics topics,
      int n,
      Embedder embedder,
      int threads,
      int batchPoints,
      dev.indexer.pipeline.Freshness freshness)
      throws java.io.IOException {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-" + n);
    props.put(StreamsConfig.CLIENT_ID_CONFIG, "bench-stream-" + n);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("bench-state").toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    DocumentIndexer indexer =
        new DocumentIndexer(
            new MarkupNormaliser(),
            PolicyPiiRedactor.of(PiiPolicy.defaults()),
            chunker(embedder),
            embedder,
            new PointWriter(client, collection),
            Clock.systemUTC());
    if (batchPoints > 0) {
      // As the service by default: the chunks of many events embedded together.
      indexer = indexer.batchedBy(batcher(embedder));
    }
    ProcessingSettings settings =
        new ProcessingSettings(
            10_485_760,
            false,
            Duration.ofMillis(100),
            Duration.ofSeconds(5),
            () -> false,
            batchPoints);
    TransactionalClientSupplier clients = new TransactionalClientSupplier();
    return new KafkaStreams(
        IndexerTopology.build(
            topics,
            new EventDecoder(InMemoryRegistry.shared()),
            indexer,
            settings,
            FaultListener.NONE,
            clients.batches(),
            freshness),
        props,
        clients);
  }

  /**
   * The p99 of the pipeline's {@code indexer.freshness{from=kafka}} histogram in milliseconds, as
   * Prometheus' {@code histogram_quantile} reads it: interpolated within the bucket it falls in.
   */
  double freshnessP99Millis() {
    io.micrometer.core.instrument.Timer timer =
        metrics.find("indexer.freshness").tag("from", "kafka").timer();
    io.micrometer.core.instrument.distribution.HistogramSnapshot snapshot = timer.takeSnapshot();
    double total = snapshot.count();
    double rank = 0.99 * total;
    double lower = 0;
    double below = 0;
    for (io.micrometer.core.instrument.distribution.CountAtBucket bucket :
        snapshot.histogramCounts()) {
      double upper = bucket.bucket(java.util.concurrent.TimeUnit.MILLISECONDS);
      if (bucket.count() >= rank) {
        double inBucket = bucket.count() - below;
        return inBucket <= 0 ? upper : lower + (upper - lower) * (rank - below) / inBucket;
      }
      lower = upper;
      below = bucket.count();
    }
    return Double.POSITIVE_INFINITY;
  }

  private static final java.util.Map<Embedder, dev.indexer.embed.EmbeddingBatcher> BATCHERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The embedding batches of an embedder, with its own limits, shared by every run that uses it.
   */
  static dev.indexer.embed.EmbeddingBatcher batcher(Embedder embedder) {
    return BATCHERS.computeIfAbsent(embedder, dev.indexer.embed.EmbeddingBatcher::of);
  }

  static String event(String tenant, Corpus.Doc doc, long version) {
    return "{\"eventId\":\""
        + doc.id()
        + "-"
        + version
        + "\",\"tenant\":\""
        + tenant
        + "\",\"documentId\":\""
        + doc.id()
        + "\",\"operation\":\"UPSERT\",\"version\":"
        + version
        + ",\"eventTime\":1767225600000,"
        + "\"title\":\"Document "
        + doc.id()
        + "\",\"contentType\":\""
        + doc.contentType()
        + "\",\"content\":"
        + json(doc.content())
        + ",\"metadata\":{\"source\":\"bench\"}}";
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Override
  public void send(Corpus.Doc doc, long version) {
    producer.send(record(topics.documents(), doc, version));
  }

  /**
   * The benchmark's chunker for a model: the largest chunks the model reads whole, 16 tokens of
   * overlap.
   */
  static TokenChunker chunker(Embedder embedder) {
    int room = embedder.maxTokens() - embedder.tokenCounter().specialTokens();
    return new TokenChunker(embedder.tokenCounter(), embedder.maxTokens(), room, 16);
  }

  /** A producer for the benchmark's events (5 ms linger, so bursts go in batches). */
  static KafkaProducer<byte[], byte[]> producer(EmbeddedKafka kafka) {
    Map<String, Object> config = kafka.producerConfig();
    config.put("linger.ms", 5);
    return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** The JSON event of {@code doc} at {@code version}, keyed tenant/document. */
  static ProducerRecord<byte[], byte[]> record(String topic, Corpus.Doc doc, long version) {
    return new ProducerRecord<>(
        topic,
        ("bench/" + doc.id()).getBytes(StandardCharsets.UTF_8),
        event("bench", doc, version).getBytes(StandardCharsets.UTF_8));
  }

  void flush() {
    producer.flush();
  }

  /** Reads status records until {@code total} have been seen since the run began. */
  @Override
  public void awaitStatuses(long total, Duration timeout) {
    statusReader.await(
        total,
        timeout,
        () ->
            failure != null || (process == null ? stopped(streams) : !process.alive())
                ? new IllegalStateException(
                    "the pipeline stopped after "
                        + statusReader.statuses()
                        + " of "
                        + total
                        + " events",
                    failure)
                : null);
  }

  private static boolean stopped(KafkaStreams streams) {
    return streams.state() == KafkaStreams.State.ERROR
        || streams.state() == KafkaStreams.State.NOT_RUNNING;
  }

  /** CPU time of the pipeline's own process; only for a run {@link #inOwnProcess}. */
  @Override
  public double cpuSeconds() {
    return ownProcess().cpuSeconds();
  }

  @Override
  public Map<String, Double> cpuSecondsByThread() {
    return ownProcess().cpuSecondsByThread();
  }

  private PipelineProcess ownProcess() {
    if (process == null) {
      throw new IllegalStateException("the pipeline runs in this process");
    }
    return process;
  }

  long embedded() {
    return statusReader.embedded();
  }

  long chunks() {
    return statusReader.chunks();
  }

  @Override
  public void close() {
    producer.close();
    statusReader.close();
    if (process == null) {
      streams.close(Duration.ofSeconds(30));
    } else {
      process.close();
    }
    try {
      // Free Qdrant local's memory: every run has its own collection.
      client.deleteCollectionAsync(collection + "_v1").get();
    } catch (Exception e) {
      throw new IllegalStateException("could not delete " + collection, e);
    }
  }

  static List<Corpus.Doc> editAll(List<Corpus.Doc> docs, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Corpus.Doc> out = new ArrayList<>(docs.size());
    for (Corpus.Doc d : docs) {
      out.add(d.edit(random.nextInt(d.paragraphs().size()), random));
    }
    return out;
  }
}
