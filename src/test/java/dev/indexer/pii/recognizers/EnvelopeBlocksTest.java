package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lines of an envelope under its addressee's name: each line from the first under the name to
 * the line of the postcode is an address, in any language, also where no line names a street by its
 * type. Not under a firm's or a body's name, not a letter's sentences, labels or phone lines.
 */
class EnvelopeBlocksTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  private String covered(String text) {
    return String.join("|", Spans.of(streets, text));
  }

  @Test
  void theLinesUnderANameDownToThePostcode() {
    String text =
        "Mrs Edith Rowbottom\nHigh Fold Cottage\nMoorside Lane\nHebden Bridge HX7 5QT\n\n"
            + "Dear Mrs Rowbottom,";
    assertThat(Spans.of(streets, text))
        .containsExactlyInAnyOrder("High Fold Cottage", "Moorside Lane", "Hebden Bridge HX7 5QT");
    String estonian = "Mari Tamm\nKuuse talu\nVäike-Maarja vald\n46203 Lääne-Virumaa\n\nTere!";
    assertThat(Spans.of(streets, estonian))
        .containsExactlyInAnyOrder("Kuuse talu", "Väike-Maarja vald", "46203 Lääne-Virumaa");
    String croatian = "Ivana Horvat\nVlaška 71, 2. kat\n10000 Zagreb\nPredmet: potvrda";
    assertThat(Spans.of(streets, croatian))
        .containsExactlyInAnyOrder("Vlaška 71, 2. kat", "10000 Zagreb");
  }

  @Test
  void aCueLineAboveTheNameAndScriptsWithoutCase() {
    String hebrew = "לכבוד\nמר דוד לוי\nרחוב ביאליק 12 דירה 4\nחולון 5822112\n\nשלום רב,";
    assertThat(covered(hebrew)).contains("חולון 5822112").doesNotContain("דוד לוי");
    String english = "Invoice 4471\nTo:\nFiona MacLeod\nTigh na Mara\nAchiltibuie IV26 2YG\n";
    assertThat(Spans.of(streets, english))
        .containsExactlyInAnyOrder("Tigh na Mara", "Achiltibuie IV26 2YG");
  }

  @Test
  void notUnderAFirmNorALettersSentencesNorPhoneLines() {
    assertThat(
            covered("Nordlicht Software GmbH\nKuuse talu\nVäike-Maarja vald\n46203 Lääne-Virumaa"))
        .isEmpty();
    assertThat(covered("Best regards,\n\nAnna Schmidt\nHead of Marketing\n+49 30 1234567"))
        .isEmpty();
    assertThat(covered("Sofia Marin\nSenior Analyst\nDirect 0207 946 0958")).isEmpty();
    assertThat(covered("Dr. Maria Rossi\nDepartment of Cardiology\nSt Mary's Hospital\n"))
        .doesNotContain("Cardiology");
  }

  @Test
  void notProgrammesVersesListsNorHeadings() {
    assertThat(covered("Ludwig van Beethoven\nSymphony No. 9 in D minor\nVienna 1824")).isEmpty();
    assertThat(
            covered(
                "Robert Frost\nWhose woods these are I think I know\n"
                    + "His house is in the village though\nPage 1187"))
        .isEmpty();
    assertThat(covered("Leaderboard\n\nAnna Berg\nPoints 12450")).isEmpty();
    assertThat(covered("Team\n\nLukas Meyer\nEmployee ID 204518")).isEmpty();
    assertThat(covered("Alice Walker\nVersion 2.3.1\nBuild 583921")).isEmpty();
    assertThat(covered("Board members\n\nHans Weber\nKlaus Fischer\nUlrike Braun 4711")).isEmpty();
    assertThat(covered("Price List\n\nStandard Room\nBreakfast included\nRate 1500 per night"))
        .isEmpty();
    assertThat(covered("تقرير المبيعات\nارتفعت المبيعات هذا الشهر\nالمجموع 15000")).isEmpty();
  }
}
