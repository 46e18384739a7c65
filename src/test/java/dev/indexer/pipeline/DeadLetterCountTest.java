package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.ops.IndexerHealth;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every event the processor dead-letters is reported with its reason, once, and nothing else is;
 * the health bean counts the reports as {@code indexer.dead.letters} by reason.
 */
class DeadLetterCountTest {

  @Test
  void eachRejectionIsReportedWithItsReason() throws Exception {
    try (QdrantLocal qdrant = QdrantLocal.start()) {
      IndexerHarness h = new IndexerHarness(qdrant);
      try {
        h.upsert("good", 1L, "Some text.");
        h.send("bad", "{not json");
        h.send(
            "other", IndexerHarness.json("acme", "x", "UPSERT", 1L, "t", "T", java.util.Map.of()));

        assertThat(h.rejections).containsExactly(Reason.UNDECODABLE, Reason.KEY_MISMATCH);
      } finally {
        h.stop();
      }
    }
  }

  @Test
  void theHealthBeanCountsThemByReasonFromZero() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    IndexerHealth health = new IndexerHealth(registry);
    ProcessingGate gate = new ProcessingGate(List.of(), health);

    gate.rejected(Reason.UNDECODABLE);
    gate.rejected(Reason.UNDECODABLE);
    gate.rejected(Reason.TOO_MANY_CHUNKS);

    assertThat(registry.get("indexer.dead.letters").tag("reason", "UNDECODABLE").counter().count())
        .isEqualTo(2);
    assertThat(
            registry.get("indexer.dead.letters").tag("reason", "TOO_MANY_CHUNKS").counter().count())
        .isEqualTo(1);
    assertThat(
            registry.get("indexer.dead.letters").tag("reason", "MISSING_TENANT").counter().count())
        .isZero();
    gate.close();
  }
}
