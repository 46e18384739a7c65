package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Identity numbers after the names of more documents, and in more columns of tables. */
class MoreIdentityDocumentsTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void numbersAfterTheNamesOfMoreDocuments() {
    assertThat(Spans.of(ids, "Name: Anne Roy\nSIN: 046 182 739\nHome: Montréal"))
        .containsExactly("046 182 739");
    assertThat(Spans.of(ids, "My NIN is 48217369054 and my new address follows."))
        .containsExactly("48217369054");
    assertThat(Spans.of(ids, "cédula de ciudadanía 1.020.734.882. Solicito el cambio"))
        .containsExactly("1.020.734.882");
    assertThat(Spans.of(ids, "Jag har tappat mitt pass (nr 91827364) i Malaga."))
        .containsExactly("91827364");
    assertThat(Spans.of(ids, "ztratil jsem cestovní pas č. 41829736. Kontakt:"))
        .containsOnly("41829736"); // found after both cues, one finding after the analyzer merges
  }

  @Test
  void identityColumnsOfMoreCountries() {
    String csv =
        "id,name,pan,aadhaar,city\n"
            + "A-1,Sanjana Raghunathan,BKRPS4821K,4829 1736 5092,Chennai\n";
    assertThat(Spans.of(ids, csv)).contains("BKRPS4821K", "4829 1736 5092");
    String german = "name;vorname;reisepassnr\nSchulze;Anna-Lena;C4JX8R2M1\n";
    assertThat(Spans.of(ids, german)).containsExactly("C4JX8R2M1");
  }

  @Test
  void eightDigitsThatAreNoDateAreANumber() {
    assertThat(Spans.of(ids, "Driver licence 18392047 (NSW) confirmed."))
        .containsExactly("18392047");
    assertThat(Spans.of(ids, "Passport issued 20190412, valid ten years.")).isEmpty();
  }

  @Test
  void notAfterWordsThatOnlyContainACue() {
    assertThat(Spans.of(ids, "The running total was 48217369054 at noon.")).isEmpty();
    assertThat(Spans.of(ids, "Please pass the order 91827364 to billing.")).isEmpty();
  }

  @Test
  void datesWrittenDayFirstAndTurkishGenitivesAreNoNumbers() {
    assertThat(Spans.of(ids, "Paspoort geldig tot 12-04-2030, afgegeven in Utrecht.")).isEmpty();
    assertThat(Spans.of(ids, "Ali'nin telefon numarası 05321234567 idi.")).isEmpty();
  }
}
