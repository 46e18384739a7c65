package dev.indexer.pii.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import dev.indexer.pii.spi.PiiType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the recognizers on the labelled corpus; thresholds are what the recognizers reach today.
 */
class CorpusEvaluationTest {

  @Test
  void meetsTheTargets() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    assertThat(cases.stream().filter(LabelledCorpus.Case::hardNegative).count())
        .isGreaterThanOrEqualTo(60);

    Scorer s = scoreAndReport(cases, "corpus-score.txt");
    Path dir = Path.of("target", "pii");
    // The corpus as plain {"id", "text"} lines: input for the evaluation command (PiiEvaluate).
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder plain = new StringBuilder();
    for (LabelledCorpus.Case c : cases) {
      plain
          .append(
              json.writeValueAsString(
                  json.createObjectNode().put("id", c.id()).put("text", c.text())))
          .append('\n');
    }
    Files.writeString(dir.resolve("corpus-plain.jsonl"), plain, StandardCharsets.UTF_8);

    for (PiiType t : PiiType.values()) {
      Scorer.Counts k = s.perType.get(t);
      if (t.structured()) {
        assertThat(k.recall()).as(t + " recall").isGreaterThanOrEqualTo(0.99);
        assertThat(k.precision()).as(t + " precision").isGreaterThanOrEqualTo(0.95);
      }
    }
    assertThat(s.perType.get(PiiType.PERSON).recall())
        .as("PERSON recall")
        .isGreaterThanOrEqualTo(0.85);
    assertThat(s.perType.get(PiiType.STREET_ADDRESS).recall())
        .as("STREET_ADDRESS recall")
        .isGreaterThanOrEqualTo(0.85);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.02);
    assertThat(20.0 * s.hardNegativeFindings / s.hardNegatives)
        .as("false findings per 20 hard negatives")
        .isLessThanOrEqualTo(1.0);
  }

  /**
   * The hand-written set: messier text, written without looking at the recognizers' rules. Its
   * thresholds are lower than the targets where the recognizers honestly fall short.
   */
  @Test
  void handWrittenCases() throws IOException {
    Scorer s =
        scoreAndReport(
            LabelledCorpus.load("/pii/corpus-handwritten.jsonl"), "handwritten-score.txt");
    // Scored 0.967 precision, 0.916 recall and 5.8% leak on first contact; the recognizers were
    // then
    // improved on these misses, so this set now guards against regressions rather than measures.
    // Generation 20: recall 0.958, leak 4.05 %; its labels count a toll-free number and the AWS
    // documentation's example keys, which generation 20 reports as no one's and as examples.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.97);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.955);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.045);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(1);
  }

  /**
   * A batch written last and scored as it came: the closest thing here to an independent corpus.
   */
  @Test
  void blindCases() throws IOException {
    Scorer s = scoreAndReport(LabelledCorpus.load("/pii/corpus-blind.jsonl"), "blind-score.txt");
    // The first run reached precision 0.95, recall 0.94, leak under 4%. Misses left: a birth date
    // in
    // a table cell without a cue or header, a lone first name without a cue ("Kannst du Lena
    // kurz anrufen?").
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.99);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.96);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.02);
    assertThat(s.hardNegativeFindings).as("false findings on hard negatives").isZero();
  }

  /**
   * The unseen set: written in one go across formats and languages and scored before any recognizer
   * change it led to.
   */
  @Test
  void unseenCases() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-unseen.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
    assertThat(cases.stream().filter(LabelledCorpus.Case::hardNegative).count())
        .isGreaterThanOrEqualTo(25);
    Scorer s = scoreAndReport(cases, "unseen-score.txt");
    // First contact: precision 0.948, recall 0.848, leak 11.96%, 2 false findings in 32 hard
    // negatives
    // (misses: passwords in command lines and chat, names after dashes, form labels, chat
    // timestamps and mentions, birth dates under a CSV column, a phone in a CSV field). Two host
    // addresses were then labelled that the first labelling had missed, and one "hard negative"
    // named a person. Thresholds are what the recognizers reach now: the leak (1.1%) is under the
    // 2% target, API_KEY_OR_SECRET recall (23 of 24) is under the 0.99 target. The name model
    // (generation 12) covers the surname of a "Surname, Given" CSV value the rules miss: the leak
    // falls to 0.58 %, and the part counts as a false finding (precision 0.987).
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.985);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.98);
    assertThat(s.perType.get(PiiType.PERSON).recall())
        .as("PERSON recall")
        .isGreaterThanOrEqualTo(0.95);
    assertThat(s.perType.get(PiiType.STREET_ADDRESS).recall())
        .as("STREET_ADDRESS recall")
        .isGreaterThanOrEqualTo(0.85);
    for (PiiType t : PiiType.values()) {
      if (t.structured() && t != PiiType.API_KEY_OR_SECRET && t != PiiType.IP_ADDRESS) {
        assertThat(s.perType.get(t).recall()).as(t + " recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.perType.get(t).precision()).as(t + " precision").isGreaterThanOrEqualTo(0.95);
      }
    }
    assertThat(s.perType.get(PiiType.API_KEY_OR_SECRET).recall())
        .as("API_KEY_OR_SECRET recall")
        .isGreaterThanOrEqualTo(0.95);
    // The one false finding: a CIDR block (10.0.0.0/8) in prose, reported by design.
    assertThat(s.perType.get(PiiType.IP_ADDRESS).recall())
        .as("IP_ADDRESS recall")
        .isGreaterThanOrEqualTo(0.99);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.015);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(1);
  }

  /**
   * The issue-20 blind set: names, addresses and identifiers of many languages in tickets, chats,
   * data rows, code and HTML, plus hard negatives, written and committed before the rules it
   * measures were changed. Never tuned on.
   */
  @Test
  void blindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind2.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    Scorer s = scoreAndReport(cases, "blind2-score.txt");
    writeLabelled(cases, "corpus-blind2-labelled.jsonl");
    // First run, before any rule change: precision 0.847, recall 0.610, leak 36.0%, structured
    // leak 2.0%, PERSON recall 0.472, 11 false findings on 46 hard negatives. After the rules
    // developed on the tuning set: precision 0.955, recall 0.716, leak 25.3%, structured leak 0,
    // PERSON recall 0.583, 1 false finding ("Phoenix Park"). With the rules of the third and fourth
    // tuning sets (scored once, not tuned on): precision 0.971, recall 0.839, leak 12.7 %,
    // structured leak 0, PERSON recall 0.743, 2 false findings. Thresholds guard these figures;
    // names (PERSON leak 21 %) stay far from the target. Generation 11: 0.977, 0.886, 7.69 %; with
    // the name model (generation 12): 0.969, 0.919, 4.50 %, 2 false findings; with the address
    // model too: 0.964, 0.919, 4.30 %, 2.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.96);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.83);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.005);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.13);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(2);
  }

  /**
   * A second blind set of the same kinds, written by another hand before any rule of issue 20 and
   * never seen while the rules were developed: an independent measure of them (157 cases, 13
   * languages, 46 hard negatives). Scored on the rules before issue 20: precision 0.834, recall
   * 0.729, leak 25.3 %, structured leak 2.0 %, 24 false findings on its hard negatives. Not to be
   * tuned on; the thresholds guard the figures measured when it was added.
   */
  @Test
  void heldOutSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind3.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    Scorer s = scoreAndReport(cases, "blind3-score.txt");
    // When added, on the rules developed for issue 20 without it: precision 0.897, recall 0.784,
    // leak 20.0 %, structured leak 0.78 %, 14 false findings on its 46 hard negatives. With the
    // rules of the third and fourth tuning sets (scored once, not tuned on): precision 0.950,
    // recall 0.894, leak 10.25 %, structured leak 0.78 %, 6 false findings.
    // 228 of 240 findings: exactly 0.95. Generation 6 (the sixth round's rules, scored, not
    // read): precision 0.943 (230 of 244), recall 0.902, leak 9.2 %, structured 0.78 %, 6.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.94);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.89);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.11);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.01);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(6);
  }

  /** Cases of the blind set's kinds with other text, for developing the rules. */
  @Test
  void tuningSetOfIssue20() throws IOException {
    Scorer s =
        scoreAndReport(LabelledCorpus.load("/pii/corpus-tuning20.jsonl"), "tuning20-score.txt");
    // First run (the rules for identifiers and versions already in): precision 0.864, recall
    // 0.905, 1 false finding on 9 hard negatives.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.99);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.99);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.03);
    assertThat(s.hardNegativeFindings).as("false findings on hard negatives").isZero();
  }

  /**
   * A third tuning set of issue 20's kinds (176 cases, 13 languages, 35 hard negatives), written
   * before the rules it led to.
   */
  @Test
  void thirdTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20c.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    Scorer s = scoreAndReport(cases, "tuning20c-score.txt");
    // First run: precision 0.906, recall 0.791, leak 19.1 %, 6 false findings on 35 hard
    // negatives. The rules were then developed on it (now 1.000, 0.995, 0.7 %, none): it guards
    // against regressions rather than measures. The name model (generation 12) learns from it:
    // 0.987
    // (a part of a "Surname, Given" value counts as a false finding), 1.000, 0.07 %, none.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.985);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.99);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.01);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.005);
    assertThat(s.hardNegativeFindings).as("false findings on hard negatives").isZero();
  }

  /**
   * A fourth tuning set (61 cases, 18 hard negatives aimed at the third set's rules), written after
   * those rules to see whether they carry over to other text.
   */
  @Test
  void fourthTuningSetOfIssue20() throws IOException {
    Scorer s =
        scoreAndReport(LabelledCorpus.load("/pii/corpus-tuning20d.jsonl"), "tuning20d-score.txt");
    // First run, on the rules developed on the third set: precision 0.909, recall 0.893, leak
    // 12.4 %, 4 false findings on 18 hard negatives. Generation 21 reports the user and password
    // given to curl together, as the later sets label them; this set labels the password alone.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.98);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.91);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.11);
    assertThat(s.hardNegativeFindings).as("false findings on hard negatives").isZero();
  }

  /**
   * A fifth tuning set (120 cases, 14 languages, 30 hard negatives) of kinds the others lack: names
   * in prose with no cue, bylines and commit trailers, name fields in code and data, attendee
   * lists, nicknames, addresses of Nordic, Czech, Romanian and Dutch shapes, national identifiers.
   */
  @Test
  void fifthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20e.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(120);
    Scorer s = scoreAndReport(cases, "tuning20e-score.txt");
    // First run, on the rules of the fourth set: precision 0.949, recall 0.910, leak 9.6 %,
    // structured leak 1.5 %, 4 false findings on 30 hard negatives. The rules were then developed
    // on it (0.992, 0.992, 0.24 %, 1: "Albert Heijn", a shop named after its founder).
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.99);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.99);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.005);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isZero();
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(1);
  }

  /**
   * A held-out guard written with the third tuning set and committed before any rule it led to (64
   * cases, 10 languages, 16 hard negatives): never tuned on.
   */
  @Test
  void guardSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-guard20c.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    Scorer s = scoreAndReport(cases, "guard20c-score.txt");
    // Before the rules of the third tuning set: precision 0.881, recall 0.732, leak 23.4 %,
    // structured leak 0, 3 false findings on 16 hard negatives. After the rules of the third and
    // fourth tuning sets (scored once): precision 0.971, recall 0.930, leak 5.96 %, structured
    // leak 0, 1 false finding. Thresholds guard these figures.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.97);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.92);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.06);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.005);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(1);
  }

  /**
   * Written as the fourth blind set by a hand that never read the rules (190 cases, 16 languages,
   * 68 hard negatives) and scored as such on generations 4 and 5; since then a tuning set: the
   * sixth round of rules was developed on its misses, and blind5 and blind6 stay unread in its
   * place.
   */
  @Test
  void sixthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind4.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(190);
    Scorer s = scoreAndReport(cases, "blind4-score.txt");
    // Before the sixth round: precision 0.913, recall 0.844, leak 9.97 %, structured leak 2.84 %,
    // 23 false findings on 68 hard negatives. Thresholds guard the figures after it.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.96);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.97);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.02);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.03);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(11);
  }

  /**
   * The fifth blind set (171 cases, 16 languages, 69 hard negatives), written by a hand that never
   * read the rules. Only its summary is ever looked at; its misses are not read and no rule is
   * written from it. The thresholds guard the figures measured on the rules of each round.
   */
  @Test
  void fifthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind5.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(170);
    Scorer s = scoreAndReport(cases, "blind5-score.txt");
    // Generation 4: leak 16.7 %, structured 1.8 %, 26 false findings of 69. Generation 5: 15.9 %,
    // 1.8 %, 25. Generation 6, with the ids, chats and later mentions of blind4: precision 0.928,
    // recall 0.873, leak 10.8 %, structured 1.83 %, 23; with the names in running text of
    // tuning20f: 0.922, 0.899, 8.66 %, 1.34 %, 25. Generation 7: 0.926, 0.902, 8.39 %, 1.34 %,
    // 24. Generation 8 (chats, things named after people, address tails): 0.940, 0.919, 7.39 %,
    // 1.34 %, 16. Generation 10: 0.944, 0.921, 7.25 %, 1.34 %, 15. Generation 12 (the name and
    // address models): 0.941, 0.939, 4.41 %, 1.34 %, 16.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.94);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.91);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.08);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.015);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(16);
  }

  /**
   * A seventh tuning set from another hand that never read the rules (251 cases, 36 languages, 74
   * hard negatives), dense with names in running text without a cue and with hard negatives built
   * to look like them (dishes, ships, brands and words that are given names too).
   */
  @Test
  void seventhTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20f.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(250);
    Scorer s = scoreAndReport(cases, "tuning20f-score.txt");
    // Before (generation 5): precision 0.855, recall 0.424, leak 39.8 %, structured 2.5 %, 49
    // false findings on 74 hard negatives. After the round developed on it and on blind4:
    // 0.892, 0.679, 22.0 %, 0.64 %, 56 (a name that is a word too, such as "Said", is not taken
    // at a sentence start). Names in running text of 36 languages stay the leak.
    // Generation 8: 0.947, 0.750, 16.8 %, 0.64 %, 24.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.94);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.74);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.175);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.01);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(26);
  }

  /**
   * The sixth blind set (212 cases, 20 languages, 83 hard negatives), written by a hand that never
   * read the rules and committed before the round it measures; only its summary is looked at.
   */
  @Test
  void sixthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind6.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(210);
    Scorer s = scoreAndReport(cases, "blind6-score.txt");
    // Generation 5: precision 0.877, recall 0.607, leak 22.9 %, structured 6.0 %, 34 false
    // findings on 83 hard negatives. Generation 6: 0.904, 0.776, 14.6 %, 4.55 %, 31. Masks,
    // network ranges and placeholder credentials no longer reported: 0.915 and 25. Generation 8:
    // 0.926, 0.797, 12.8 %, 3.25 %, 17. Generation 9: 0.927, 0.805, 11.9 %, 3.25 %, 18 (one more
    // false finding on the hard negatives, left as measured). Values reserved for examples, shown
    // as examples, no longer reported: 0.935 and 14, recall unchanged.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.93);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.79);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.13);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.035);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(14);
  }

  /**
   * An eighth tuning set from a hand that never read the rules (150 cases, 15 languages, 55 hard
   * negatives): names in running text and chats, identity numbers of many countries, and hard
   * negatives named after people. The eighth round of rules was developed on it.
   */
  @Test
  void eighthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20g.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    Scorer s = scoreAndReport(cases, "tuning20g-score.txt");
    // Before (generation 7): precision 0.833, recall 0.758, leak 13.4 %, structured 0.42 %, 61
    // false findings on 55 hard negatives. After: 0.972, 0.888, 7.3 %, 0.42 %, 10.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.965);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.88);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.08);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.01);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(11);
  }

  /**
   * The seventh blind set (192 cases, 17 languages, 78 hard negatives), written by a hand that
   * never read the rules, committed and scored before the eighth round; only its summary is read.
   */
  @Test
  void seventhBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind7.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(190);
    Scorer s = scoreAndReport(cases, "blind7-score.txt");
    // Before (generation 7): precision 0.878, recall 0.783, leak 13.7 %, structured 5.08 %, 46
    // false findings on 78 hard negatives. After (generation 8): 0.911, 0.844, 10.0 %, 5.08 %, 31.
    // Generation 9: 0.919, 0.860, 9.0 %, 5.08 %, 27. Values reserved for examples, shown as
    // examples, no longer reported: 0.923 and 25. Generation 10 as committed: 0.928, 0.862, 8.99 %,
    // 5.08 %, 22. Generation 12 (the name and address models): 0.924, 0.901, 5.82 %, 4.76 %, 23.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.90);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.84);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.105);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.055);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(23);
  }

  /**
   * A ninth tuning set from a hand that never read the rules (187 cases, 20 languages, 75 hard
   * negatives): forms in scripts without capitals, chats copied from Slack and phones, people of
   * history and fiction. The ninth round of rules was developed on it.
   */
  @Test
  void ninthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20h.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(185);
    Scorer s = scoreAndReport(cases, "tuning20h-score.txt");
    // Before (generation 9 as the round began, 8d080ad): precision 0.860, recall 0.760, leak
    // 18.0 %, structured 1.66 %, 53 false findings on 75 hard negatives. After: 0.939, 0.845,
    // 10.9 %, 1.66 %, 21. Values reserved for examples, shown as examples, no longer reported
    // (the test cards, documentation addresses and API example column of three hard negatives):
    // precision 0.960, 10. Generation 10 as committed: 0.970, 0.850, 10.7 %, 1.66 %, 8.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.93);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.84);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.115);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.02);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(10);
  }

  /**
   * The eighth blind set (212 cases, 20 languages, 90 hard negatives), written by a hand that never
   * read the rules, committed and scored before the ninth round; only its summary is read.
   */
  @Test
  void eighthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind8.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(210);
    Scorer s = scoreAndReport(cases, "blind8-score.txt");
    // Before (8d080ad): precision 0.829, recall 0.761, leak 18.6 %, structured 2.08 %, 69 false
    // findings on 90 hard negatives. After: 0.838, 0.781, 15.9 %, 2.08 %, 65. Values reserved for
    // examples, shown as examples, no longer reported: precision 0.845, 60, recall unchanged.
    // Generation 10 as committed: 0.859, 0.783, 15.8 %, 2.08 %, 53 (common real names such as "Jan
    // Novák" are no placeholders, even in a passage of examples). Generation 11 (birth dates and
    // identity numbers of more languages): recall 0.794, leak 15.3 %, 54 (one more, not read).
    // Generation 11 as committed: 0.867, 0.810, 13.4 %, 2.08 %, 54. With the name model
    // (generation 12): 0.861, 0.844, 11.5 %, 2.08 %, 57; with the address model too: 0.848, 0.853,
    // 9.20 %, 2.08 %, 56.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.845);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.85);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.095);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.021);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(56);
  }

  /**
   * A tenth tuning set from a hand that never read the rules (204 cases, 15 languages, 83 hard
   * negatives): names in running prose, chats addressing people in lower case, capitalised words
   * that are no people (fixtures, brands, storms, famous people), tables, and documentation with
   * example values beside tickets and fixtures with real ones. The tenth round was developed on it.
   */
  @Test
  void tenthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20i.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
    Scorer s = scoreAndReport(cases, "tuning20i-score.txt");
    // Before (generation 10 as it began, 00801c5): precision 0.785, recall 0.732, leak 17.4 %,
    // structured 6.71 %, 119 false findings on 83 hard negatives. After: 0.838, 0.782, 12.8 %,
    // 3.37 %, 80 (common real names in its examples, "Jan Novák", are reported). Generation 11:
    // 0.861, 0.791, 11.7 %, 1.53 %, 62.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.855);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.785);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.12);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.016);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(62);
  }

  /**
   * The ninth blind set (230 cases, 33 languages, 96 hard negatives), written by a hand that never
   * read the rules, committed before it was scored; only its summary is read.
   */
  @Test
  void ninthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind9.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(225);
    Scorer s = scoreAndReport(cases, "blind9-score.txt");
    // At 4ab1872 (generation 9): precision 0.856, recall 0.718, leak 21.2 %, structured 5.00 %, 69
    // false findings on 96 hard negatives. At 11a7916, when it was committed (example values,
    // saints, firms named after founders already in): 0.869, 0.718, 21.2 %, 5.00 %, 57. After the
    // round: 0.873, 0.720, 21.1 %, 5.00 %, 53. Generation 11: 0.882, 0.750, 19.1 %, 5.00 %, 51.
    // With the name model (generation 12): 0.879, 0.771, 17.5 %, 5.00 %, 51; with the address model
    // too: 0.871, 0.786, 13.6 %, 5.00 %, 52.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.865);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.78);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.14);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.051);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(52);
  }

  /**
   * An eleventh tuning set from a hand that never read the rules (221 cases, 33 languages, 83 hard
   * negatives): forms, letters, contracts and records with identity numbers of 30 national formats
   * (valid check digits), addresses and names of their own languages and scripts. The eleventh
   * round was developed on it.
   */
  @Test
  void eleventhTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20j.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(215);
    Scorer s = scoreAndReport(cases, "tuning20j-score.txt");
    // Before (generation 10, 3c3ec29): precision 0.797, recall 0.708, leak 27.4 %, structured
    // 3.73 %, 76 false findings on 83 hard negatives. After: 0.844, 0.837, 17.2 %, 3.73 %, 72.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.84);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.83);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.175);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.038);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(72);
  }

  /**
   * The tenth blind set (276 cases, 43 languages, 110 hard negatives), written by a hand that never
   * read the rules, committed and scored before the name model was trained; only its summary is
   * read, and the model never learns from it.
   */
  @Test
  void tenthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind10.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(270);
    Scorer s = scoreAndReport(cases, "blind10-score.txt");
    // Before (generation 11, 1d75c1e): precision 0.792, recall 0.701, leak 26.9 %, structured
    // 6.35 %, 205 false findings on 110 hard negatives. With the name model: 0.786, 0.731, 24.6 %,
    // 6.35 %, 211. With the address model too: 0.775, 0.739, 21.9 %, 6.35 %, 217. Generation 14
    // (phones of countries outside the configured regions, in their script or after a cue): phone
    // leak 13.2 -> 7.4 %, structured 5.39 -> 3.74 %, one more false finding (its summary shows a
    // phone). Generation 15 (names in the running text of scripts without capitals): leak 19.9 ->
    // 18.7 %, recall 0.764 -> 0.783, one more false finding.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.775);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.78);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.19);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.04);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(219);
  }

  /**
   * A twelfth tuning set from a hand that never read the rules (347 cases, 37 languages, 142 hard
   * negatives): private people's names and addresses in running prose (news, notices, obituaries,
   * reviews, sports, letters), and prose full of capitalised words that are no private people. The
   * name model learns from it; it was scored before it did.
   */
  @Test
  void twelfthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20k.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(340);
    Scorer s = scoreAndReport(cases, "tuning20k-score.txt");
    // Before (generation 11): precision 0.698, recall 0.614, leak 34.2 %, structured 10.1 %, 296
    // false findings on 142 hard negatives (most are famous people, athletes and characters,
    // which the set does not label). The name model trained without it: 0.695, 0.648, 31.9 %, 320;
    // trained with it: 0.737, 0.758, 25.1 %, 296. The name and address models trained without it:
    // 0.689, 0.663, 28.2 %, 325; with it: 0.747, 0.807, 12.7 %, 296. Generation 13 (names after
    // titles in uncased scripts): 297, one more on a novel's character after "السيد" (Mr).
    // Generation 14 (phones of more countries): structured 10.1 -> 1.9 %, and 303: six more
    // findings are the numbers of town halls and help lines in Russian, Greek, Japanese and
    // Icelandic notices, which this set does not label (blind12 labels a firm's own number).
    // Generation 15 (names in the running text of scripts without capitals): leak 10.8 -> 8.3 %,
    // and 309: six more are a novel's characters, a writer, a cricket captain and a donor, named
    // in reviews and news in Arabic, Hebrew, Hindi, Thai and Chinese.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.75);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.87);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.085);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.025);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(309);
  }

  /**
   * The eleventh blind set (319 cases, 64 languages, 129 hard negatives), written by a hand that
   * never read the rules, committed and scored before generation 13 changed any rule; only its
   * summary is read, and no model learns from it.
   */
  @Test
  void eleventhBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind11.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(310);
    Scorer s = scoreAndReport(cases, "blind11-score.txt");
    // Before (generation 12, 80273d9): precision 0.885, recall 0.783, leak 18.5 %, structured
    // 7.23 %, 61 false findings on 129 hard negatives. Generation 13: 0.898, 0.808, 17.0 %, 7.23 %,
    // 53; with the verbs of birth in running text (chosen on tuning20k) 0.897 and 54. Generation
    // 14: 0.900, 0.821, 16.1 %, 5.51 %, 54. Generation 15 (names of scripts without capitals,
    // papers and birth dates of more languages): 0.902, 0.855, 14.1 %, 5.51 %, 55.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.9);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.85);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.142);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.06);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(55);
  }

  /**
   * A thirteenth tuning set from a hand that never read the rules (397 cases, 40 languages, 139
   * hard negatives): identity numbers, birth dates and cards as forms, records, chats and dumps of
   * many countries write them, with the people's names around them, and look-alikes (company
   * numbers, barcodes, masked values, famous people's birth dates). The models do not learn from
   * it.
   */
  @Test
  void thirteenthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20l.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(390);
    Scorer s = scoreAndReport(cases, "tuning20l-score.txt");
    // Before (generation 12): precision 0.925, recall 0.795, leak 14.3 %, structured 7.09 %, 24
    // false findings on 139 hard negatives. Generation 13: 0.966, 0.910, 6.71 %, 3.89 %, 8; with
    // the verbs of birth in running text 0.964 and 9 (a painter's "nació el 6 de julio de 1907":
    // nothing here tells a famous person's biography from a private person's obituary).
    // Generation 14: 0.965, 0.917, 6.10 %, 2.44 %, 9.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.96);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.91);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.062);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.026);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(9);
  }

  /**
   * The twelfth blind set (339 cases, 67 languages, 137 hard negatives), written by a hand that
   * read only the label helper, committed and scored at b9822cf before any rule of generation 14;
   * only its summary is read, and the models never learn from it.
   */
  @Test
  void twelfthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind12.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(330);
    Scorer s = scoreAndReport(cases, "blind12-score.txt");
    // Before (generation 13, b9822cf): precision 0.864, recall 0.774, leak 18.7 %, structured
    // 7.82 %, 74 false findings on 137 hard negatives. Generation 14: 0.871, 0.786, 18.2 %, 6.95 %,
    // 74. Generation 15: 0.875, 0.812, 16.6 %, 6.95 %, 75.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.87);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.81);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.167);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.072);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(75);
  }

  /**
   * A fourteenth tuning set from a hand that never read the rules (640 cases, 41 languages, 228
   * hard negatives): addresses, phones, birth dates, IBANs and SSNs of many countries in forms,
   * dumps, letters, chats and call transcripts, and their look-alikes. Generation 14 was developed
   * on it; the models do not learn from it.
   */
  @Test
  void fourteenthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20m.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(630);
    Scorer s = scoreAndReport(cases, "tuning20m-score.txt");
    // Before (generation 13): precision 0.843, recall 0.745, leak 22.8 %, structured 12.8 %, 84
    // false findings on 228 hard negatives. Generation 14: 0.873, 0.812, 19.3 %, 8.76 % (most of
    // the rest: numbers spoken in words), 71. Generation 20: 0.905, 0.860, 15.33 %, 10.78 %, 39;
    // its labels count nine toll-free numbers, which generation 20 reports as no one's.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.87);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.81);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.195);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.11);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(71);
  }

  /**
   * The thirteenth blind set (357 cases, 78 languages, 140 hard negatives), written by a hand that
   * read only the label helper, begun before any rule of generation 15 and scored at efe2d6a before
   * them; only its summary is read, and the models never learn from it.
   */
  @Test
  void thirteenthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind13.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(350);
    Scorer s = scoreAndReport(cases, "blind13-score.txt");
    // Before (generation 14, efe2d6a): precision 0.885, recall 0.734, leak 19.4 %, structured
    // 3.61 %, 34 false findings on 140 hard negatives. Generation 15: 0.888, 0.756, 18.0 %, 3.61 %,
    // 34.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.885);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.75);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.182);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.037);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(34);
  }

  /**
   * A fifteenth tuning set from a hand that never read the rules (550 cases, 56 languages, 193 hard
   * negatives): names and identity numbers in many scripts, in records, chats, letters and data
   * rows. Generation 15 was developed on it; the models do not learn from it.
   */
  @Test
  void fifteenthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20n.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(540);
    Scorer s = scoreAndReport(cases, "tuning20n-score.txt");
    // Before (generation 14): precision 0.849, recall 0.583, leak 32.9 %, 93 false findings on 193
    // hard negatives. Generation 15: 0.870, 0.693, 24.4 %, 94 (one more: a composer's house).
    // Generation 16: 0.872, 0.700, 23.7 %, 95 (one more: a Nigerian president, now that his given
    // name is listed).
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.86);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.69);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.24);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(95);
  }

  /**
   * A fourteenth blind set, begun before generation 16 changed any rule (333 cases, 19 languages,
   * half English; 106 hard negatives; realistic documents: tickets, chats, e-mail threads, dumps,
   * code, logs, forms). Scored once before and once after; its misses stay unread.
   */
  @Test
  void fourteenthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind14.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(330);
    Scorer s = scoreAndReport(cases, "blind14-score.txt");
    // Before (generation 15, 9bfdc92): precision 0.902, recall 0.877, leak 7.75 %, structured
    // 0.84 %, 59 false findings on 106 hard negatives. Generation 16: 0.911, 0.887, 6.98 %, 0.84 %,
    // 53; after the review's fixes (a version word must start a word; "through" is none) 0.910 and
    // 54 (one more dotted number taken for an address). Generation 20: 0.923, 0.898, 5.97 %,
    // 0.98 % (generation 20 leaves out public resolvers, multicast groups, service numbers and a
    // switchboard's line; its labels count some of those, which were not read), 34.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.92);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.895);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.062);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.0105);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(36);
  }

  /**
   * A sixteenth tuning set, on precision (313 cases, 164 hard negatives of technical and business
   * documents: changelogs, configs, specifications, logs, invoices; and records with real data
   * among them). The precision rules of generation 16 were developed on it; the models do not learn
   * from it.
   */
  @Test
  void sixteenthTuningSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20o.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    Scorer s = scoreAndReport(cases, "tuning20o-score.txt");
    // Before (generation 15): precision 0.839, recall 0.919, leak 4.56 %, structured 1.58 %, 107
    // false findings on 164 hard negatives. Generation 16: 0.878, 0.942, 2.98 %, 1.58 %, 82.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.875);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.94);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.03);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(82);
  }

  /**
   * A fifteenth blind set, begun before generation 17 changed any rule (343 cases, 17 languages,
   * about half English; 116 hard negatives; tickets, chats, e-mail threads, dumps, configuration,
   * records, forms, letters and their technical and business look-alikes). Scored once before and
   * once after; its misses stay unread.
   */
  @Test
  void fifteenthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind15.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(340);
    Scorer s = scoreAndReport(cases, "blind15-score.txt");
    // Before (generation 16, ac49ff7): precision 0.917, recall 0.902, leak 6.43 %, structured
    // 1.25 %, 53 false findings on 116 hard negatives. Generation 17: 0.919, 0.909, 6.17 %, 1.25 %,
    // 53 (27 of them addresses of servers in configuration files). Generation 18: 0.920, 0.912,
    // 5.86 %, 1.25 %, 50. Generation 19: 0.913, 0.913, 5.67 %, 1.25 %, 51 (the town, postcode and
    // state fields of an address, which these labels leave out, lower its precision).
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.912);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.912);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.057);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.013);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(51);
  }

  /**
   * Blind set 16 (343 cases in 20 languages, 123 hard negatives, 2921 labels), written by hands
   * that read only the label markup before generation 18 changed any rule, and scored once before
   * and once after it. Its labels leave private network addresses, handles and the country line of
   * an address out, and take each line of an address apart.
   */
  @Test
  void sixteenthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind16.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(340);
    Scorer s = scoreAndReport(cases, "blind16-score.txt");
    // Before (generation 17, c91c66b): precision 0.853, recall 0.841, leak 12.51 %, structured
    // 4.64 %, 193 false findings on 123 hard negatives. Generation 18: 0.856, 0.845, 12.06 %,
    // 4.64 %, 184. Generation 19: 0.857, 0.851, 11.09 %, 4.64 %, 184.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.856);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.850);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.111);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.047);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(184);
  }

  /**
   * Blind set 17 (348 cases in 21 languages, 129 hard negatives), written from the label markup
   * alone before generation 19 changed any rule, and scored once before and once after it. Its
   * labels count private network addresses of hosts as personal, leave handles out, and label only
   * the street where street, postcode and town are fields apart.
   */
  @Test
  void seventeenthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind17.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(340);
    Scorer s = scoreAndReport(cases, "blind17-score.txt");
    // Before (generation 18, 3dbd632): precision 0.888, recall 0.891, leak 7.73 %, structured
    // 4.99 %, 67 false findings on 129 hard negatives. Generation 19: 0.889, 0.901, 6.48 %,
    // 4.99 %, 67. Generation 20 (summary only): 0.898, 0.903, 6.46 %, 4.99 %, 53.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.896);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.902);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.065);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.05);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(55);
  }

  /**
   * Blind set 18 (345 cases in 23 languages, 145 hard negatives), written from the label markup
   * alone before generation 20 changed any rule, and scored once before and once after it, with the
   * conventions of blind set 17 (role mailboxes, toll-free numbers, documented example keys and
   * public resolvers are not labelled).
   */
  @Test
  void eighteenthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind18.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(340);
    Scorer s = scoreAndReport(cases, "blind18-score.txt");
    // Before (generation 19, b3430fe): precision 0.870, recall 0.899, leak 6.56 %, structured
    // 7.67 %, 97 false findings on 145 hard negatives. Generation 20: 0.896, 0.906, 5.48 %, 5.02 %,
    // 61.
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.894);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.905);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.056);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.051);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(63);
  }

  /**
   * Blind set 20 (395 cases in 38 languages, 159 hard negatives), written from the labelling
   * conventions alone, without the recognizers' code, before generation 22 changed any rule, and
   * scored once before and once after it. Before (generation 21, 2eaea72): precision 0.827, recall
   * 0.824, leak 11.45 %, structured 3.72 %, 120 false findings on its hard negatives (38 of them
   * role mailboxes, which its labels leave out); generation 22: 0.828, 0.830, 10.85 %, 3.48 %, 120.
   */
  @Test
  void twentiethBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind20.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(390);
    Scorer s = scoreAndReport(cases, "blind20-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.826);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.828);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.110);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.036);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(122);
  }

  /**
   * Blind set 21 (361 cases in 46 languages, 145 hard negatives), written from the labelling
   * conventions alone before generation 23 changed any rule, and scored once before and once after
   * it. Before (generation 22, a37a6d1): precision 0.856, recall 0.880, leak 6.62 %, structured
   * 2.95 %, 111 false findings on its hard negatives (39 of them role mailboxes, which its labels
   * leave out); generation 23: 0.860, 0.888, 6.24 %, 2.95 %, 111.
   */
  @Test
  void twentyFirstBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind21.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(360);
    Scorer s = scoreAndReport(cases, "blind21-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.857);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.885);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.064);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.031);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(113);
  }

  /**
   * Blind set 22 (363 cases in 44 languages, 145 hard negatives), written from the labelling
   * conventions alone before generation 24 changed any rule, and scored once before and once after
   * it. Before (generation 23, 3726d80): precision 0.870, recall 0.863, leak 8.86 %, structured
   * 3.65 %, 75 false findings on its hard negatives; generation 24: 0.871, 0.869, 8.20 %, 2.94 %,
   * 75.
   */
  @Test
  void twentySecondBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind22.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(360);
    Scorer s = scoreAndReport(cases, "blind22-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.868);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.866);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.084);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.031);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(77);
  }

  /**
   * Blind set 23 (388 cases in 43 languages, 155 hard negatives), written from the labelling
   * conventions alone before generation 25 changed any rule, and scored once before and once after
   * it. Before (generation 24, 76c3afa): precision 0.886, recall 0.840, leak 11.82 %, structured
   * 3.48 %, 86 false findings on its hard negatives; generation 25: 0.893, 0.854, 10.09 %, 3.48 %,
   * 78.
   */
  @Test
  void twentyThirdBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind23.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(385);
    Scorer s = scoreAndReport(cases, "blind23-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.890);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.851);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.104);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.036);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(80);
  }

  /**
   * Blind set 25 (510 cases in 46 languages, 200 hard negatives), written from the labelling
   * conventions alone before generation 27 changed any rule. Before (generation 26, 5a8fab4):
   * precision 0.851, recall 0.873, leak 8.00 %, structured 2.52 %, 182 false findings on its hard
   * negatives (69 of them role mailboxes); generation 27: 0.855, 0.886, 7.31 %, 2.52 %, 178.
   */
  @Test
  void twentyFifthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind25.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(508);
    Scorer s = scoreAndReport(cases, "blind25-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.853);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.884);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.074);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.026);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(180);
  }

  /**
   * Development set 20x (496 cases in 60 languages, 205 hard negatives), written from the labelling
   * conventions alone and read while generation 27 was written; it never trained the models.
   * Generation 26 (5a8fab4): precision 0.873, recall 0.875, leak 9.26 %, 110 findings on its hard
   * negatives; generation 27: 0.878, 0.894, 8.46 %, 100.
   */
  @Test
  void developmentSet20x() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20x.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(494);
    Scorer s = scoreAndReport(cases, "tuning20x-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.876);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.892);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.086);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(102);
  }

  /**
   * Blind set 24 (417 cases in 48 languages, 168 hard negatives), written from the labelling
   * conventions alone before generation 26 changed any rule. Before (generation 25, 8db1b1d):
   * precision 0.865, recall 0.878, leak 7.39 %, structured 1.92 %, 141 false findings on its hard
   * negatives; generation 26: 0.869, 0.894, 5.46 %, 1.92 %, 133.
   */
  @Test
  void twentyFourthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind24.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(415);
    Scorer s = scoreAndReport(cases, "blind24-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.866);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.891);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.057);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.020);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(135);
  }

  /**
   * Development set 20w (480 cases in 56 languages, 192 hard negatives), written from the labelling
   * conventions alone and read while generation 26 was written, after the models were retrained (so
   * it never trained them): names (47 % of the labels), addresses (24 %) and birth dates (10 %) of
   * many countries and scripts. Generation 25 (8db1b1d): precision 0.861, recall 0.763, leak 16.38
   * %, 111 findings on its hard negatives; generation 26: 0.895, 0.814, 10.31 %, 70.
   */
  @Test
  void developmentSet20w() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20w.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(478);
    Scorer s = scoreAndReport(cases, "tuning20w-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.892);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.811);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.105);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(71);
  }

  /**
   * Development set 20v (482 cases in 49 languages, 192 hard negatives), written from the labelling
   * conventions alone and read while generation 25 was written: names (42 % of the labels) and
   * addresses (27 %) of many countries and scripts, identity numbers and birth dates of forms.
   * Generation 24 (76c3afa): precision 0.862, recall 0.837, leak 13.41 %, 145 findings on its hard
   * negatives; generation 25: 0.885, 0.877, 10.24 %, 121.
   */
  @Test
  void developmentSet20v() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20v.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(480);
    Scorer s = scoreAndReport(cases, "tuning20v-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.882);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.874);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.105);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(123);
  }

  /**
   * Development set 20u (482 cases in 54 languages, 149 hard negatives), written from the labelling
   * conventions alone and read while generation 24 was written: names and addresses (a third of the
   * labels each), secrets and phones, of many countries and scripts. Generation 23 (3726d80):
   * precision 0.804, recall 0.732, leak 22.54 %, 110 findings on its hard negatives; generation 24:
   * 0.831, 0.748, 21.19 %, 95.
   */
  @Test
  void developmentSet20u() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20u.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(480);
    Scorer s = scoreAndReport(cases, "tuning20u-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.830);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.746);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.215);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(96);
  }

  /**
   * Development set 20t (462 cases in 53 languages, 153 hard negatives), written from the labelling
   * conventions alone and read while generation 23 was written: birth dates and addresses in tables
   * whose header stands far away or is named in many languages, addresses of Thailand, India,
   * Bulgaria and Russia, identity numbers of more documents. Generation 22 (a37a6d1): precision
   * 0.824, recall 0.685, leak 24.56 %, 86 findings on its hard negatives; generation 23: 0.870,
   * 0.844, 10.56 %, 87.
   */
  @Test
  void developmentSet20t() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20t.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(460);
    Scorer s = scoreAndReport(cases, "tuning20t-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.866);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.840);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.108);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(89);
  }

  /**
   * Development set 20s (406 cases in 46 languages, 153 hard negatives), written from the labelling
   * conventions alone and read while generation 22 was written: identity numbers of many countries
   * in chats, forms and scans, names in chats of scripts without case and in tables, birth dates of
   * more writings, secrets of more shapes, addresses of China, Japan and Korea. Generation 21
   * (2eaea72): precision 0.815, recall 0.678, leak 27.60 %, 80 findings on its hard negatives;
   * generation 22: 0.843, 0.783, 17.18 %, 77.
   */
  @Test
  void developmentSet20s() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20s.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(400);
    Scorer s = scoreAndReport(cases, "tuning20s-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.840);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.778);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.176);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(79);
  }

  /**
   * Blind set 19 (352 cases in 28 languages, 139 hard negatives), written from the labelling
   * conventions alone before generation 21 changed any rule, and scored once before and once after
   * it. Before (generation 20, ff4e99e): precision 0.846, recall 0.840, leak 10.15 %, structured
   * 6.47 %, 180 false findings on its hard negatives (55 of them role mailboxes, which its labels
   * leave out); generation 21: 0.848, 0.851, 8.87 %, 4.73 %, 178.
   */
  @Test
  void nineteenthBlindSetOfIssue20() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-blind19.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(350);
    Scorer s = scoreAndReport(cases, "blind19-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.846);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.849);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.090);
    assertThat(s.structuredLeakRate()).as("leak on structured types").isLessThan(0.048);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(180);
  }

  /**
   * Development set 20r (322 cases in 29 languages, 128 hard negatives), written from the labelling
   * conventions alone and read while generation 21 was written: birth dates in rows whose header
   * stands apart, secrets, names in chats and scripts, addresses in their own scripts, numbers in
   * hard places. Generation 20 (ff4e99e): precision 0.878, recall 0.802, leak 12.48 %, 39 findings
   * on its hard negatives; generation 21: 0.912, 0.883, 6.14 %, 33.
   */
  @Test
  void developmentSet20r() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20r.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(320);
    Scorer s = scoreAndReport(cases, "tuning20r-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.910);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.881);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.063);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(35);
  }

  /**
   * Development set 20q (320 cases in 29 languages, 127 hard negatives), written from the label
   * markup alone and read while generation 20 was written: secrets of many shapes, identity numbers
   * of many countries, names in chats, addresses in their own scripts. Generation 19 (b3430fe):
   * precision 0.831, recall 0.819, leak 13.87 %, 73 findings on its hard negatives; generation 20:
   * 0.895, 0.871, 8.37 %, 38.
   */
  @Test
  void developmentSet20q() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20q.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(320);
    Scorer s = scoreAndReport(cases, "tuning20q-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.893);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.869);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.085);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(40);
  }

  /**
   * Development set 20p (331 cases in 25 languages, 136 hard negatives), written from the label
   * markup alone and read while generation 19 was written: forms with address fields, addresses in
   * capitals, lines ending in postcodes, names typed in lower case. Generation 18 (3dbd632):
   * precision 0.786, recall 0.836, leak 15.22 %; generation 19: 0.795, 0.876, 10.47 %. Its labels
   * leave the addresses and contact data of firms out (182 findings on its hard negatives).
   */
  @Test
  void developmentSet20p() throws IOException {
    List<LabelledCorpus.Case> cases = LabelledCorpus.load("/pii/corpus-tuning20p.jsonl");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(330);
    Scorer s = scoreAndReport(cases, "tuning20p-score.txt");
    assertThat(s.overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.794);
    assertThat(s.overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.875);
    assertThat(s.leakRate()).as("leak rate").isLessThan(0.105);
    assertThat(s.hardNegativeFindings)
        .as("false findings on hard negatives")
        .isLessThanOrEqualTo(182);
  }

  /** The cases as input for the evaluation command, with their gold spans as "labels". */
  private static void writeLabelled(List<LabelledCorpus.Case> cases, String file)
      throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder b = new StringBuilder();
    for (LabelledCorpus.Case c : cases) {
      com.fasterxml.jackson.databind.node.ObjectNode line =
          json.createObjectNode()
              .put("id", c.id())
              .put("text", c.text())
              .put("hard_negative", c.hardNegative());
      com.fasterxml.jackson.databind.node.ArrayNode labels = line.putArray("labels");
      for (LabelledCorpus.Span g : c.gold()) {
        labels.addObject().put("type", g.type().name()).put("start", g.start()).put("end", g.end());
      }
      b.append(json.writeValueAsString(line)).append('\n');
    }
    Files.writeString(Path.of("target", "pii", file), b, StandardCharsets.UTF_8);
  }

  /** Scores the cases with the default policy, prints the report and keeps it under target/pii. */
  private static Scorer scoreAndReport(List<LabelledCorpus.Case> cases, String file)
      throws IOException {
    Scorer s = Scorer.score(Recognizers.analyzer(PiiPolicy.defaults()), cases);
    String report = s.report();
    System.out.println(report);
    Path dir = Path.of("target", "pii");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), report + "\n" + s.errors, StandardCharsets.UTF_8);
    return s;
  }
}
