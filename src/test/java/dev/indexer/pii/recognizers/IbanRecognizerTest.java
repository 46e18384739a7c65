package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanRecognizerTest {

  private final IbanRecognizer r = new IbanRecognizer();

  @Test
  void findsCompactAndGroupedIbansOfSepaCountries() {
    assertThat(
            Spans.of(
                r,
                "IBAN DE89 3704 0044 0532 0130 00 EUR, FR1420041010050500013M02606 and gb82west12345698765432."))
        .containsExactly(
            "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "gb82west12345698765432");
    assertThat(Spans.of(r, "NL91ABNA0417164300 / CH93 0076 2011 6238 5295 7 / NO9386011117947"))
        .containsExactly("NL91ABNA0417164300", "CH93 0076 2011 6238 5295 7", "NO9386011117947");
  }

  @Test
  void rejectsBadChecksumsAndWrongLengths() {
    assertThat(
            Spans.of(
                r, "DE89 3704 0044 0532 0130 01 and DE8937040044053201300 and XX12345678901234"))
        .isEmpty();
  }
}
