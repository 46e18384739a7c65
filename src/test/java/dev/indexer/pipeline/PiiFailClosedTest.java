package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.EventDecoder;
import dev.indexer.pii.PiiAnalyzer;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.pii.Recognizers;
import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.InMemoryRegistry;
import dev.indexer.text.MarkupNormaliser;
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
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fail-closed, end to end: when a PII recognizer fails on an event, the real topology (on a
 * TopologyTestDriver, writing to Qdrant local) dead-letters the event with reason
 * PROCESSING_FAILED, and none of its text reaches Qdrant, the embedder, the dead-letter record, its
 * headers, the status topic or the log. Events the recognizers can check are indexed as usual.
 */
class PiiFailClosedTest {

  private static final Topics TOPICS = new Topics("documents", "documents.status", "documents.dlq");

  /** Text that makes the failing recognizer throw; it also carries PII of its own. */
  private static final String TRIGGER = "Ω";

  private static final String EMAIL = "jane.doe@example.com";
  private static final String NAME = "Jane Doe";
  private static final String SECRET_WORD = "Zanzibarquux";

  private QdrantLocal qdrant;
  private QdrantClient client;
  private String collection;
  private HashEmbedder embedder;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> input;
  private TestOutputTopic<byte[], byte[]> status;
  private TestOutputTopic<byte[], byte[]> deadLetters;
  private final List<String> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          StringBuilder b = new StringBuilder(String.valueOf(record.getMessage()));
          if (record.getParameters() != null) {
            for (Object p : record.getParameters()) {
              b.append(' ').append(p);
            }
          }
          if (record.getThrown() != null) {
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
              b.append(' ').append(t);
            }
          }
          synchronized (logged) {
            logged.add(b.toString());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Throws on text containing the trigger, quoting the text, as a careless library might. */
  private static final Recognizer FAILING =
      new Recognizer() {
        @Override
        public Set<PiiType> types() {
          return Set.of(PiiType.PERSON);
        }

        @Override
        public void find(String text, List<Finding> out) {
          if (text.contains(TRIGGER)) {
            throw new IllegalStateException("cannot parse: " + text);
          }
        }
      };

  @BeforeEach
  void setUp() throws Exception {
    Logger.getLogger("").addHandler(capture);
    qdrant = QdrantLocal.start();
    client = qdrant.newClient();
    collection = "pii_fail_closed_" + System.nanoTime();
    client
        .createCollectionAsync(
            collection + "_v1",
            VectorParams.newBuilder().setSize(16).setDistance(Distance.Cosine).build())
        .get();
    client.createAliasAsync(collection, collection + "_v1").get();
    dev.indexer.qdrant.Fences.ensure(client, collection, collection + "_v1");
    IndexContents.createDocumentIndexes(client, collection + "_v1");

    PiiPolicy policy = PiiPolicy.defaults();
    List<Recognizer> recognizers = new ArrayList<>(Recognizers.defaults(policy));
    recognizers.add(FAILING);
    PolicyPiiRedactor redactor =
        new PolicyPiiRedactor(new PiiAnalyzer(recognizers, policy.enabledTypes()), policy);
    embedder = new HashEmbedder(16, 10);
    DocumentIndexer indexer =
        new DocumentIndexer(
            new MarkupNormaliser(),
            redactor,
            new TokenChunker(HashEmbedder.WORDS, 10, 8, 0),
            embedder,
            new dev.indexer.qdrant.PointWriter(client, collection),
            Clock.systemUTC());
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "indexer-pii-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("ttd-pii").toString());
    ProcessingSettings settings =
        new ProcessingSettings(
            1_000_000, false, Duration.ofMillis(5), Duration.ofMillis(20), () -> false);
    driver =
        new TopologyTestDriver(
            IndexerTopology.build(
                TOPICS,
                new EventDecoder(new InMemoryRegistry()),
                indexer,
                settings,
                FaultListener.NONE),
            props);
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

  @AfterEach
  void tearDown() throws Exception {
    Logger.getLogger("").removeHandler(capture);
    driver.close();
    client.close();
    qdrant.close();
  }

  private void send(String id, String content, String title, Map<String, String> metadata) {
    String json = IndexerHarness.json("acme", id, "UPSERT", 1L, content, title, metadata);
    input.pipeInput(
        ("acme/" + id).getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8));
  }

  private List<RetrievedPoint> allPoints() throws Exception {
    return IndexContents.all(client, collection, null, false);
  }

  private static String utf8(byte[] b) {
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void anEventARecognizerFailsOnIsDeadLetteredAndNoneOfItsTextIsStored() throws Exception {
    String content =
        "Contact "
            + NAME
            + " at "
            + EMAIL
            + " about "
            + SECRET_WORD
            + " "
            + TRIGGER
            + " soon, please.";
    send("bad", content, "Note for " + NAME, Map.of("owner", EMAIL));
    send("good", "Alpha beta gamma delta, write to " + EMAIL + " about it.", "Fine", Map.of());

    // The event is dead-lettered with the processing reason, without key, value or its text.
    List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
    assertThat(dead).hasSize(1);
    TestRecord<byte[], byte[]> letter = dead.get(0);
    assertThat(utf8(letter.headers().lastHeader("x-reason").value()))
        .isEqualTo("PROCESSING_FAILED");
    assertThat(letter.key()).isNull();
    assertThat(letter.value()).isNull();
    for (var header : letter.headers()) {
      assertThat(utf8(header.value()))
          .doesNotContain(EMAIL)
          .doesNotContain(NAME)
          .doesNotContain(SECRET_WORD);
    }

    // Nothing of it in Qdrant; the neighbour is indexed, redacted.
    assertThat(IndexContents.document(client, collection, "acme", "bad")).isEmpty();
    List<RetrievedPoint> points = allPoints();
    assertThat(points).isNotEmpty();
    assertThat(points.toString())
        .doesNotContain(SECRET_WORD)
        .doesNotContain(EMAIL)
        .doesNotContain("Jane");
    assertThat(String.join(" ", embedder.embeddedTexts()))
        .doesNotContain(SECRET_WORD)
        .doesNotContain("Jane");

    // Status and log name the failure without quoting the event.
    String statuses =
        status.readValuesToList().stream().map(PiiFailClosedTest::utf8).toList().toString();
    assertThat(statuses)
        .contains("PROCESSING_FAILED")
        .doesNotContain(EMAIL)
        .doesNotContain(SECRET_WORD)
        .doesNotContain("Jane");
    synchronized (logged) {
      assertThat(logged).as("the rejection is logged").anyMatch(l -> l.contains("dead-letter"));
      assertThat(String.join("\n", logged))
          .doesNotContain(SECRET_WORD)
          .doesNotContain(EMAIL)
          .doesNotContain("Jane");
    }
  }

  @Test
  void aFailureInTheTitleOrMetadataAloneAlsoFailsTheWholeEvent() throws Exception {
    send("t", "Plain words " + SECRET_WORD + " only.", "Title " + TRIGGER + " " + EMAIL, Map.of());
    send(
        "m",
        "Plain words " + SECRET_WORD + " only.",
        "Fine",
        Map.of("notes", TRIGGER + " " + EMAIL));

    assertThat(deadLetters.readRecordsToList())
        .extracting(r -> utf8(r.headers().lastHeader("x-reason").value()))
        .containsExactly("PROCESSING_FAILED", "PROCESSING_FAILED");
    assertThat(allPoints()).isEmpty();
    assertThat(embedder.embeddedTexts()).isEmpty();
  }

  @Test
  void anUpdateThatCannotBeCheckedLeavesThePreviousVersion() throws Exception {
    send("d", "Alpha beta gamma delta epsilon.", "Doc", Map.of());
    String json =
        IndexerHarness.json(
            "acme",
            "d",
            "UPSERT",
            2L,
            "Now with " + EMAIL + " " + SECRET_WORD + " " + TRIGGER,
            "Doc",
            Map.of());
    input.pipeInput(
        "acme/d".getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8));

    assertThat(deadLetters.readRecordsToList()).hasSize(1);
    List<String> texts =
        IndexContents.document(client, collection, "acme", "d").stream()
            .map(IndexContents::text)
            .toList();
    assertThat(String.join(" ", texts))
        .contains("Alpha beta")
        .doesNotContain(SECRET_WORD)
        .doesNotContain(EMAIL);
  }
}
