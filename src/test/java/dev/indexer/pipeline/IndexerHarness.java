package dev.indexer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.event.EventDecoder;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.InMemoryRegistry;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.Normaliser;
import dev.indexer.text.TokenChunker;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The real topology on a TopologyTestDriver, writing to a real Qdrant local, with a hash embedder
 * that counts what it embeds. Chunks are small (8 words) so that short texts make several.
 */
final class IndexerHarness implements AutoCloseable {

  static final Topics TOPICS = new Topics("documents", "documents.status", "documents.dlq");
  static final int CHUNK_WORDS = 8;
  static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger COLLECTIONS = new AtomicInteger();

  final QdrantLocal qdrant;
  final QdrantClient client;
  final String collection;
  final HashEmbedder embedder = new HashEmbedder(16, CHUNK_WORDS + 2);
  final RecordingWriter writer;
  final Normaliser normaliser = new MarkupNormaliser();
  final PiiRedactor redactor = PolicyPiiRedactor.of(PiiPolicy.defaults());
  final TokenChunker chunker =
      new TokenChunker(HashEmbedder.WORDS, CHUNK_WORDS + 2, CHUNK_WORDS, 0);
  final List<String> faults = new ArrayList<>();

  /** The reasons of the rejections the processor reported, in order. */
  final List<dev.indexer.event.InvalidEventException.Reason> rejections = new ArrayList<>();

  /** Settings the next {@link #start()} uses. */
  boolean keepOriginal;

  int maxEventBytes = 1_000_000;

  /** How long the manifests of deleted documents are kept (the default: forever). */
  ManifestRetention retention = ManifestRetention.disabled();

  /**
   * The clock of the indexer (when a manifest was written) and of the driver's wall-clock time
   * (when sweeps run): {@link #advanceWallClock} moves both.
   */
  final SettableClock clock = new SettableClock(java.time.Instant.now());

  private final Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> input;
  private TestOutputTopic<byte[], byte[]> status;
  private TestOutputTopic<byte[], byte[]> deadLetters;

  IndexerHarness(QdrantLocal qdrant) throws Exception {
    this(qdrant, null);
  }

  /** A harness with empty state on {@code existingCollection}, or on a new collection if null. */
  IndexerHarness(QdrantLocal qdrant, String existingCollection) throws Exception {
    this.qdrant = qdrant;
    this.client = qdrant.newClient();
    if (existingCollection != null) {
      this.collection = existingCollection;
    } else {
      this.collection = "docs_" + COLLECTIONS.incrementAndGet() + "_" + System.nanoTime();
      client
          .createCollectionAsync(
              collection + "_v1",
              VectorParams.newBuilder().setSize(16).setDistance(Distance.Cosine).build())
          .get();
      client.createAliasAsync(collection, collection + "_v1").get();
      dev.indexer.qdrant.Fences.ensure(client, collection, collection + "_v1");
      // The keyword indexes the service creates: deletes by document filter on them.
      dev.indexer.testkit.IndexContents.createDocumentIndexes(client, collection + "_v1");
    }
    this.writer = new RecordingWriter(client, collection);
    this.stateDir = Files.createTempDirectory("ttd-state");
    start();
  }

