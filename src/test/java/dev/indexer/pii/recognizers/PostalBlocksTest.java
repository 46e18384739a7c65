package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An address written as a block of lines under a name: the street line found, the building or flat
 * line above it and the lines of district, town, state and postcode below it, up to a blank line, a
 * label or a line of another kind (a phone, an e-mail address, a date).
 */
class PostalBlocksTest {

  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  private String covered(String text) {
    StringBuilder b = new StringBuilder();
    for (String s : Spans.of(address, text)) {
      b.append(s).append('|');
    }
    return b.toString();
  }

  @Test
  void theLinesAboveAndBelowAStreet() {
    String text =
        "Ship to\nKofi Mensah\nFlat 12B, Marina Heights\n45 Harbour Road\nCape Coast\n\nThanks!";
    assertThat(covered(text))
        .contains("Flat 12B, Marina Heights")
        .contains("45 Harbour Road")
        .contains("Cape Coast")
        .doesNotContain("Kofi")
        .doesNotContain("Thanks");
  }

  @Test
  void districtTownStateAndPostcodeLinesOfBrazil() {
    String text =
        "Sr. Ricardo Alves\nRua do Sol, 120 - Apto 31\nBairro Jardim América\nSão Paulo - SP\n"
            + "01234-567\nTel: +55 11 3456-7890";
    assertThat(covered(text))
        .contains("Bairro Jardim América")
        .contains("São Paulo - SP")
        .contains("01234-567")
        .doesNotContain("Tel")
        .doesNotContain("Ricardo");
  }

  @Test
  void aBlockStopsAtADateOrAnEmailLine() {
    String text =
        "Mme Chantal Roux\nRésidence Les Pins, Bât. C\n12, allée des Tilleuls\n33700 Mérignac\n"
            + "12 Mars 2024\nchantal.roux@example.org";
    assertThat(covered(text))
        .contains("Résidence Les Pins, Bât. C")
        .contains("33700 Mérignac")
        .doesNotContain("Mars")
        .doesNotContain("@");
  }

  @Test
  void greekStreetsIndianPinCodesAndKenyanBoxes() {
    assertThat(covered("Στον κ. Γιώργο Παπαδόπουλο\nΟδός Ερμού 25\n105 63 Αθήνα"))
        .contains("Οδός Ερμού 25")
        .contains("105 63 Αθήνα");
    assertThat(
            covered(
                "Mr. Arjun Mehta\nB-204, Sunshine Apartments\n14 Hill Road\nBandra West\n"
                    + "Mumbai 400050"))
        .contains("B-204, Sunshine Apartments")
        .contains("Bandra West")
        .contains("Mumbai 400050");
    assertThat(covered("Ms. Grace Wanjiru\nP.O. Box 45678-00100\nNairobi"))
        .contains("P.O. Box 45678-00100")
        .contains("Nairobi");
  }

  @Test
  void prosAfterAStreetIsNoPartOfIt() {
    String text = "45 Harbour Road\nplease ring twice, the bell is broken";
    assertThat(covered(text)).contains("45 Harbour Road").doesNotContain("ring");
    assertThat(covered("12 Main Street\nSpringfield\nThanks\nBest Regards"))
        .contains("Springfield")
        .doesNotContain("Thanks")
        .doesNotContain("Regards");
    assertThat(covered("BP 130\nPulse 72\nTemp 37")).doesNotContain("Pulse");
  }
}
