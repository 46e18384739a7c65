package dev.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceChunkerTest {

  @Test
  void emptyAndWhitespaceTextYieldNoChunks() {
    SentenceChunker chunker = new SentenceChunker(10);
    assertThat(chunker.chunk(null)).isEmpty();
    assertThat(chunker.chunk("")).isEmpty();
    assertThat(chunker.chunk(" \n\t  ")).isEmpty();
  }

  @Test
  void packsWholeSentencesUpToTheLimit() {
    SentenceChunker chunker = new SentenceChunker(8);
    List<Chunk> chunks =
        chunker.chunk("One two three. Four five six. Seven eight nine ten. Eleven.");
    assertThat(chunks)
        .extracting(Chunk::text)
        .containsExactly("One two three. Four five six.", "Seven eight nine ten. Eleven.");
    assertThat(chunks).extracting(Chunk::index).containsExactly(0, 1);
  }

  @Test
  void splitsASentenceLongerThanTheLimitAtWordBoundaries() {
    SentenceChunker chunker = new SentenceChunker(3);
    List<Chunk> chunks = chunker.chunk("a b c d e f g");
    assertThat(chunks).extracting(Chunk::text).containsExactly("a b c", "d e f", "g");
  }

  @Test
  void everyWordOfTheInputIsInSomeChunkInOrder() {
    String text = "Alpha beta. Gamma delta epsilon! Zeta eta theta iota? Kappa lambda mu nu xi.";
    List<Chunk> chunks = new SentenceChunker(4).chunk(text);
    String rejoined = String.join(" ", chunks.stream().map(Chunk::text).toList());
    assertThat(rejoined.split("\\s+")).containsExactly(text.split("\\s+"));
    assertThat(chunks).allSatisfy(c -> assertThat(c.text().split("\\s+").length).isLessThanOrEqualTo(4));
  }

  @Test
  void isDeterministic() {
    String text = "Same input. Same chunks. Every time, no matter what.";
    assertThat(new SentenceChunker(5).chunk(text)).isEqualTo(new SentenceChunker(5).chunk(text));
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> new SentenceChunker(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
