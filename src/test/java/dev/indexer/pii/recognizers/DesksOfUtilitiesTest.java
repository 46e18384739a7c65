package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import org.junit.jupiter.api.Test;

/**
 * The numbers a utility's or a firm's fault, emergency or customer service label names
 * ("Störungsdienst:", "Hibabejelentés:", "Strömavbrott:", "Kundeservice:") are the firm's; a
 * person's number on its own line beside them is still found.
 */
class DesksOfUtilitiesTest {

  private final PhoneRecognizer phones = new PhoneRecognizer(PiiPolicy.defaults().phoneRegions());

  @Test
  void faultAndServiceLinesAreAFirms() {
    assertThat(Spans.of(phones, "Störungsdienst: 0231 438 5500\nMobil Herr Weber: 0171 2345678"))
        .containsExactly("0171 2345678");
    assertThat(Spans.of(phones, "Strömavbrott: 020-82 58 58\nKundtjänst: 020-82 00 00")).isEmpty();
  }
}
