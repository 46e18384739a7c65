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
    assertThat(covered(text)).contains("High Fold Cottage", "Moorside Lane").contains("HX7 5QT");
    String estonian = "Kadri Tamm\nKuuse talu\nVäike-Maarja vald\n46203 Lääne-Virumaa\n\nTere!";
    assertThat(covered(estonian)).contains("Kuuse talu", "Väike-Maarja vald", "46203");
    String croatian = "Gosp. Dario Babić\nVlaška 71, 2. kat\n10000 Zagreb\nPredmet: potvrda";
    assertThat(covered(croatian)).contains("Vlaška 71, 2. kat", "10000 Zagreb");
  }

  @Test
  void aCueLineAboveTheNameAndScriptsWithoutCase() {
    String hebrew = "לכבוד\nמר דוד לוי\nרחוב ביאליק 12 דירה 4\nחולון 5822112\n\nשלום רב,";
    assertThat(covered(hebrew)).contains("חולון 5822112");
    String german = "Herrn\nKlaus-Peter Wendling\nAm Mühlbach 9\n56470 Bad Marienberg\n";
    assertThat(covered(german)).contains("Am Mühlbach 9").contains("56470 Bad Marienberg");
  }

  @Test
  void notUnderAFirmNorALettersSentencesNorPhoneLines() {
    assertThat(
            covered("Nordlicht Software GmbH\nKuuse talu\nVäike-Maarja vald\n46203 Lääne-Virumaa"))
        .isEmpty();
    assertThat(
            covered(
                "Anna Kowalczyk\nThank you for the lovely evening yesterday\nSee you soon, 2024\n"))
        .isEmpty();
    assertThat(covered("Jonas Berg\nTel. 040 552 1180\nFax 040 552 1181\n")).isEmpty();
    assertThat(covered("Release notes\nVersion 4.2\nBuild 20240611\n")).isEmpty();
  }
}
