package dev.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.embed.BertTokenCounter;
import dev.indexer.embed.HuggingFaceTokenCounter;
import dev.indexer.embed.TokenCounter;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The chunker's invariants with the real all-MiniLM-L6-v2 tokenizer, over random and adversarial
 * documents: every chunk, heading context and special tokens included, fits the model's 128 tokens
 * (checked with the native tokenizer); no chunk's text or heading path exceeds the character bound;
 * every sentence of the input is in some chunk, in document order; no chunk is blank; the same
 * input gives the same chunks.
 */
class TokenChunkerPropertiesTest {

  static final int LIMIT = 128;
  static final HuggingFaceTokenCounter NATIVE =
      HuggingFaceTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
  static final TokenCounter FAST =
      BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
  static final MarkupNormaliser NORMALISER = new MarkupNormaliser();

  @AfterContainer
  static void close() {
    NATIVE.close();
  }

  @Property(tries = 150)
  void randomMarkdownKeepsTheInvariants(
      @ForAll("seeds") long seed, @ForAll("sizes") int size, @ForAll("overlaps") int overlap) {
    String md = Documents.markdown(new Random(seed), 1 + (int) (seed % 12 + 12) % 12);
    check(
        NORMALISER.normalise(md, "text/markdown"),
        new TokenChunker(FAST, LIMIT, size, Math.min(overlap, size - 1)));
  }

  @Property(tries = 150)
  void randomTextInAnyScriptKeepsTheInvariants(@ForAll("anyText") String text) {
    check(NORMALISER.normalise(text, "text/plain"), new TokenChunker(FAST, LIMIT, 126, 16));
    check(
        NORMALISER.normalise("# " + text + "\n\n" + text, "text/markdown"),
        new TokenChunker(FAST, LIMIT, 126, 16));
  }

  @Example
  void adversarialDocumentsKeepTheInvariants() {
    TokenChunker chunker = new TokenChunker(FAST, LIMIT, 126, 16);
    Random r = new Random(7);
    StringBuilder line = new StringBuilder();
    while (line.length() < 5_000_000) {
      String s = Documents.sentence(r);
      line.append(s, 0, s.length() - 1).append(" ");
    }
    check(NORMALISER.normalise(line.toString(), "text/plain"), chunker);
    check(
        NORMALISER.normalise(
            "ab".repeat(40) + "漢".repeat(3000) + " " + "x1-".repeat(3000), "text/plain"),
        chunker);
    check(
        NORMALISER.normalise(
            "<div>".repeat(10_000) + "<p>deep. text.</p>" + "</div>".repeat(10_000), "text/html"),
        chunker);
    check(
        NORMALISER.normalise(
            ">".repeat(10_000)
                + " quoted\n\n"
                + "- ".repeat(5_000)
                + "listed\n\n"
                + "[".repeat(10_000)
                + "*".repeat(10_000),
            "text/markdown"),
        chunker);
    check(
        NORMALISER.normalise(
            "# unclosed **bold [link( `code\n```\nnever closed\n"
                + "| a | b\n|--|\n| x |".repeat(100),
            "text/markdown"),
        chunker);
    check(
        NORMALISER.normalise(
            "#".repeat(7)
                + " x\n"
                + "# "
                + "long heading ".repeat(200)
                + "\n\nBody. ".repeat(50)
                + "\n```\n"
                + "code ".repeat(500),
            "text/markdown"),
        chunker);
    check(
        NORMALISER.normalise(
            "שלום עולם. مرحبا بالعالم؟ \u202Eabc\u202C नमस्ते। 你好。 \u200B\u200D\uFEFF\u0007 ok. "
                .repeat(300),
            "text/plain"),
        chunker);
  }

