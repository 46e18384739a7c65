package dev.indexer.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.api.SearchConfig;
import dev.indexer.api.SearchResource;
import dev.indexer.auth.Caller;
import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbedderProducer;
import dev.indexer.embed.EmbeddingModel;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.testkit.QdrantConfigs;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.grpc.Points.PointStruct;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recall round on Qdrant local with the real model: the index's recall@10 as a gauge, and the
 * labelled queries searched through the service's own search (tenant filter, PII policy, model).
 */
class RecallMonitorTest {

  static QdrantLocal qdrant;
  static QdrantClient client;
  static Embedder model;

  record Recall(
      boolean enabled,
      Duration interval,
      int k,
      int maxTenants,
      int samplesPerTenant,
      int searchesPerSecond,
      int pointsPerSecond,
      Optional<Path> labelledQueries)
      implements RecallConfig {}

  record Search(Optional<List<String>> filterKeys, int maxQueryLength, int maxConcurrentQueries)
      implements SearchConfig {}

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
    client = qdrant.newClient();
    model = EmbedderProducer.create(EmbeddingModel.ALL_MINILM_L6_V2_Q);
  }

  @AfterAll
  static void stop() {
    model.close();
    client.close();
    qdrant.close();
  }

  @Test
  void aRoundExportsTheIndexRecallAndTheSearchQualityOverLabelledQueries(@TempDir Path dir)
      throws Exception {
    CollectionManager collections =
        new CollectionManager(client, QdrantConfigs.withAlias("labelled"), 1, model);
    collections.ensureCollection();
    Map<String, String[]> documents =
        Map.of(
            "kafka",
                new String[] {"t1", "The Kafka broker stores each partition as a log of offsets."},
            "bread",
                new String[] {"t1", "Bake the bread dough in a hot oven until the crust is brown."},
            "qdrant", new String[] {"t1", "Qdrant scores vectors by cosine similarity."},
            "soup", new String[] {"t2", "A tomato soup simmered with garlic and basil."});
    List<PointStruct> points =
        documents.entrySet().stream()
            .map(e -> point(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();
    client.upsertAsync(collections.collection(), points).get();
    Path file = dir.resolve("queries.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"tenant\":\"t1\",\"query\":\"baking bread in an oven\",\"relevant\":[\"bread\"]}",
            "{\"tenant\":\"t1\",\"query\":\"kafka partitions and offsets\",\"relevant\":[\"kafka\"]}",
            "",
            // Another tenant's document is never found: recall 0, reciprocal rank 0.
            "{\"tenant\":\"t1\",\"query\":\"tomato soup\",\"relevant\":[\"soup\"]}"));
    SearchResource search =
        new SearchResource(
            model,
            PolicyPiiRedactor.of(PiiPolicy.defaults()),
            client,
            collections,
            null,
            null,
            new Search(Optional.empty(), 1000, 4));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RecallMonitor monitor =
        new RecallMonitor(
            new Recall(true, Duration.ofHours(1), 2, 10, 10, 1000, 10_000, Optional.of(file)),
            client,
            collections.collection(),
            LabelledQueries.read(file),
            (caller, query, limit) -> search.search(caller, query, limit, null),
            registry);
    assertThat(gauge(registry, "indexer.index.recall")).isNaN();

    RecallMonitor.Report report = monitor.measure();

    assertThat(report.index().recall()).isEqualTo(1.0);
    assertThat(report.index().queries()).isEqualTo(4);
    assertThat(report.search().queries()).isEqualTo(3);
    assertThat(report.search().recall()).isCloseTo(2.0 / 3, within());
    assertThat(report.search().mrr()).isCloseTo(2.0 / 3, within());
    assertThat(gauge(registry, "indexer.index.recall")).isEqualTo(1.0);
    assertThat(gauge(registry, "indexer.search.recall")).isCloseTo(2.0 / 3, within());
    assertThat(gauge(registry, "indexer.search.mrr")).isCloseTo(2.0 / 3, within());
    assertThat(registry.get("indexer.recall.rounds").timer().count()).isEqualTo(1);
    assertThat(monitor.last()).contains(report);
  }

  @Test
  void recallAndReciprocalRankCountDocumentsAtTheirBestRank() throws Exception {
    LabelledQueries queries =
        new LabelledQueries(List.of(new LabelledQueries.Labelled("t", "q", List.of("b", "c"))));
    // Chunks of a twice, then b: documents a, b in that order; c is never found.
    LabelledQueries.Quality q =
        queries.evaluate(
            (Caller caller, String query, int limit) -> List.of(hit("a"), hit("a"), hit("b")), 3);
    assertThat(q.recall()).isEqualTo(0.5);
    assertThat(q.mrr()).isEqualTo(0.5);
  }

  @Test
  void aMalformedLineIsRefusedByItsNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("q.jsonl");
    Files.writeString(file, "{\"tenant\":\"t\",\"query\":\"q\",\"relevant\":[]}\n{\"tenant\":1}\n");
    assertThatThrownBy(() -> LabelledQueries.read(file))
        .hasMessageContaining("indexer.monitor.recall.labelled-queries")
        .hasMessageContaining("line 2");
  }

  private static dev.indexer.api.SearchHit hit(String document) {
    return new dev.indexer.api.SearchHit(
        "id", 1f, "t", document, null, null, 0L, null, Map.of(), "m");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static PointStruct point(String document, String tenant, String text) {
    return PointStruct.newBuilder()
        .setId(PointIdFactory.id(UUID.nameUUIDFromBytes(document.getBytes())))
        .setVectors(VectorsFactory.vectors(model.embed(List.of(text)).get(0)))
        .putAllPayload(
            Map.of(
                PayloadFields.TENANT, ValueFactory.value(tenant),
                PayloadFields.DOCUMENT_ID, ValueFactory.value(document),
                PayloadFields.TEXT, ValueFactory.value(text)))
        .build();
  }

  private static double gauge(SimpleMeterRegistry registry, String name) {
    return registry.get(name).gauge().value();
  }
}
