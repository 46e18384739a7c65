package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.text.Documents;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The Java WordPiece counter against the native Hugging Face tokenizer: equal on every verified
 * code point and on random text mixing scripts, punctuation, accents, whitespace and controls.
 */
class BertTokenCounterTest {

  static final HuggingFaceTokenCounter NATIVE =
      HuggingFaceTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
  static final TokenCounter FAST =
      BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");

  @AfterContainer
  static void close() {
    NATIVE.close();
  }

  @net.jqwik.api.Example
  void equalOnEveryVerifiedCodePointAloneAndInsideAWord() {
    List<String> mismatches = new ArrayList<>();
    for (int cp = 0; cp < 0x10000; cp++) {
      if (!BertTokenCounter.verified(cp) || Character.isSurrogate((char) cp)) {
        continue;
      }
      String c = new String(Character.toChars(cp));
      for (String text : List.of(c, "ab" + c + "cd", c + c + " x")) {
        if (FAST.count(text) != NATIVE.count(text)) {
          mismatches.add(Integer.toHexString(cp));
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Property(tries = 3000)
  void equalOnRandomMixedText(@ForAll("mixed") String text) {
    assertThat(FAST.count(text)).as(text).isEqualTo(NATIVE.count(text));
  }

  @Property(tries = 300)
  void equalOnAnyTextThroughTheNativeFallback(@ForAll String text) {
    assertThat(FAST.count(text)).isEqualTo(NATIVE.count(text));
  }

  /** The tokenizer deletes control characters, so the words around one are a single word. */
  @net.jqwik.api.Example
  void equalWhereAControlCharacterJoinsAWord() {
    for (String text :
        List.of(
            "un\u0007able",
            "inter\u0000national",
            "fore\uFFFDcast",
            "x\u0001y z",
            "\u0002start end\u0003")) {
      assertThat(FAST.count(text)).as(text).isEqualTo(NATIVE.count(text));
    }
  }

  /** Stream threads share one counter: its word cache must give every thread exact counts. */
  @net.jqwik.api.Example
  void sharedByThreadsItCountsExactly() throws Exception {
    TokenCounter shared = BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
    List<String> texts = new ArrayList<>();
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < 2_000; i++) {
      texts.add(
          Documents.paragraph(r)
              + " w"
              + r.nextInt(100_000)
              + " naïve Привет x"
              + "y".repeat(r.nextInt(120)));
    }
    List<Integer> expected = texts.stream().map(FAST::count).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 500;
        results.add(
            pool.submit(
                () -> {
                  boolean same = true;
                  for (int round = 0; round < 5; round++) {
                    for (int i = 0; i < texts.size(); i++) {
                      int k = (i + offset) % texts.size();
                      same &= shared.count(texts.get(k)) == expected.get(k);
                    }
                  }
                  return same;
                }));
      }
      for (java.util.concurrent.Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<String> words =
        Arbitraries.oneOf(
            Arbitraries.of(
                "the",
                "Tokenizer",
                "embedding",
                "naïve",
                "Ærøskøbing",
                "ÉCOLE",
                "straße",
                "ΣΊΣΥΦΟΣ",
                "Привет",
                "שלום",
                "مرحبا",
                "नमस्ते",
                "漢字かなカナ",
                "한국어",
                "[MASK]",
                "[CLS]x",
                "supercalifragilisticexpialidocious",
                "x".repeat(101),
                "e.g.",
                "3.14",
                "C++",
                "foo_bar",
                "İstanbul",
                "ﬁle",
                "…",
                "—",
                "“quoted”",
                "\t",
                "\n",
                "\u00A0",
                "\u0000",
                "\u200B"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30),
            Arbitraries.strings().withCharRange('\u00C0', '\u024F').ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(5));
    return words.list().ofMaxSize(40).map(l -> String.join(" ", l));
  }
}
