package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fence tokens come from the log and the committed manifest, never from Qdrant's state. */
class FenceTokensTest {

  private static Manifest withSeq(long seq) {
    return new Manifest(1L, false, List.of(), null, "m", "p", Instant.EPOCH, seq);
  }

  @Test
  void aNewDocumentsTokenIsItsEventsPosition() {
    assertThat(DocumentIndexer.nextSeq(null, 41)).isEqualTo(42);
  }

  @Test
  void theSameEventGetsTheSameTokenOnWhicheverInstanceProcessesIt() {
    Manifest committed = withSeq(42);
    assertThat(DocumentIndexer.nextSeq(committed, 57))
        .isEqualTo(DocumentIndexer.nextSeq(committed, 57));
    assertThat(DocumentIndexer.nextSeq(committed, 57))
        .isLessThan(DocumentIndexer.nextSeq(withSeq(58), 90));
  }

  @Test
  void aTokenNeverFallsBelowTheManifestsEvenWhenOffsetsStartAgain() {
    assertThat(DocumentIndexer.nextSeq(withSeq(1_000), 3)).isEqualTo(1_001);
    assertThat(DocumentIndexer.nextSeq(withSeq(5), -1)).isEqualTo(6);
  }
}
