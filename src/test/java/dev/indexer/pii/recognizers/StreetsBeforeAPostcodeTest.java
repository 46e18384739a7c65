package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A street of one to four words without a street type, its house number, then a comma and a
 * European postcode with its town ("Kounicova 684/10, 602 00 Brno", "Neuer Wall 54, 20354 Hamburg",
 * "Rue Haute 112, 1000 Bruxelles"): the postcode and town make it an address without a cue. Not a
 * chapter, version or count before a year or a number and a common word ("Chapter 5, 2019 Report").
 */
class StreetsBeforeAPostcodeTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void aStreetWithoutATypeBeforeAPostcodeAndTown() {
    assertThat(
            Spans.of(
                streets, "Ing. Martin Procházka\nKounicova 684/10, 602 00 Brno\ntel.: 541 291 510"))
        .containsExactly("Kounicova 684/10, 602 00 Brno");
    assertThat(
            Spans.of(
                streets, "zásielku pošlite na adresu Obchodná 38, 811 06 Bratislava, 2. poschodie"))
        .anyMatch(s -> s.startsWith("Obchodná 38, 811 06 Bratislava"));
    assertThat(Spans.of(streets, "Julie Peeters, Rue Haute 112, 1000 Bruxelles"))
        .containsExactly("Rue Haute 112, 1000 Bruxelles");
    assertThat(Spans.of(streets, "Naslov: Slovenska cesta 17, 1000 Ljubljana"))
        .containsExactly("Slovenska cesta 17, 1000 Ljubljana");
    assertThat(Spans.of(streets, "Kanzlei Weidemann\nNeuer Wall 54, 20354 Hamburg\nTel. 040 3509"))
        .containsExactly("Neuer Wall 54, 20354 Hamburg");
  }

  @Test
  void noChapterVersionOrCountBeforeAYearOrANumber() {
    assertThat(Spans.of(streets, "See Chapter 5, 2019 Report for the figures.")).isEmpty();
    assertThat(Spans.of(streets, "Upgrade from Windows 10, 2004 Edition is supported.")).isEmpty();
    assertThat(Spans.of(streets, "Plan Basic 3, 1000 Users included")).isEmpty();
    assertThat(Spans.of(streets, "Siehe Kapitel 5, 2019 Bericht für die Zahlen.")).isEmpty();
    assertThat(Spans.of(streets, "Tested on Ubuntu 22, 2204 LTS; Kubernetes 1, 1024 Pods"))
        .isEmpty();
    assertThat(Spans.of(streets, "Tabelle 3, 1000 Einträge\nZimmer 12, 1200 Franken")).isEmpty();
  }
}
