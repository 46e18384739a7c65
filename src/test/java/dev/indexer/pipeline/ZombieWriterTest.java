package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.testkit.HashEmbedder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Invariant 9, fenced writes: a writer that lost its partition while its Qdrant writes were held up
 * (a zombie) can never overwrite or delete what the partition's new owner wrote. Instance A's
 * writes are held until its partition has moved to instance B and B has processed a newer version
 * (or a delete) of the same document; then A's writes are let through. The final Qdrant state must
 * be B's: the newest version wins in Qdrant, not only in the manifest.
 */
class ZombieWriterTest extends BrokerBackedTest {

  static final Duration TIMEOUT = Duration.ofSeconds(120);

  @AfterEach
  void releaseHeldWrites() {
    if (h != null) {
      h.releaseWrites();
    }
  }

  @Test
  void aZombiesLateUpdateLosesToTheNewOwnersNewerVersion() throws Exception {
    Random r = new Random(11);
    String v3 = PipelineEndToEndTest.text(r, 2);
    run(
        r,
        new String[] {"acme/z", IndexerHarness.json("acme", "z", "UPSERT", 3L, v3, "T", Map.of())});
    assertThat(h.index()).isEqualTo(Map.of("acme/z", h.expected(v3)));
  }

  @Test
  void aZombiesLateUpdateDoesNotBringBackADocumentTheNewOwnerDeleted() throws Exception {
    run(
        new Random(12),
        new String[] {
          "acme/z", IndexerHarness.json("acme", "z", "DELETE", 3L, null, null, Map.of())
        });
    assertThat(h.index()).isEmpty();
  }

  /**
   * A indexes version 1, then holds version 2's writes; B takes the partition over (A's stream
   * thread, stuck, is expelled from the group once its poll interval passes, and its transaction is
   * aborted once it times out), processes version 2 again and then {@code newest}. Then A's writes
   * of version 2 go through.
   */
  private void run(Random r, String[] newest) throws Exception {
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 16), 1);
    h.maxPollIntervalMs = 6_000;
    h.transactionTimeoutMs = 5_000;
    String v1 = PipelineEndToEndTest.text(r, 12);
    String v2 = PipelineEndToEndTest.text(r, 9);
    h.send(
        List.<String[]>of(
            new String[] {
              "acme/z", IndexerHarness.json("acme", "z", "UPSERT", 1L, v1, "T", Map.of())
            }));
    h.start();
    h.awaitStatuses(TIMEOUT);
    assertThat(h.index()).isEqualTo(Map.of("acme/z", h.expected(v1)));

    h.holdWrites(0);
    h.send(
        List.<String[]>of(
            new String[] {
              "acme/z", IndexerHarness.json("acme", "z", "UPSERT", 2L, v2, "T", Map.of())
            }));
    h.awaitHeldWrite(TIMEOUT);
    h.send(List.<String[]>of(newest));
    h.start(); // instance B
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(3);
    Map<String, List<String>> byB = h.index();

    h.releaseWrites();
    h.awaitHeldWritesDone(TIMEOUT);
    assertThat(h.index()).as("Qdrant after the zombie's writes").isEqualTo(byB);
  }
}
