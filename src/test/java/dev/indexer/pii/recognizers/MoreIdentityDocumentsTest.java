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
  void numbersAfterShortCuesOfTurkeyHungaryPortugalAndSweden() {
    assertThat(Spans.of(ids, "Kefil: Kenan Akgündüz (babası), T.C. 17035482954\nKiraya veren:"))
        .containsExactly("17035482954");
    assertThat(Spans.of(ids, "gyermek: Szabó Bence, TAJ 109 273 659\nKelt: Debrecen"))
        .containsExactly("109 273 659");
    assertThat(Spans.of(ids, "N.º Segurança Social: 12044718829\nMorada: Avenida"))
        .containsExactly("12044718829");
    assertThat(Spans.of(ids, "Pass:              92471830 (giltigt t.o.m. 2029-05-30)"))
        .containsExactly("92471830");
    // "seri no" is any serial number in Turkish: not a cue.
    assertThat(Spans.of(ids, "Cihaz seri no: SN4471209 garanti 2 yıl")).isEmpty();
    // Not a software licence, nor a bank of the Turkish state, nor "taj" of other words.
    assertThat(Spans.of(ids, "License: BSD-3-Clause. See LICENSE for details.")).isEmpty();
    assertThat(Spans.of(ids, "Hesap: T.C. Ziraat Bankası A.Ş. şubesi")).isEmpty();
    assertThat(Spans.of(ids, "The taj 2024 tour starts at dawn.")).isEmpty();
    assertThat(Spans.of(ids, "Your boarding pass: BA0117 LHR-JFK, gate B32")).isEmpty();
    assertThat(Spans.of(ids, "Pass: 12873 Fail: 0 Skip: 4")).isEmpty();
    assertThat(Spans.of(ids, "Business license # 4471209 issued by the city")).isEmpty();
    assertThat(Spans.of(ids, "Hotel Taj: 0091 22 6665 3366")).isEmpty();
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