  /** (Re)starts the driver on the same state directory, as a restarted instance would. */
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "indexer-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    DocumentIndexer indexer =
        new DocumentIndexer(normaliser, redactor, chunker, embedder, writer, clock);
    ProcessingSettings settings =
        new ProcessingSettings(
                maxEventBytes,
                keepOriginal,
                Duration.ofMillis(5),
                Duration.ofMillis(20),
                () -> false)
            .withRetention(retention);
    FaultListener listener =
        new FaultListener() {
          @Override
          public void retrying(String worker, String reason) {
            faults.add(reason);
          }

          @Override
          public void recovered(String worker) {
            faults.add("recovered");
          }

          @Override
          public void rejected(dev.indexer.event.InvalidEventException.Reason reason) {
            rejections.add(reason);
          }
        };
    driver =
        new TopologyTestDriver(
            IndexerTopology.build(
                TOPICS, new EventDecoder(new InMemoryRegistry()), indexer, settings, listener),
            props,
            clock.instant());
    input =
        driver.createInputTopic(
            TOPICS.documents(), new ByteArraySerializer(), new ByteArraySerializer());
    status =
        driver.createOutputTopic(
            TOPICS.status(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    deadLetters =
        driver.createOutputTopic(
            TOPICS.deadLetter(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  void stop() {
    driver.close();
  }

  /** Moves the wall-clock time of the driver and the indexer's clock on, running due sweeps. */
  void advanceWallClock(Duration d) {
    clock.advance(d);
    driver.advanceWallClockTime(d);
  }

  /** The keys of every manifest in the store. */
  List<String> manifestKeys() {
    KeyValueStore<String, Manifest> store = driver.getKeyValueStore(IndexerTopology.MANIFEST_STORE);
    List<String> keys = new ArrayList<>();
    try (var it = store.all()) {
      it.forEachRemaining(kv -> keys.add(kv.key));
    }
    return keys;
  }

  /** Writes a manifest into the store directly, as an earlier release would have left it. */
  void putManifest(String id, Manifest manifest) {
    KeyValueStore<String, Manifest> store = driver.getKeyValueStore(IndexerTopology.MANIFEST_STORE);
    store.put("acme/" + id, manifest);
  }

  static String json(
      String tenant,
      String id,
      String op,
      Long version,
      String content,
      String title,
      Map<String, String> metadata) {
    ObjectNode n = JSON.createObjectNode();
    n.put("eventId", "e-" + id + "-" + version);
    n.put("tenant", tenant);
    n.put("documentId", id);
    n.put("operation", op);
    if (version != null) {
      n.put("version", version);
    }
    n.put("eventTime", 1_767_225_600_000L);
    if (content != null) {
      n.put("content", content);
    }
    if (title != null) {
      n.put("title", title);
    }
    ObjectNode meta = n.putObject("metadata");
    metadata.forEach(meta::put);
    return n.toString();
  }

  void upsert(String id, Long version, String content) {
    send(id, json("acme", id, "UPSERT", version, content, "Title " + id, Map.of()));
  }

  void delete(String id, Long version) {
    send(id, json("acme", id, "DELETE", version, null, null, Map.of()));
  }

  void tombstone(String id) {
    input.pipeInput(("acme/" + id).getBytes(StandardCharsets.UTF_8), (byte[]) null);
  }

  void send(String id, String value) {
    sendRaw(
        ("acme/" + id).getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }

  void sendRaw(byte[] key, byte[] value) {
    input.pipeInput(key, value);
  }

  /** The points of a document as Qdrant holds them, in chunk order. */
  List<RetrievedPoint> points(String id) throws Exception {
    return IndexContents.document(client, collection, "acme", id);
  }

  /** Chunk texts of a document as Qdrant holds them, in order. */
  List<String> texts(String id) throws Exception {
    return points(id).stream().map(IndexContents::text).toList();
  }

  /** What the index must hold for content: the oracle, computed by the stages themselves. */
  List<String> expectedTexts(String content) {
    return chunker
        .chunk(redactor.redactBlocks(normaliser.normalise(content, "text/plain")))
        .stream()
        .map(c -> c.text())
        .toList();
  }

  long count() throws Exception {
    return client.countAsync(collection).get();
  }

  Manifest manifest(String id) {
    KeyValueStore<String, Manifest> store = driver.getKeyValueStore(IndexerTopology.MANIFEST_STORE);
    return store.get("acme/" + id);
  }

  List<StatusEvent> statuses() throws Exception {
    List<StatusEvent> out = new ArrayList<>();
    for (byte[] v : status.readValuesToList()) {
      out.add(JsonSerde.MAPPER.readValue(v, StatusEvent.class));
    }
    return out;
  }

  List<TestRecord<byte[], byte[]>> deadLetters() {
    return deadLetters.readRecordsToList();
  }

  @Override
  public void close() throws Exception {
    driver.close();
    client.close();
  }

  /** A clock that stands still until it is moved. */
  static final class SettableClock extends Clock {
    private volatile java.time.Instant now;

    SettableClock(java.time.Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  /** A real writer that records the order of its operations and can simulate an outage. */
  static final class RecordingWriter extends PointWriter {
    final List<String> operations = new ArrayList<>();
    int failuresToInject;
    java.util.function.Supplier<RuntimeException> failure =
        () ->
            new dev.indexer.qdrant.QdrantUnavailableException(
                "upsert: Qdrant unavailable (UNAVAILABLE)", null);

    /** Reads of fence points, and transient faults to inject into the next ones. */
    int fenceReads;

    int fenceReadFailuresToInject;

    RecordingWriter(QdrantClient client, String collection) {
      super(client, collection);
    }

    @Override
    public dev.indexer.qdrant.FencePoint fencePoint(dev.indexer.event.DocumentRef ref) {
      fenceReads++;
      if (fenceReadFailuresToInject > 0) {
        fenceReadFailuresToInject--;
        throw new dev.indexer.qdrant.QdrantUnavailableException(
            "read fence point: Qdrant unavailable (UNAVAILABLE)", null);
      }
      return super.fencePoint(ref);
    }

    private void maybeFail() {
      if (failuresToInject > 0) {
        failuresToInject--;
        throw failure.get();
      }
    }

    @Override
    public void write(List<dev.indexer.qdrant.DocumentWrite> writes) {
      maybeFail();
      super.write(writes);
    }

    @Override
    protected void send(List<io.qdrant.client.grpc.Points.PointsUpdateOperation> writes) {
      for (io.qdrant.client.grpc.Points.PointsUpdateOperation op : writes) {
        if (op.hasUpsert()) {
          operations.add("upsert:" + op.getUpsert().getPointsCount());
        } else {
          // The document's points of older changes (by fence token), or all of them.
          var filter = op.getDeletePoints().getPoints().getFilter();
          operations.add(
              filter.getMustList().stream().anyMatch(c -> c.hasFilter())
                  ? "delete-older"
                  : "delete-all");
        }
      }
      super.send(writes);
    }
  }
}
