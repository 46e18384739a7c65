package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.GenerationSettings;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.QdrantConfigs;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qdrant.client.QdrantClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A generation replaced by a promotion is kept for the retention time, for a rollback; after it,
 * and once its pipeline has stopped, the live generation's service deletes it.
 */
class RetiredGenerationsTest {

  private static Generations generations(CollectionManager collections, Duration retention) {
    return new Generations(
        collections,
        Optional::empty,
        "documents",
        new SimpleMeterRegistry(),
        Duration.ZERO,
        "app-v2",
        retention);
  }

  @Test
  void aRetiredGenerationIsDeletedOnlyAfterTheRetentionAndOnceItsPipelineHasStopped() {
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      new CollectionManager(client, QdrantConfigs.withAlias("keep"), 1, new HashEmbedder(8, 64))
          .ensureGeneration(new GenerationSettings("hash-8", 8, "Cosine", "t=10", "pii-1", "app"));
      CollectionManager second =
          new CollectionManager(
              client, QdrantConfigs.withAlias("keep"), 2, new HashEmbedder(8, 64));
      second.ensureGeneration(
          new GenerationSettings("hash-8", 8, "Cosine", "t=20", "pii-1", "app-v2"));
      Generations generations = generations(second, Duration.ofDays(1));
      Instant promoted = Instant.parse("2026-01-01T00:00:00Z");
      second.promote(2, promoted);

      Instant later = promoted.plus(Duration.ofDays(2));
      assertThat(generations.sweepRetired(promoted.plus(Duration.ofHours(1)), app -> false))
          .as("within the retention")
          .isEmpty();
      assertThat(generations.sweepRetired(later, app -> app.equals("app")))
          .as("its pipeline still runs")
          .isEmpty();
      assertThat(second.generations()).containsOnlyKeys(1, 2);

      assertThat(generations.sweepRetired(later, app -> false))
          .as("stopped at one look only: a pod may be restarting")
          .isEmpty();
      assertThat(generations.sweepRetired(later, app -> app.equals("app")))
          .as("running again")
          .isEmpty();
      assertThat(generations.sweepRetired(later, app -> false)).isEmpty();
      assertThat(generations.sweepRetired(later, app -> false))
          .as("stopped at two looks in a row")
          .containsExactly(1);
      assertThat(second.generations()).containsOnlyKeys(2);
      assertThat(second.liveCollection()).contains("keep_v2");
    }
  }

  @Test
  void withoutARetentionNothingIsDeletedAndANeverPromotedGenerationIsNotRetired() {
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      CollectionManager first =
          new CollectionManager(
              client, QdrantConfigs.withAlias("kept"), 1, new HashEmbedder(8, 64));
      first.ensureGeneration(new GenerationSettings("hash-8", 8, "Cosine", "t=10", "pii-1", "app"));
      CollectionManager second =
          new CollectionManager(
              client, QdrantConfigs.withAlias("kept"), 2, new HashEmbedder(8, 64));
      second.ensureGeneration(
          new GenerationSettings("hash-8", 8, "Cosine", "t=20", "pii-1", "app-v2"));
      Instant far = Instant.parse("2100-01-01T00:00:00Z");
      assertThat(generations(first, Duration.ofDays(1)).sweepRetired(far, app -> false))
          .as("generation 2 is being built, never live: not retired")
          .isEmpty();
      second.promote(2, Instant.parse("2026-01-01T00:00:00Z"));
      assertThat(generations(second, Duration.ZERO).sweepRetired(far, app -> false)).isEmpty();
      assertThat(second.generations()).containsOnlyKeys(1, 2);
    }
  }
}
