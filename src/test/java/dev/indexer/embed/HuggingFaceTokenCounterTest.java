package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.text.Chunk;
import dev.indexer.text.TextBlock;
import dev.indexer.text.TokenChunker;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled all-MiniLM-L6-v2 tokenizer, counted without its silent 128-token cut. */
class HuggingFaceTokenCounterTest {

  static HuggingFaceTokenCounter counter;

  @BeforeAll
  static void load() {
    counter = HuggingFaceTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
  }

  @AfterAll
  static void close() {
    counter.close();
  }

  @Test
  void countsWordPiecesWithoutSpecialTokens() {
    assertThat(counter.specialTokens()).isEqualTo(2);
    assertThat(counter.count("hello world")).isEqualTo(2);
    assertThat(counter.count("")).isZero();
  }

  @Test
  void countsPastTheModelLimitInsteadOfTruncating() {
    String longText = "token ".repeat(500);
    assertThat(counter.count(longText)).isEqualTo(500);
  }

  @Test
  void chunksOfARealTextNeverExceedTheModelLimit() {
    String text =
        "Qdrant is a vector database. ".repeat(40)
            + "Supercalifragilisticexpialidocious-antidisestablishmentarianism ".repeat(30)
            + "x".repeat(3_000);
    List<Chunk> chunks =
        new TokenChunker(counter, 128, 120, 16).chunk(List.of(TextBlock.text(text)));
    assertThat(chunks).isNotEmpty();
    assertThat(chunks)
        .allSatisfy(c -> assertThat(counter.count(c.text()) + 2).isLessThanOrEqualTo(128));
  }
}
