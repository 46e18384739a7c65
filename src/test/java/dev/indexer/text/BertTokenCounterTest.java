package dev.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;

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

  static final HuggingFaceTokenCounter NATIVE = HuggingFaceTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
  static final TokenCounter FAST = BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");

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

  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<String> words =
        Arbitraries.oneOf(
            Arbitraries.of("the", "Tokenizer", "embedding", "naïve", "Ærøskøbing", "ÉCOLE", "straße", "ΣΊΣΥΦΟΣ",
                "Привет", "שלום", "مرحبا", "नमस्ते", "漢字かなカナ", "한국어", "[MASK]", "[CLS]x", "supercalifragilisticexpialidocious",
                "x".repeat(101), "e.g.", "3.14", "C++", "foo_bar", "İstanbul", "ﬁle", "…", "—", "“quoted”", "\t", "\n", "\u00A0", "\u0000", "\u200B"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30),
            Arbitraries.strings().withCharRange('\u00C0', '\u024F').ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(5));
    return words.list().ofMaxSize(40).map(l -> String.join(" ", l));
  }
}
