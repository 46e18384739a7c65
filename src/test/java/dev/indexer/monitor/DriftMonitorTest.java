package dev.indexer.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbedderProducer;
import dev.indexer.embed.EmbeddingModel;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.testkit.QdrantConfigs;
import dev.indexer.testkit.Sentences;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qdrant.client.QdrantClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drift gauges with the real models: the reference of a generation is taken from the first vectors
 * it indexes and recorded in its collection; vectors of the same model and corpus stay close to it,
 * vectors of another model, or of other content, do not. The measured figures are printed (and
 * quoted in BENCHMARKS.md).
 */
class DriftMonitorTest {

  static final int REFERENCE = 200;
  static final int WINDOW = 200;

  static QdrantLocal qdrant;
  static QdrantClient client;
  static Embedder modelA;
  static Embedder modelB;

  record Config(boolean enabled, int referenceSize, int window, int minVectors)
      implements DriftConfig {}

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
    client = qdrant.newClient();
    modelA = EmbedderProducer.create(EmbeddingModel.ALL_MINILM_L6_V2_Q);
    modelB = EmbedderProducer.create(EmbeddingModel.BGE_SMALL_EN_V15_Q);
  }

  @AfterAll
  static void stop() {
    modelA.close();
    modelB.close();
    client.close();
    qdrant.close();
  }

  @Test
  void sameModelAndCorpusStaysNearZeroAnotherModelOrOtherContentDoesNot() {
    CollectionManager collections =
        new CollectionManager(client, QdrantConfigs.withAlias("drift"), 1, modelA);
    collections.ensureCollection();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DriftMonitor monitor =
        new DriftMonitor(collections, modelA, new Config(true, REFERENCE, WINDOW, 100), registry);
    monitor.onStart(null);
    assertThat(gauge(registry, "indexer.drift.centroid.distance")).isNaN();

    index(monitor, modelA, texts(new Random(1), REFERENCE));
    await().atMost(Duration.ofSeconds(20)).until(() -> monitor.reference().isPresent());
    assertThat(collections.metadata(collections.collection(), DriftMonitor.REFERENCE_KEY))
        .isPresent();

    Drift same = drift(monitor, registry, modelA, texts(new Random(2), WINDOW));
    Drift model = drift(monitor, registry, modelB, texts(new Random(2), WINDOW));
    Drift content = drift(monitor, registry, modelA, kitchen(new Random(3), WINDOW));
    System.out.printf(
        "drift (centroid distance, norm change, pairwise cosine change): same model and corpus"
            + " %s; other model %s; other content %s%n",
        same, model, content);

    assertThat(same.centroid()).isLessThan(0.02);
    assertThat(Math.abs(same.pairwise())).isLessThan(0.02);
    assertThat(model.centroid()).isGreaterThan(10 * same.centroid()).isGreaterThan(0.1);
    assertThat(content.centroid()).isGreaterThan(10 * same.centroid()).isGreaterThan(0.1);
    assertThat(Math.abs(model.pairwise())).isGreaterThan(5 * Math.abs(same.pairwise()));

    // A restart (or another replica) compares with the recorded reference, not a new one.
    DriftMonitor restarted =
        new DriftMonitor(
            collections,
            modelA,
            new Config(true, REFERENCE, WINDOW, 100),
            new SimpleMeterRegistry());
    restarted.onStart(null);
    await().atMost(Duration.ofSeconds(10)).until(() -> restarted.reference().isPresent());
    assertThat(restarted.reference().get().centroid())
        .containsExactly(monitor.reference().get().centroid());
    assertThat(restarted.reference().get().size()).isEqualTo(REFERENCE);
    monitor.onStop(null);
    restarted.onStop(null);
  }

  @Test
  void chunksPerDocumentAreSummarised() {
    CollectionManager collections =
        new CollectionManager(client, QdrantConfigs.withAlias("chunks"), 1, modelA);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DriftMonitor monitor =
        new DriftMonitor(collections, modelA, new Config(true, 10, 10, 2), registry);
    monitor.indexed(List.of(new float[384], new float[384], new float[384]));
    monitor.indexed(List.of(new float[384]));

    var summary = registry.get("indexer.document.chunks").summary();
    assertThat(summary.count()).isEqualTo(2);
    assertThat(summary.totalAmount()).isEqualTo(4);
    assertThat(summary.max()).isEqualTo(3);
  }

  /** The three gauges after the window was filled with these texts' vectors. */
  record Drift(double centroid, double norm, double pairwise) {
    @Override
    public String toString() {
      return String.format("%.4f, %.4f, %+.4f", centroid, norm, pairwise);
    }
  }

  private static Drift drift(
      DriftMonitor monitor, SimpleMeterRegistry registry, Embedder model, List<String> texts) {
    index(monitor, model, texts);
    assertThat(gauge(registry, "indexer.drift.window.vectors")).isEqualTo(WINDOW);
    return new Drift(
        gauge(registry, "indexer.drift.centroid.distance"),
        gauge(registry, "indexer.drift.norm.change"),
        gauge(registry, "indexer.drift.pairwise.cosine.change"));
  }

  /** Documents of one to three chunks, as the pipeline hands them over. */
  private static void index(DriftMonitor monitor, Embedder model, List<String> texts) {
    List<float[]> vectors = model.embed(texts);
    for (int i = 0; i < vectors.size(); ) {
      int n = Math.min(1 + i % 3, vectors.size() - i);
      monitor.indexed(new ArrayList<>(vectors.subList(i, i + n)));
      i += n;
    }
  }

  private static List<String> texts(Random random, int n) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(Sentences.text(random, 2));
    }
    return texts;
  }

  private static List<String> kitchen(Random random, int n) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(Sentences.text(random, 2, Sentences.KITCHEN));
    }
    return texts;
  }

  private static double gauge(SimpleMeterRegistry registry, String name) {
    return registry.get(name).gauge().value();
  }
}
