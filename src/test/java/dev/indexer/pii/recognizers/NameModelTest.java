package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statistical name model: names in running text that no cue, list or layout marks, and the
 * capitalised words of places, firms, products and institutions that it must leave alone.
 */
class NameModelTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void namesInRunningTextWithoutACue() {
    assertThat(Spans.of(person, "\"Hatutaondoka hapa mpaka maji yapungue,\" alisema Zawadi."))
        .contains("Zawadi");
    assertThat(
            Spans.of(
                person,
                "Saya memberikan kuasa kepada adik saya, Rahmawati Putri, untuk mengambil paket."))
        .contains("Rahmawati Putri");
    assertThat(Spans.of(person, "Egy fiatal nő, Bodnár Kitti segített neki felállni."))
        .contains("Bodnár Kitti");
    assertThat(Spans.of(person, "Tegnap Szabó Eszter és Kovács Bence segített a költözésben."))
        .anyMatch(s -> s.endsWith("Szabó Eszter"))
        .contains("Kovács Bence");
  }

  @Test
  void namesOfScriptsWithoutCaseThatPartWordsBySpaces() {
    assertThat(Spans.of(person, "ممنون سارا جان، فردا می‌بینمت.")).containsExactly("سارا");
    assertThat(Spans.of(person, "شکریہ، فاطمہ")).containsExactly("فاطمہ");
    assertThat(Spans.of(person, "کاربر: رضا کریمی - reza.k@example.ir"))
        .containsExactly("رضا کریمی");
    assertThat(Spans.of(person, "افتتحت وزارة الصحة مستشفى جديدا في الرياض يوم الأحد.")).isEmpty();
    // Words of kin that lists hold as given names too: "my father and my mother".
    assertThat(Spans.of(person, "אבי ואמי נסעו לחיפה ברחוב הרצל.")).isEmpty();
    assertThat(Spans.of(person, "سافر ابي ووالدتي إلى عمان يوم الجمعة.")).isEmpty();
  }

  @Test
  void aProgramOrAFontIsNoName() {
    assertThat(Spans.of(person, "name: CI\non: [push]\nName: NGINX\nName\nNGINX")).isEmpty();
    assertThat(Spans.of(person, "{\"family\":\"Sans Serif\",\"given\":\"Regular\"}")).isEmpty();
    // French "sans" ("without") before a name is no font.
    assertThat(Spans.of(person, "Sans Marie Lefebvre, nous n'aurions jamais fini le projet."))
        .contains("Marie Lefebvre");
  }

  @Test
  void aNameThatOpensASentenceBeforeAnd() {
    // The first word of a sentence alone is no name unless "and" joins it to another capital.
    assertThat(Spans.of(person, "Hackathon retro. Sreeja and Venkatesh ran logistics."))
        .contains("Sreeja", "Venkatesh");
    assertThat(Spans.of(person, "Retro. Overall and Detailed results follow.")).isEmpty();
  }

  @Test
  void capitalisedWordsOfPlacesFirmsAndInstitutionsAreNoNames() {
    assertThat(
            Spans.of(
                person, "The Danube flows through Vienna and Budapest before reaching Belgrade."))
        .isEmpty();
    assertThat(Spans.of(person, "Vilnius ir Kaunas yra didžiausi Lietuvos miestai.")).isEmpty();
    assertThat(
            Spans.of(
                person,
                "The Volkswagen Golf and the Toyota Corolla were the best sellers in Europe."))
        .isEmpty();
    assertThat(
            Spans.of(person, "Il Consiglio Comunale di Firenze ha approvato il bilancio martedì."))
        .isEmpty();
    assertThat(Spans.of(person, "The Supreme Court heard the appeal in Washington on Monday."))
        .isEmpty();
    // A listed given name that opens a line and runs on into the sentence is its first word.
    assertThat(Spans.of(person, "Doc\nAlpha beta gamma delta epsilon.")).isEmpty();
  }

  @Test
  void theModelScoresEachCapitalisedWordBetweenZeroAndOne() {
    NameModel model = NameModel.get();
    String text = "Ayer hablé con Itziar Goikoetxea sobre la fiesta del barrio.";
    List<double[]> scores = new ArrayList<>();
    NameModel.Words words = NameModel.Words.of(text);
    for (int k = 0; k < words.size(); k++) {
      if (words.candidate(k)) {
        double p = model.probability(text, words, k);
        assertThat(p).isBetween(0.0, 1.0);
        scores.add(new double[] {words.start(k), p});
      }
    }
    // "Ayer" opens the sentence; "Itziar" and "Goikoetxea" are the candidates a name is made of.
    assertThat(scores).hasSize(3);
    assertThat(scores.get(1)[1]).isGreaterThan(scores.get(0)[1]);
  }
}
