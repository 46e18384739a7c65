package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The address of a public institution (a tax office, a town hall, a ministry, an embassy, a museum,
 * a court) named right before it in its clause is no person's; a home address beside such a word
 * stays one when the clause says someone lives there.
 */
class AddressesOfInstitutionsTest {

  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  @Test
  void anInstitutionsAddress() {
    assertThat(Spans.of(address, "Préfecture de police : 9 boulevard du Palais, 75004 Paris."))
        .isEmpty();
    assertThat(
            Spans.of(
                address,
                "Urząd Skarbowy Warszawa-Śródmieście, ul. Lindleya 14, 02-013 Warszawa — godziny 8:00–16:00."))
        .isEmpty();
    assertThat(
            Spans.of(
                address,
                "Atendimento: Loja do Cidadão das Laranjeiras, Rua Abranches Ferrão 10, 1600-001 Lisboa."))
        .isEmpty();
    assertThat(Spans.of(address, "アクセス\n東京都庁：東京都新宿区西新宿2-8-1（都庁前駅直結）")).isEmpty();
    assertThat(Spans.of(address, "찾아오시는 길\n부산시청: 부산광역시 연제구 중앙대로 1001")).isEmpty();
    assertThat(Spans.of(address, "Embassy of Canada, 501 Pennsylvania Avenue NW, Washington"))
        .isEmpty();
    assertThat(
            Spans.of(
                address,
                "Para reclamaciones, Agencia Tributaria, calle Guzmán el Bueno 139, 28003 Madrid."))
        .isEmpty();
  }

  @Test
  void aHomeAddressBesideSuchAWord() {
    assertThat(
            Spans.of(address, "Ich wohne gleich neben dem Rathaus, Marktstraße 3, 04109 Leipzig."))
        .anySatisfy(s -> assertThat(s).startsWith("Marktstraße 3"));
    assertThat(
            Spans.of(
                address,
                "Wniosek do urzędu skarbowego.\nAdres zamieszkania: ul. Długa 5, 00-238 Warszawa"))
        .anySatisfy(s -> assertThat(s).contains("Długa 5"));
    assertThat(
            Spans.of(
                address, "Mr Kim lives next to the museum, at 12 Baker Street, London NW1 6XE"))
        .anySatisfy(s -> assertThat(s).contains("12 Baker Street"));
    assertThat(
            Spans.of(
                address,
                "Dear Tax Office,\nplease update my address to 12 Baker Street, London NW1 6XE."))
        .anySatisfy(s -> assertThat(s).contains("12 Baker Street"));
    assertThat(
            Spans.of(
                address,
                "Sehr geehrte Damen und Herren vom Finanzamt,\nmeine neue Anschrift lautet Hauptstraße 5, 10115 Berlin."))
        .anySatisfy(s -> assertThat(s).contains("Hauptstraße 5"));
    assertThat(Spans.of(address, "Rekomendacje dla klienta: ul. Długa 5, 00-238 Warszawa"))
        .anySatisfy(s -> assertThat(s).contains("Długa 5"));
  }
}
