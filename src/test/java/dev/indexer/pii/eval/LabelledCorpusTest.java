package dev.indexer.pii.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cases as the service reads them: the same labels, each over the same value with its white
 * space folded, in the text the service's normaliser gives (a table's two-space gaps as tabs).
 */
class LabelledCorpusTest {

  @Test
  void theServedLabelsHoldTheSameValues() {
    for (String set : List.of("corpus-tuning20m", "corpus-tuning20s", "corpus-tuning20v")) {
      List<LabelledCorpus.Case> raw = LabelledCorpus.load("/pii/" + set + ".jsonl");
      List<LabelledCorpus.Case> served = LabelledCorpus.loadAsServed("/pii/" + set + ".jsonl");
      assertThat(served).hasSameSizeAs(raw);
      int labels = 0;
      int kept = 0;
      for (int i = 0; i < raw.size(); i++) {
        LabelledCorpus.Case r = raw.get(i);
        LabelledCorpus.Case s = served.get(i);
        assertThat(s.id()).isEqualTo(r.id());
        assertThat(s.text()).doesNotContain("\u27e6", "\u27e7");
        labels += r.gold().size();
        kept += s.gold().size();
        for (LabelledCorpus.Span g : s.gold()) {
          String value = fold(s.text().substring(g.start(), g.end()));
          assertThat(r.gold())
              .as("%s: %s", r.id(), value)
              .anyMatch(
                  o ->
                      o.type() == g.type()
                          && fold(r.text().substring(o.start(), o.end())).equals(value));
        }
      }
      assertThat(kept).as(set).isGreaterThan(labels * 99 / 100);
    }
  }

  @Test
  void aTablesGapsAreTabsAsTheServiceReadsThem() {
    List<LabelledCorpus.Case> served = LabelledCorpus.loadAsServed("/pii/corpus-tuning20m.jsonl");
    assertThat(served).anyMatch(c -> c.text().indexOf('\t') >= 0);
  }

  private static String fold(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
