package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCardRecognizerTest {

  private final CreditCardRecognizer r = new CreditCardRecognizer();

  @Test
  void findsBrandsWithLuhn() {
    assertThat(
            Spans.of(r, "visa 4111 1111 1111 1111, amex 3782-822463-10005, jcb 3530111333300000"))
        .containsExactly("4111 1111 1111 1111", "3782-822463-10005", "3530111333300000");
    assertThat(
            Spans.of(
                r, "unionpay 6221 2600 0000 0000 2, mc 5555555555554444, diners 30569309025904"))
        .containsExactly("6221 2600 0000 0000 2", "5555555555554444", "30569309025904");
  }

  @Test
  void rejectsLookAlikes() {
    assertThat(
            Spans.of(
                r,
                "4111 1111 1111 1112 and 1234567890123456 and 9780306406157 and 3.14159265358979"))
        .isEmpty();
    assertThat(Spans.of(r, "order 0000 0000 0000 0000")).isEmpty();
  }

  @Test
  void onlyCardGroupingsInsideLongerNumbers() {
    assertThat(Spans.of(r, "Dear Customer, your order 123-4567890-1234567 has shipped.")).isEmpty();
    assertThat(
            Spans.of(
                r, "4111 1111 1111 1111, 3714 496353 98431, 4111111111111111, 4111-1111-1111-1111"))
        .containsExactly(
            "4111 1111 1111 1111", "3714 496353 98431", "4111111111111111", "4111-1111-1111-1111");
  }
}
