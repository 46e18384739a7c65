package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.testkit.HashEmbedder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Newest wins (invariant 2) after the manifest of a deleted document was dropped and the instance
 * restarted on empty local state: the drop and the store's marker of drops come back from the
 * changelog, so a late older event of the document reads its fence point and is skipped, on a real
 * broker under exactly-once processing.
 */
class DeletedManifestRestartTest extends BrokerBackedTest {

  static final Duration TIMEOUT = Duration.ofSeconds(120);

  @Test
  void aLateOlderEventAfterTheDropAndARestartIsSkipped() throws Exception {
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 16), 1);
    h.retention =
        new ManifestRetention(
            Duration.ofMillis(500), Duration.ofMillis(100), 100, ManifestRetention.unregistered());
    String text = PipelineEndToEndTest.text(new Random(5), 6);
    h.send(List.of(event("UPSERT", 1L, text), event("DELETE", 4L, null)));
    h.start();
    h.awaitStatuses(TIMEOUT);
    awaitDropped(1);
    // Stopped cleanly: the transaction that dropped the manifest is committed.
    h.stop();
    assertThat(h.fenceReads.get()).isZero();

    h.retention = ManifestRetention.disabled();
    h.send(List.<String[]>of(event("UPSERT", 3L, text)));
    h.start(); // a new, empty state directory: the stores come back from their changelogs
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);

    assertThat(statuses.get(statuses.size() - 1).outcome()).isEqualTo(Outcome.SKIPPED_STALE);
    assertThat(h.fenceReads.get())
        .as("no manifest after the restart, and the marker of drops restored")
        .isEqualTo(1);
    assertThat(h.index()).isEmpty();
    assertThat(h.deadLetters()).isEmpty();
  }

  private void awaitDropped(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (h.retention.dropped().count() < n) {
      assertThat(System.nanoTime()).as("manifests dropped in time").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static String[] event(String op, long version, String content) {
    return new String[] {
      "acme/d1", IndexerHarness.json("acme", "d1", op, version, content, "T", Map.of())
    };
  }
}
