package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An address goes on after its street over the parts a comma joins to it: flat and block, suburb,
 * town, state and postcode ("22 Liberation Road, Airport Residential Area, Accra").
 */
class AddressTailsTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void suburbTownAndPostcodeAfterTheStreet() {
    assertThat(
            Spans.of(
                streets, "Billing address is 22 Liberation Road, Airport Residential Area, Accra."))
        .containsExactly("22 Liberation Road, Airport Residential Area, Accra");
    assertThat(Spans.of(streets, "sent to Unit 7/22 Wattle Grove, Newtown NSW 2042. Escalated"))
        .anyMatch(s -> s.endsWith("Newtown NSW 2042"));
  }

  @Test
  void flatBlockAndSectorAfterTheStreet() {
    assertThat(
            Spans.of(
                streets,
                "domiciliat în Str. Mihai Eminescu nr. 48, bl. A3, ap. 12, sector 2, București"))
        .anyMatch(s -> s.endsWith("sector 2, București"));
  }

  @Test
  void notTheWordsOfTheSentenceAfterIt() {
    assertThat(Spans.of(streets, "She lives at 22 Hawthorn Close, and John said so."))
        .containsExactly("22 Hawthorn Close");
    assertThat(Spans.of(streets, "Meet at 10 Downing Street, then we walk to the river."))
        .containsExactly("10 Downing Street");
  }

  @Test
  void anAddressOfAServerOrANetworkIsNoPostalAddress() {
    assertThat(Spans.of(streets, "API adresi: 203.0.113.20. <API_ANAHTARI> yerine yazın."))
        .isEmpty();
    assertThat(Spans.of(streets, "Adresy 203.0.113.0/24 są zarezerwowane do dokumentacji."))
        .isEmpty();
    assertThat(Spans.of(streets, "IP-Adresse: 10.20.30.40 (Gateway 4)")).isEmpty();
    assertThat(Spans.of(streets, "Adres: ul. Długa 12 m. 4, 00-238 Warszawa"))
        .containsExactly("ul. Długa 12 m. 4, 00-238 Warszawa");
  }
}
