package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.embed.BertTokenCounter;
import dev.indexer.embed.EmbeddingCache;
import dev.indexer.embed.EmbeddingMetrics;
import dev.indexer.event.EventDecoder;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.InMemoryRegistry;
import dev.indexer.text.Documents;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.TokenChunker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pay once, counted where operators see it: the {@code indexer.chunks} counters by source
 * (embedded, reused from Qdrant, cached in memory), the model's own count of texts it embedded, and
 * the counts of each status record. The real topology on a TopologyTestDriver, Qdrant local, the
 * embedding cache, and the default chunking (all-MiniLM-L6-v2's tokenizer, 126 tokens, 16 overlap)
 * in front of a counting hash embedder.
 *
 * <ol>
 *   <li>A new markdown document of at least 20 chunks embeds every chunk.
 *   <li>Editing one paragraph (three times: near the start, in the middle, at the end) embeds at
 *       most 3 chunks each time; the rest are read back from Qdrant.
 *   <li>The same event again, and the same content as a new version, embed nothing.
 *   <li>Reverting the edits embeds nothing: the old chunks' vectors are no longer in Qdrant, but
 *       they are in the cache. Deleting the document and creating it again: all from the cache.
 *   <li>A second document sharing sections with the first takes their vectors from the cache.
 * </ol>
 */
class PayOnceCountersTest {

  static QdrantLocal qdrant;

  @BeforeAll
  static void startQdrant() {
    qdrant = QdrantLocal.start();
  }

  @AfterAll
  static void stopQdrant() {
    qdrant.close();
  }

  /** What one step cost: counter deltas, texts the model embedded, and the status record. */
  record Step(
      String name,
      int chunks,
      int embedded,
      int reused,
      int cached,
      int modelCalls,
      StatusEvent status) {
    @Override
    public String toString() {
      return String.format(
          "%-40s chunks %3d | embedded %3d, reused from Qdrant %3d, from cache %3d | model embedded %3d texts | status %s embedded=%d reused=%d",
          name,
          chunks,
          embedded,
          reused,
          cached,
          modelCalls,
          status.outcome(),
          status.embedded(),
          status.reused());
    }
  }

  @Test
  void editsAndRepublishesEmbedOnlyWhatIsNewAndSharedChunksComeFromTheCache() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    EmbeddingMetrics metrics = new EmbeddingMetrics(registry);
    HashEmbedder embedder = new HashEmbedder(16, 128);
    TokenChunker chunker =
        new TokenChunker(
            BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json"), 128, 126, 16);
    MarkupNormaliser normaliser = new MarkupNormaliser();

    Random r = new Random(20);
    List<String> paragraphs = new ArrayList<>();
    while (paragraphs.size() < 4
        || chunker.chunk(normaliser.normalise(markdown(paragraphs), "text/markdown")).size() < 20) {
      paragraphs.add(
          paragraphs.size() % 6 == 0 ? "## Section " + paragraphs.size() : Documents.paragraph(r));
    }
    String original = markdown(paragraphs);
    // Three successive one-paragraph edits: near the start, in the middle, at the end.
    List<String> edited = new ArrayList<>(paragraphs);
    List<String> editedTexts = new ArrayList<>();
    for (int at : List.of(1, paragraphs.size() / 2, paragraphs.size() - 1)) {
      int p = edited.get(at).startsWith("#") ? at - 1 : at; // a paragraph, not a heading
      edited.set(p, edited.get(p) + " " + Documents.sentence(r));
      editedTexts.add(markdown(edited));
    }
    String editedText = editedTexts.get(2);
    // The second document: the first half of the sections of the first one, then its own.
    int shared = paragraphs.size() / 2 / 6 * 6;
    List<String> other = new ArrayList<>(paragraphs.subList(0, shared));
    for (int i = 0; i < 12; i++) {
      other.add(i % 6 == 0 ? "## Other " + i : Documents.paragraph(r));
    }
    String otherText = markdown(other);

    try (QdrantClient client = qdrant.newClient();
        Pipeline p = new Pipeline(client, chunker, embedder, metrics)) {
      List<Step> steps = new ArrayList<>();
      steps.add(p.publish("new document", "guide", 1L, original));
      steps.add(p.publish("one paragraph edited (start)", "guide", 2L, editedTexts.get(0)));
      steps.add(p.publish("one paragraph edited (middle)", "guide", 3L, editedTexts.get(1)));
      steps.add(p.publish("one paragraph edited (end)", "guide", 4L, editedText));
      steps.add(p.publish("same event again", "guide", 4L, editedText));
      steps.add(p.publish("unchanged content, new version", "guide", 5L, editedText));
      steps.add(p.publish("edits reverted", "guide", 6L, original));
      p.delete("guide", 7L);
      steps.add(p.publish("deleted, then created again", "guide", 8L, original));
      steps.add(p.publish("second document sharing sections", "howto", 1L, otherText));
      steps.forEach(s -> System.out.println("pay once: " + s));

      Step created = steps.get(0);
      assertThat(created.chunks).isGreaterThanOrEqualTo(20);
      assertThat(created.embedded).isEqualTo(created.chunks);
      assertThat(created.modelCalls).isEqualTo(created.chunks);

      for (Step edit : steps.subList(1, 4)) {
        assertThat(edit.embedded).as(edit.name).isBetween(1, 3);
        assertThat(edit.modelCalls).as(edit.name).isEqualTo(edit.embedded);
        assertThat(edit.reused + edit.cached).as(edit.name).isEqualTo(edit.chunks - edit.embedded);
        assertThat(edit.status.embedded()).as(edit.name).isEqualTo(edit.embedded);
      }

      for (Step unchanged : steps.subList(4, 6)) {
        assertThat(unchanged.embedded).as(unchanged.name).isZero();
        assertThat(unchanged.modelCalls).as(unchanged.name).isZero();
        assertThat(unchanged.reused).as(unchanged.name).isEqualTo(unchanged.chunks);
        assertThat(unchanged.status.embedded()).as(unchanged.name).isZero();
        assertThat(unchanged.status.reused()).as(unchanged.name).isEqualTo(unchanged.chunks);
      }
      assertThat(steps.get(4).status.outcome()).isEqualTo(Outcome.UNCHANGED);

      Step reverted = steps.get(6);
      assertThat(reverted.embedded).isZero();
      assertThat(reverted.cached)
          .isBetween(1, steps.subList(1, 4).stream().mapToInt(Step::embedded).sum());
      assertThat(reverted.reused + reverted.cached).isEqualTo(reverted.chunks);
      Step recreated = steps.get(7);
      assertThat(recreated.embedded).isZero();
      assertThat(recreated.cached).isEqualTo(recreated.chunks);

      Step sharing = steps.get(8);
      assertThat(sharing.cached).isPositive();
      assertThat(sharing.reused).isZero(); // a new document has no stored vectors of its own
      assertThat(sharing.embedded + sharing.cached).isEqualTo(sharing.chunks);
      assertThat(sharing.modelCalls).isEqualTo(sharing.embedded);

      // The counters are registered under the name operators see.
      assertThat(registry.get("indexer.chunks").tag("source", "embedded").counter().count())
          .isEqualTo(steps.stream().mapToInt(Step::embedded).sum());
      assertThat(embedder.embeddedCount())
          .isEqualTo(steps.stream().mapToInt(Step::modelCalls).sum());
      assertThat(IndexContents.document(client, p.collection, "acme", "guide"))
          .hasSize(recreated.chunks);
    }
  }

  private static String markdown(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  /** The topology with the embedding cache and counters, as the service wires it. */
  static final class Pipeline implements AutoCloseable {
    final String collection = "pay_once_" + System.nanoTime();
    private final HashEmbedder embedder;
    private final EmbeddingMetrics metrics;
    private final TopologyTestDriver driver;
    private final TestInputTopic<byte[], byte[]> input;
    private final TestOutputTopic<byte[], byte[]> status;

    Pipeline(
        QdrantClient client, TokenChunker chunker, HashEmbedder embedder, EmbeddingMetrics metrics)
        throws Exception {
      this.embedder = embedder;
      this.metrics = metrics;
      client
          .createCollectionAsync(
              collection + "_v1",
              VectorParams.newBuilder().setSize(16).setDistance(Distance.Cosine).build())
          .get();
      client.createAliasAsync(collection, collection + "_v1").get();
      dev.indexer.qdrant.Fences.ensure(client, collection, collection + "_v1");
      IndexContents.createDocumentIndexes(client, collection + "_v1");
      DocumentIndexer indexer =
          new DocumentIndexer(
              new MarkupNormaliser(),
              PolicyPiiRedactor.of(PiiPolicy.defaults()),
              chunker,
              embedder,
              new PointWriter(client, collection),
              Clock.systemUTC(),
              new EmbeddingCache(10_000),
              metrics,
              dev.indexer.event.EventLimits.defaults().maxChunks());
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pay-once-test");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("ttd-state").toString());
      ProcessingSettings settings =
          new ProcessingSettings(
              1_000_000, false, Duration.ofMillis(5), Duration.ofMillis(20), () -> false);
      Topics topics = IndexerHarness.TOPICS;
      driver =
          new TopologyTestDriver(
              IndexerTopology.build(
                  topics,
                  new EventDecoder(new InMemoryRegistry()),
                  indexer,
                  settings,
                  FaultListener.NONE),
              props);
      input =
          driver.createInputTopic(
              topics.documents(), new ByteArraySerializer(), new ByteArraySerializer());
      status =
          driver.createOutputTopic(
              topics.status(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    Step publish(String name, String id, long version, String markdown) throws Exception {
      double embedded = metrics.embeddedCount();
      double reused = metrics.reusedCount();
      double cached = metrics.cachedCount();
      int modelCalls = embedder.embeddedCount();
      ObjectNode event =
          (ObjectNode)
              IndexerHarness.JSON.readTree(
                  IndexerHarness.json(
                      "acme", id, "UPSERT", version, markdown, "Title " + id, Map.of()));
      event.put("contentType", "text/markdown");
      input.pipeInput(
          ("acme/" + id).getBytes(StandardCharsets.UTF_8),
          event.toString().getBytes(StandardCharsets.UTF_8));
      List<byte[]> records = status.readValuesToList();
      assertThat(records).as(name).hasSize(1);
      StatusEvent s = JsonSerde.MAPPER.readValue(records.get(0), StatusEvent.class);
      return new Step(
          name,
          s.chunks(),
          (int) (metrics.embeddedCount() - embedded),
          (int) (metrics.reusedCount() - reused),
          (int) (metrics.cachedCount() - cached),
          embedder.embeddedCount() - modelCalls,
          s);
    }

    void delete(String id, long version) throws Exception {
      String event = IndexerHarness.json("acme", id, "DELETE", version, null, null, Map.of());
      input.pipeInput(
          ("acme/" + id).getBytes(StandardCharsets.UTF_8), event.getBytes(StandardCharsets.UTF_8));
      List<byte[]> records = status.readValuesToList();
      assertThat(records).hasSize(1);
      assertThat(JsonSerde.MAPPER.readValue(records.get(0), StatusEvent.class).outcome())
          .isEqualTo(Outcome.DELETED);
    }

    @Override
    public void close() {
      driver.close();
    }
  }
}
