package dev.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.embed.TokenCounter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenChunkerTest {

  /** One token per whitespace-separated word, one per character for words over 10 letters. */
  static final TokenCounter WORDS =
      new TokenCounter() {
        @Override
        public int count(String text) {
          int n = 0;
          for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
              n += w.length() > 10 ? w.length() : 1;
            }
          }
          return n;
        }

        @Override
        public int specialTokens() {
          return 2;
        }
      };

  private static TokenChunker chunker(int target, int overlap) {
    return new TokenChunker(WORDS, target + 2, target, overlap);
  }

  /** One paragraph of text. */
  private static List<TextBlock> paragraph(String text) {
    return List.of(TextBlock.text(text));
  }

  @Test
  void emptyAndWhitespaceTextYieldNoChunks() {
    assertThat(chunker(10, 0).chunk(null)).isEmpty();
    assertThat(chunker(10, 0).chunk(List.of())).isEmpty();
    assertThat(chunker(10, 0).chunk(paragraph(" \n\t  "))).isEmpty();
  }

  @Test
  void packsWholeSentencesUpToTheTarget() {
    List<Chunk> chunks =
        chunker(8, 0)
            .chunk(paragraph("One two three. Four five six. Seven eight nine ten. Eleven."));
    assertThat(chunks)
        .extracting(Chunk::text)
        .containsExactly("One two three. Four five six.", "Seven eight nine ten. Eleven.");
    assertThat(chunks).extracting(Chunk::index).containsExactly(0, 1);
  }

  @Test
  void splitsASentenceLongerThanAChunkAtWordBoundaries() {
    assertThat(chunker(3, 0).chunk(paragraph("a b c d e f g")))
        .extracting(Chunk::text)
        .containsExactly("a b c", "d e f", "g");
  }

  @Test
  void splitsAWordLongerThanAChunkAtCharacterBoundaries() {
    // A 12-letter word counts 12 tokens with the test counter; pieces of 11+ letters count their
    // length, shorter ones 1.
    List<Chunk> chunks = chunker(8, 0).chunk(paragraph("abcdefghijkl"));
    assertThat(chunks).allSatisfy(c -> assertThat(WORDS.count(c.text())).isLessThanOrEqualTo(8));
    assertThat(String.join("", chunks.stream().map(Chunk::text).toList()))
        .isEqualTo("abcdefghijkl");
  }

  @Test
  void repeatsTrailingSentencesAsOverlap() {
    List<Chunk> chunks = chunker(6, 2).chunk(paragraph("A b. C d. E f. G h."));
    assertThat(chunks).extracting(Chunk::text).containsExactly("A b. C d. E f.", "E f. G h.");
  }

  @Test
  void everyChunkFitsAndEveryWordSurvivesInOrder() {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      int len = 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 6);
      for (int j = 0; j < len; j++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append(random.nextInt(8) == 0 ? ". " : " ");
    }
    List<Chunk> chunks = chunker(20, 0).chunk(paragraph(text.toString().strip()));
    assertThat(chunks).allSatisfy(c -> assertThat(WORDS.count(c.text())).isLessThanOrEqualTo(20));
    String letters = text.toString().replaceAll("[^a-z]", "");
    String rejoined =
        String.join("", chunks.stream().map(Chunk::text).toList()).replaceAll("[^a-z]", "");
    assertThat(rejoined).isEqualTo(letters);
  }

  @Test
  void isDeterministic() {
    List<TextBlock> text = paragraph("Same input. Same chunks. Every time, no matter what.");
    assertThat(chunker(5, 1).chunk(text)).isEqualTo(chunker(5, 1).chunk(text));
  }

  @Test
  void rejectsSizesTheModelCannotRead() {
    assertThatThrownBy(() -> new TokenChunker(WORDS, 128, 127, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 126");
    assertThatThrownBy(() -> new TokenChunker(WORDS, 128, 100, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
