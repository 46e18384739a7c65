package dev.indexer.event;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.pipeline.DocumentIndexer;
import dev.indexer.pipeline.FaultListener;
import dev.indexer.pipeline.IndexerTopology;
import dev.indexer.pipeline.ProcessingSettings;
import dev.indexer.pipeline.Topics;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.Normaliser;
import dev.indexer.text.TokenChunker;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The real topology with a given decoder on a TopologyTestDriver, writing to Qdrant local (a new
 * collection per rig), for the input formats' end-to-end tests.
 */
public final class TopologyRig implements AutoCloseable {

  static final Topics TOPICS = new Topics("documents", "documents.status", "documents.dlq");
  static final int CHUNK_WORDS = 8;
  private static final AtomicInteger COLLECTIONS = new AtomicInteger();

  final QdrantClient client;
  final String collection;
  final Normaliser normaliser = new MarkupNormaliser();
  final PiiRedactor redactor = PolicyPiiRedactor.of(PiiPolicy.defaults());
  final TokenChunker chunker =
      new TokenChunker(HashEmbedder.WORDS, CHUNK_WORDS + 2, CHUNK_WORDS, 0);
  public final List<String> faults = new ArrayList<>();
  private final TopologyTestDriver driver;
  private final TestInputTopic<byte[], byte[]> input;
  private final TestOutputTopic<byte[], byte[]> status;
  private final TestOutputTopic<byte[], byte[]> deadLetters;

  public TopologyRig(QdrantLocal qdrant, ChangeDecoder decoder) throws Exception {
    client = qdrant.newClient();
    collection = "formats_" + COLLECTIONS.incrementAndGet() + "_" + System.nanoTime();
    client
        .createCollectionAsync(
            collection + "_v1",
            VectorParams.newBuilder().setSize(16).setDistance(Distance.Cosine).build())
        .get();
    client.createAliasAsync(collection, collection + "_v1").get();
    dev.indexer.qdrant.Fences.ensure(client, collection, collection + "_v1");
    IndexContents.createDocumentIndexes(client, collection + "_v1");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "formats-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("ttd-state").toString());
    DocumentIndexer indexer =
        new DocumentIndexer(
            normaliser,
            redactor,
            chunker,
            new HashEmbedder(16, CHUNK_WORDS + 2),
            new PointWriter(client, collection),
            Clock.systemUTC());
    ProcessingSettings settings =
        new ProcessingSettings(
            1_000_000, false, Duration.ofMillis(5), Duration.ofMillis(20), () -> false);
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
        };
    driver =
        new TopologyTestDriver(
            IndexerTopology.build(TOPICS, decoder, indexer, settings, listener), props);
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

  public void send(byte[] key, byte[] value) {
    input.pipeInput(key, value);
  }

  public void send(byte[] key, byte[] value, Header... headers) {
    input.pipeInput(new TestRecord<>(key, value, new RecordHeaders(headers)));
  }

  public void send(String key, String value) {
    send(
        key == null ? null : key.getBytes(StandardCharsets.UTF_8),
        value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /** Status records written since the last call, as JSON text. */
  public List<String> statuses() {
    return status.readValuesToList().stream()
        .map(v -> new String(v, StandardCharsets.UTF_8))
        .toList();
  }

  public List<TestRecord<byte[], byte[]>> deadLetters() {
    return deadLetters.readRecordsToList();
  }

  /** The dead letters' {@code x-reason} and {@code x-message} headers. */
  public static String reason(TestRecord<byte[], byte[]> deadLetter) {
    return header(deadLetter, "x-reason") + ": " + header(deadLetter, "x-message");
  }

  public static String header(TestRecord<byte[], byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  /** The whole collection: document key to chunk texts in chunk order. */
  public Map<String, List<String>> index() throws Exception {
    return new TreeMap<>(IndexContents.texts(client, collection));
  }

  /** The points of a document with their payloads, as Qdrant holds them. */
  public List<RetrievedPoint> points(String tenant, String id) throws Exception {
    return IndexContents.document(client, collection, tenant, id);
  }

  /** What the index must hold for content of a type: the stages' own output. */
  public List<String> expected(String content, String contentType) {
    return chunker.chunk(redactor.redactBlocks(normaliser.normalise(content, contentType))).stream()
        .map(c -> c.text())
        .toList();
  }

  @Override
  public void close() throws Exception {
    driver.close();
    client.close();
  }
}