  /**
   * WordPiece reads any word over 100 characters as one [UNK], so a 5 MB word is "one token": the
   * character bound still cuts it into many small chunks, each within the token limit, which
   * together hold the word, in order.
   */
  @Example
  void aFiveMegabyteWordBecomesManySmallChunks() {
    TokenChunker chunker = new TokenChunker(FAST, LIMIT, 126, 16);
    Random r = new Random(11);
    StringBuilder word = new StringBuilder(5_000_000);
    while (word.length() < 5_000_000) {
      word.append((char) ('a' + r.nextInt(26)));
    }
    List<Chunk> chunks = chunker.chunk(NORMALISER.normalise(word.toString(), "text/plain"));
    assertThat(chunks).hasSizeGreaterThanOrEqualTo(5_000_000 / chunker.maxChars());
    assertThat(chunks)
        .allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(chunker.maxChars()));
    assertThat(String.join("", chunks.stream().map(Chunk::text).toList()))
        .isEqualTo(word.toString());
    check(NORMALISER.normalise(word.toString(), "text/plain"), chunker);
    System.out.printf(
        "a 5 MB word: %d chunks of at most %d characters%n", chunks.size(), chunker.maxChars());
  }

  @Example
  void longWordsInAnyScriptAmongProseStayWithinBothBounds() {
    TokenChunker chunker = new TokenChunker(FAST, LIMIT, 64, 16);
    String cyrillic = "привет".repeat(20_000);
    String emoji = "a\uD83D\uDE00".repeat(20_000); // counted by the native tokenizer
    String combining = "e\u0301".repeat(20_000);
    for (String word : List.of(cyrillic, emoji, combining)) {
      String md =
          "# Title " + word.substring(0, 3000) + "\n\nBefore it. " + word + " After it.\n\n" + word;
      check(NORMALISER.normalise(md, "text/markdown"), chunker);
      List<Chunk> chunks = chunker.chunk(NORMALISER.normalise(word, "text/plain"));
      assertThat(String.join("", chunks.stream().map(Chunk::text).toList())).isEqualTo(word);
    }
  }

  @Example
  void sameInputSameChunks() {
    List<TextBlock> md =
        NORMALISER.normalise(Documents.markdown(new Random(3), 10), "text/markdown");
    assertThat(new TokenChunker(FAST, LIMIT, 126, 16).chunk(md))
        .isEqualTo(new TokenChunker(FAST, LIMIT, 126, 16).chunk(md));
  }

  static void check(List<TextBlock> normalised, TokenChunker chunker) {
    List<Chunk> chunks = chunker.chunk(normalised);
    for (int i = 0; i < chunks.size(); i++) {
      Chunk c = chunks.get(i);
      assertThat(c.index()).isEqualTo(i);
      assertThat(c.text()).isNotBlank();
      assertThat(c.text().length())
          .as("characters of chunk %d", i)
          .isLessThanOrEqualTo(chunker.maxChars());
      assertThat(c.headingPath().length())
          .as("heading path of chunk %d", i)
          .isLessThanOrEqualTo(chunker.maxChars());
      assertThat(NATIVE.count(c.embedText()) + NATIVE.specialTokens())
          .as("tokens of chunk %d", i)
          .isLessThanOrEqualTo(LIMIT);
      // The count the chunk carries (an embedder bounds its requests with it) is the tokenizer's.
      assertThat(c.tokens())
          .as("counted tokens of chunk %d", i)
          .isEqualTo(NATIVE.count(c.embedText()));
    }
    // Every sentence is in a chunk at or after the chunk of the sentence before it.
    int at = 0;
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    for (TextBlock block : normalised) {
      List<String> units =
          switch (block.kind()) {
            case CODE -> List.of(block.text().split("\n"));
            case TEXT -> sentences(block.text(), it);
            default -> List.of(block.text()); // headings and table rows are kept whole
          };
      for (String unit : units) {
        String s = unit.strip();
        if (s.isEmpty()) {
          continue;
        }
        int found = find(chunks, at, s);
        if (found < 0) {
          // Longer than a chunk: its words are in the chunks from where the search stands (the
          // search does not advance, since the same words may come again later in the document).
          for (String word : s.split("(?U)\\s+")) {
            String w = word.length() > 20 ? word.substring(0, 20) : word;
            assertThat(find(chunks, at, w))
                .as("word %s of a long sentence", w)
                .isGreaterThanOrEqualTo(0);
          }
        } else {
          at = found;
        }
      }
    }
  }

  private static int find(List<Chunk> chunks, int from, String s) {
    for (int i = from; i < chunks.size(); i++) {
      if (chunks.get(i).text().contains(s)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> sentences(String text, BreakIterator it) {
    it.setText(text);
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
      out.add(text.substring(s, e));
    }
    return out;
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, 1_000_000);
  }

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.of(8, 24, 64, 126);
  }

  @Provide
  Arbitrary<Integer> overlaps() {
    return Arbitraries.of(0, 4, 16, 40);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars(' ', '.', '!', '?', '\n')
                .ofMaxLength(300),
            Arbitraries.of(
                "漢字。",
                "مرحبا؟",
                "नमस्ते।",
                "Ωμέγα.",
                "\u200B",
                "\u0000",
                "x".repeat(300),
                "[MASK]",
                "e.g. Dr. X."))
        .list()
        .ofMaxSize(30)
        .map(l -> String.join(" ", l));
  }
}
