package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The statistical address model: addresses inside sentences of languages the street rules do not
 * know, and the numbers of tables, amounts and dates it must leave alone.
 */
class AddressModelTest {

  private final StreetAddressRecognizer addresses = new StreetAddressRecognizer();

  @Test
  void addressesInsideSentences() {
    assertThat(Spans.of(addresses, "Bydlí na adrese Lidická 1187/22, Brno, kousek od nádraží."))
        .contains("Lidická 1187/22, Brno");
    assertThat(
            Spans.of(
                addresses,
                "Vive en la calle Almirante Cervera 12, 3º izquierda, 28013 Madrid, con su"
                    + " hermana."))
        .anyMatch(s -> s.contains("12, 3º izquierda, 28013 Madrid"));
  }

  @Test
  void amountsTablesAndDatesAreNoAddresses() {
    assertThat(Spans.of(addresses, "The net amount is 2.150,94 EUR and VAT 21% is 268,28."))
        .isEmpty();
    assertThat(Spans.of(addresses, "Składka chorobowa 2,45%          174,74")).isEmpty();
    assertThat(Spans.of(addresses, "2024년 3월 9일   임대인 박정호")).isEmpty();
    assertThat(Spans.of(addresses, "Gross pay 42,00 Std   2,35          98,70")).isEmpty();
    assertThat(Spans.of(addresses, "Population 37,64 mln in 2023, and 21 dni to sign.")).isEmpty();
  }
}
