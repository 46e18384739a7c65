package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A firm's registered office is no person's address: a street after a seat's label on its line or
 * on the line above (`Registered office:`, `Sitz der Gesellschaft:`, `Siège social :`, `Седалище и
 * адрес на управление:`) is left alone; the same street after a person's label is found.
 */
class CompanySeatsTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void aStreetAfterASeatsLabelIsNoPersonsAddress() {
    assertThat(Spans.of(streets, "Sitz der Gesellschaft: Hauptstraße 5, 10115 Berlin")).isEmpty();
    assertThat(Spans.of(streets, "Siège social : 12 rue de la Paix, 75002 Paris")).isEmpty();
    assertThat(Spans.of(streets, "Registered office: 22 Liberation Road, Accra")).isEmpty();
    assertThat(Spans.of(streets, "Sede legale: Via Roma 10, 00100 Roma")).isEmpty();
    assertThat(Spans.of(streets, "Siedziba: ul. Długa 12, 00-238 Warszawa")).isEmpty();
    assertThat(
            Spans.of(streets, "Седалище и адрес на управление: гр. Смолян, ул. „Индустриална“ 5"))
        .isEmpty();
    assertThat(Spans.of(streets, "ACME Ltd\nRegistered office:\n22 Liberation Road, Accra"))
        .isEmpty();
  }

  @Test
  void theSameStreetAfterAPersonsLabelIsFound() {
    assertThat(Spans.of(streets, "Adres zamieszkania: ul. Długa 12, 00-238 Warszawa"))
        .containsExactly("ul. Długa 12, 00-238 Warszawa");
    assertThat(Spans.of(streets, "Home address: 22 Liberation Road, Accra"))
        .containsExactly("22 Liberation Road, Accra");
    assertThat(
            Spans.of(
                streets,
                "Registered office: see the letterhead.\nMr Owusu lives at 22 Liberation Road,"
                    + " Accra"))
        .containsExactly("22 Liberation Road, Accra");
  }

  @Test
  void aBulgarianVillageStreetMunicipalityAndProvince() {
    assertThat(
            Spans.of(
                streets,
                "Постоянен адрес: с. Бенковски, ул. „Шипка“ 3, общ. Кирково, обл. Кърджали"))
        .anyMatch(s -> s.endsWith("ул. „Шипка“ 3, общ. Кирково, обл. Кърджали"));
  }

  @Test
  void aHomeAddressAfterASeatNamedElsewhereOnItsLine() {
    assertThat(
            Spans.of(
                streets,
                "I work at head office in Berlin. Home address: Hauptstraße 5, 10115 Berlin"))
        .containsExactly("Hauptstraße 5, 10115 Berlin");
  }
}
