package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A tax's or a register's number on a firm's line (its legal form before it), or alone with its
 * label under the firm's line, is the firm's: "ΑΙΓΑΙΟ Α.Ε., ΑΦΜ 094821938", "OIB tvrtke". A
 * person's number beside a firm is still found, and a passport on a firm's line is a person's.
 */
class FirmsTaxNumbersTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void aFirmsTaxNumber() {
    assertThat(Spans.of(ids, "Izdavatelj: Tesarstvo Jadran d.o.o., Zadar, OIB: 61482039756"))
        .isEmpty();
    assertThat(Spans.of(ids, "Εκδότης: ΑΙΓΑΙΟ ΤΡΟΦΙΜΑ Α.Ε.\nΑΦΜ: 094821938\n")).isEmpty();
  }

  @Test
  void aPersonsNumberBesideAFirm() {
    String contract =
        "Naručitelj: Vinarija Kutjevo d.o.o., OIB 56482193701\nIzvođač: Ivana Marić, OIB:"
            + " 48219370562";
    assertThat(Spans.of(ids, contract)).contains("48219370562");
    assertThat(Spans.of(ids, "Poslodavac: Jadran d.o.o.\nOIB zaposlenika: 48219370562"))
        .contains("48219370562");
    assertThat(Spans.of(ids, "Martin Klein, Acme Ltd, passport no. 533380006"))
        .contains("533380006");
    assertThat(Spans.of(ids, "Arbeidsgiver: Vestland Fiskeindustri AS\nPassnummer: EM4829371"))
        .contains("EM4829371");
  }
}
