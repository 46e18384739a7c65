package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.indexer.api.SearchConfig;
import dev.indexer.api.SearchHit;
import dev.indexer.api.SearchResource;
import dev.indexer.auth.Caller;
import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbedderProducer;
import dev.indexer.embed.EmbeddingModel;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.GenerationSettings;
import dev.indexer.testkit.QdrantConfigs;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blue/green re-indexing on a real broker, Qdrant local and two real models: documents indexed with
 * model A, a second generation built with model B from the same topic while updates and deletes
 * keep flowing, promoted, rolled back; both generations equal the oracle, and no search during the
 * whole run comes back empty or answered from two generations at once.
 */
class GenerationLifecycleTest {

  static QdrantLocal qdrant;
  static Embedder modelA;
  static Embedder modelB;

  record Search(Optional<List<String>> filterKeys, int maxQueryLength, int maxConcurrentQueries)
      implements SearchConfig {}

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
    modelA = EmbedderProducer.create(EmbeddingModel.ALL_MINILM_L6_V2_Q);
    modelB = EmbedderProducer.create(EmbeddingModel.BGE_SMALL_EN_V15_Q);
  }

  @AfterAll
  static void stop() {
    modelA.close();
    modelB.close();
    qdrant.close();
  }

  /** What a search saw: how many hits, from which models. */
  record Seen(int hits, Set<String> models) {}

  @Test
  void aGenerationOfAnotherModelIsBuiltPromotedAndRolledBackWhileUpdatesFlow() throws Exception {
    Random random = new Random(18);
    PipelineEndToEndTest.Oracle oracle = new PipelineEndToEndTest.Oracle();
    for (int i = 0; i < 500; i++) {
      oracle.upsert("d" + i, 1L, PipelineEndToEndTest.text(random, 2));
    }
    try (StreamsHarness live = new StreamsHarness(qdrant, modelA, 3)) {
      CollectionManager first =
          new CollectionManager(live.client, QdrantConfigs.withAlias(live.collection), 1, modelA);
      first.ensureGeneration(built(modelA, live.applicationId));
      live.send(oracle.events);
      int sent = oracle.events.size();
      live.start();
      live.awaitStatuses(Duration.ofMinutes(3));
      assertThat(live.index()).isEqualTo(oracle.expectedIndex(live));

      SearchResource search =
          new SearchResource(
              modelA,
              PolicyPiiRedactor.of(PiiPolicy.defaults()),
              live.client,
              first,
              null,
              null,
              new Search(Optional.empty(), 1000, 8));
      List<Seen> seen = new CopyOnWriteArrayList<>();
      AtomicBoolean searching = new AtomicBoolean(true);
      Thread searcher = searcher(search, seen, searching);
      searcher.start();

      try (StreamsHarness second = new StreamsHarness(live, modelB, 2)) {
        new CollectionManager(live.client, QdrantConfigs.withAlias(live.collection), 2, modelB)
            .ensureGeneration(built(modelB, second.applicationId));
        second.start();
        sent = sendChanges(live, oracle, random, sent, 0, 120);

        Generations generations = generations(first, live);
        awaitCaughtUp(generations, second.applicationId);
        awaitCaughtUp(generations, live.applicationId);
        assertThat(second.index()).isEqualTo(oracle.expectedIndex(second));

        Generations.Promotion promotion = generations.promote(2, false);
        assertThat(promotion.previous()).contains(1);
        assertThat(search.search(Caller.admin("ops"), "a question", 5, null))
            .isNotEmpty()
            .allSatisfy(h -> assertThat(h.model()).isEqualTo(modelB.modelId()));
        assertFindsItsOwnText(search, second, "d499");

        // Both generations keep following the topic: a rollback has nothing stale.
        sent = sendChanges(live, oracle, random, sent, 120, 200);
        awaitCaughtUp(generations, second.applicationId);
        awaitCaughtUp(generations, live.applicationId);
        assertThat(second.index()).isEqualTo(oracle.expectedIndex(second));
        assertThat(live.index()).isEqualTo(oracle.expectedIndex(live));

        Generations.Promotion rollback = generations.promote(1, false);
        assertThat(rollback.previous()).contains(2);
        assertThat(search.search(Caller.admin("ops"), "a question", 5, null))
            .isNotEmpty()
            .allSatisfy(h -> assertThat(h.model()).isEqualTo(modelA.modelId()));
        assertFindsItsOwnText(search, live, "d499");
        generations.close();
      } finally {
        searching.set(false);
        searcher.join(10_000);
      }
      assertThat(seen).hasSizeGreaterThan(20);
      assertThat(seen)
          .as("no search came back empty")
          .allSatisfy(s -> assertThat(s.hits()).isPositive());
      assertThat(seen)
          .as("no search mixed two generations")
          .allSatisfy(s -> assertThat(s.models()).hasSize(1));
      assertThat(seen.stream().flatMap(s -> s.models().stream()).collect(Collectors.toSet()))
          .as("searches answered from both generations during the run")
          .containsExactlyInAnyOrder(modelA.modelId(), modelB.modelId());
    }
  }

  /**
   * A search for a chunk's own text finds that chunk first, nearly identical: the query was
   * embedded by the model that embedded the chunks (another model's vector would land anywhere).
   */
  private static void assertFindsItsOwnText(SearchResource search, StreamsHarness h, String id)
      throws Exception {
    String text = h.index().get("acme/" + id).get(0);
    List<SearchHit> hits = search.search(Caller.admin("ops"), text, 1, null);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).documentId()).isEqualTo(id);
    assertThat(hits.get(0).score()).isGreaterThan(0.95f);
  }

  private static GenerationSettings built(Embedder model, String applicationId) {
    return new GenerationSettings(
        model.modelId(), model.dimension(), "Cosine", "", "", applicationId);
  }

  private static Generations generations(CollectionManager collections, StreamsHarness live) {
    Map<String, Object> admin =
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, live.kafka.bootstrapServers());
    return new Generations(
        collections,
        () -> Optional.of(admin),
        live.topics.documents(),
        new SimpleMeterRegistry(),
        Duration.ZERO,
        live.applicationId);
  }

  private static void awaitCaughtUp(Generations generations, String applicationId) {
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> generations.progressOf(applicationId).map(p -> p.lag() == 0).orElse(false));
  }

  /** Updates and deletes of documents {@code from} to {@code to}, sent one at a time. */
  private static int sendChanges(
      StreamsHarness live,
      PipelineEndToEndTest.Oracle oracle,
      Random random,
      int sent,
      int from,
      int to)
      throws InterruptedException {
    for (int i = from; i < to; i++) {
      if (i % 4 == 3) {
        oracle.delete("d" + i, 2L);
      } else {
        oracle.upsert("d" + i, 2L, PipelineEndToEndTest.text(random, 3));
      }
      live.send(new ArrayList<>(oracle.events.subList(sent, oracle.events.size())));
      sent = oracle.events.size();
      Thread.sleep(10);
    }
    return sent;
  }

  private static Thread searcher(SearchResource search, List<Seen> seen, AtomicBoolean searching) {
    Thread t =
        new Thread(
            () -> {
              int i = 0;
              while (searching.get()) {
                try {
                  List<SearchHit> hits =
                      search.search(Caller.admin("ops"), "question number " + i++, 5, null);
                  seen.add(
                      new Seen(
                          hits.size(),
                          hits.stream().map(SearchHit::model).collect(Collectors.toSet())));
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  seen.add(new Seen(0, Set.of("failed: " + e.getClass().getSimpleName())));
                }
              }
            },
            "searcher");
    t.setDaemon(true);
    return t;
  }
}
