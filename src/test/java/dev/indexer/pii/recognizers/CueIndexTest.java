package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * One pass over a text finds every position of every cue, exactly where a loop of {@code indexOf}
 * per cue finds them: the recognizers' cue loops depend on it.
 */
class CueIndexTest {

  @Test
  void everyPositionOfEveryCueIncludingOverlaps() {
    CueIndex index = new CueIndex(List.of("aa", "a", "geburtsdatum", "geb", "地址", "адрес"));
    CueIndex.Hits hits = index.find("aaa geburtsdatum: 1.2.1990, 地址：北京, адрес x");

    assertThat(hits.of(0)).containsExactly(0, 1);
    assertThat(hits.of(1)).containsExactly(0, 1, 2, 12);
    assertThat(hits.of(2)).containsExactly(4);
    assertThat(hits.of(3)).containsExactly(4);
    assertThat(hits.of(4)).containsExactly(28);
    assertThat(hits.of(5)).containsExactly(35);
  }

  @Test
  void noHitsInAnEmptyTextOrForCuesLongerThanIt() {
    CueIndex index = new CueIndex(List.of("password", "pw"));
    assertThat(index.find("").of(0)).isEmpty();
    assertThat(index.find("pw").of(0)).isEmpty();
    assertThat(index.find("pw").of(1)).containsExactly(0);
    assertThat(index.find("xpasswor").of(0)).isEmpty();
  }

  @Test
  void cuesKeepTheirOrder() {
    CueIndex index = new CueIndex(List.of("b", "a"));
    assertThat(index.cue(0)).isEqualTo("b");
    assertThat(index.cue(1)).isEqualTo("a");
    assertThat(index.size()).isEqualTo(2);
  }

  @Property(tries = 300)
  void findsWhatIndexOfFinds(@ForAll("texts") String text, @ForAll("cueLists") List<String> cues) {
    CueIndex.Hits hits = new CueIndex(cues).find(text);
    for (int k = 0; k < cues.size(); k++) {
      List<Integer> expected = new ArrayList<>();
      for (int i = text.indexOf(cues.get(k)); i >= 0; i = text.indexOf(cues.get(k), i + 1)) {
        expected.add(i);
      }
      List<Integer> actual = new ArrayList<>();
      for (int p : hits.of(k)) {
        actual.add(p);
      }
      assertThat(actual).as("cue %s", cues.get(k)).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    // A small alphabet with a character above Latin-1 and one above the fast table makes hits and
    // overlaps frequent.
    return Arbitraries.strings().withChars('a', 'b', ' ', 'é', 'д', '地', '1', '_').ofMaxLength(200);
  }

  @Provide
  Arbitrary<List<String>> cueLists() {
    return Arbitraries.strings()
        .withChars('a', 'b', ' ', 'é', 'д', '地')
        .ofMinLength(1)
        .ofMaxLength(4)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }
}
