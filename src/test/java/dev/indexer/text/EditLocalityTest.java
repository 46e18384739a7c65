package dev.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.embed.BertTokenCounter;
import dev.indexer.embed.TokenCounter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pay once: editing one paragraph of a 20-chunk document changes few chunks. A chunk whose identity
 * the old version had keeps its vector (read back from Qdrant), so the chunks counted here are
 * exactly those the indexer embeds. Default settings, real tokenizer.
 */
class EditLocalityTest {

  static final TokenCounter FAST =
      BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
  final TokenChunker chunker = new TokenChunker(FAST, 128, 126, 16);
  final MarkupNormaliser normaliser = new MarkupNormaliser();

  @Test
  void aOneParagraphEditOfATwentyChunkDocumentEmbedsAtMostThreeChunks() {
    IntSummaryStatistics all = new IntSummaryStatistics();
    for (long seed = 1; seed <= 20; seed++) {
      Random r = new Random(seed);
      List<String> paragraphs = new ArrayList<>();
      List<Chunk> before;
      do {
        paragraphs.add(
            paragraphs.size() % 6 == 0
                ? "## Section " + paragraphs.size()
                : Documents.paragraph(r));
        before = chunk(paragraphs);
      } while (before.size() < 20);
      for (int p = 0; p < paragraphs.size(); p++) {
        if (paragraphs.get(p).startsWith("#")) {
          continue;
        }
        List<String> edited = new ArrayList<>(paragraphs);
        edited.set(
            p,
            r.nextBoolean()
                ? paragraphs.get(p) + " " + Documents.sentence(r)
                : paragraphs.get(p).replaceFirst("\\b\\w+\\b", "changed"));
        int n = embedded(before, chunk(edited));
        all.accept(n);
      }
      assertThat(embedded(before, chunk(paragraphs))).as("unchanged").isZero();
    }
    System.out.printf(
        "one-paragraph edits of 20-chunk documents: %d edits, chunks embedded min %d, mean %.2f, max %d%n",
        all.getCount(), all.getMin(), all.getAverage(), all.getMax());
    assertThat(all.getAverage()).isLessThanOrEqualTo(2.0);
    assertThat(all.getMax()).isLessThanOrEqualTo(3);
  }

  private List<Chunk> chunk(List<String> paragraphs) {
    return chunker.chunk(normaliser.normalise(String.join("\n\n", paragraphs), "text/markdown"));
  }

  /**
   * Chunks of the new version whose identity the old version does not have (duplicates counted).
   */
  static int embedded(List<Chunk> before, List<Chunk> after) {
    Map<String, Integer> old = new HashMap<>();
    before.forEach(c -> old.merge(c.identity(), 1, Integer::sum));
    int fresh = 0;
    for (Chunk c : after) {
      Integer n = old.get(c.identity());
      if (n == null || n == 0) {
        fresh++;
      } else {
        old.put(c.identity(), n - 1);
      }
    }
    return fresh;
  }
}
