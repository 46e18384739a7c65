package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import org.junit.jupiter.api.Test;

/**
 * Numbers a firm or a city chooses to be remembered, or a switchboard's round number: four zeros
 * among the last eight digits ("020 7946 0000", "04 00 00 00 01"), or those eight digits as two
 * equal halves ("21 80 21 80", "029 2087 2087"). And the information desks and offices of more
 * languages that name a number right before it. A person's number of any shape is still found.
 */
class RoundNumbersAndDesksTest {

  private final PhoneRecognizer phones = new PhoneRecognizer(PiiPolicy.defaults().phoneRegions());

  @Test
  void roundAndRepeatedNumbersAreAFirmsOrACitys() {
    assertThat(Spans.of(phones, "Spørsmål: Bymiljøetaten, telefon 21 80 21 80.")).isEmpty();
    assertThat(Spans.of(phones, "Cysylltwch â ni ar 029 2087 2087 os gwelwch yn dda.")).isEmpty();
    assertThat(Spans.of(phones, "Practice line 020 7946 0000 (8am to 6pm)")).isEmpty();
    assertThat(Spans.of(phones, "Main office: +1 (650) 253-0000")).isEmpty();
    assertThat(Spans.of(phones, "LYO-01;Boulangerie;Lyon;04 00 00 00 01;contact@example.fr"))
        .isEmpty();
  }

  @Test
  void peoplesNumbersOfAnyShapeAreStillFound() {
    assertThat(Spans.of(phones, "Ring Sarah on 07777 777777")).containsExactly("07777 777777");
    assertThat(Spans.of(phones, "Mobil: +49 171 2345678")).containsExactly("+49 171 2345678");
    assertThat(Spans.of(phones, "Call Dana on 0412 300 051 tonight"))
        .containsExactly("0412 300 051");
  }

  @Test
  void informationDesksOfMoreLanguages() {
    assertThat(Spans.of(phones, "Справочная служба: +7 495 745-12-77.")).isEmpty();
    assertThat(Spans.of(phones, "Tourist information: 01392 665700")).isEmpty();
    assertThat(Spans.of(phones, "Numer infolinii: 801 000 123")).isEmpty();
    assertThat(Spans.of(phones, "Non-emergency line: 503-823-3333")).isEmpty();
    assertThat(Spans.of(phones, "Informacja turystyczna: 12 354 27 25.")).isEmpty();
    assertThat(Spans.of(phones, "Aanmelden via 015 213 2233 (bezoekerscentrum).")).isEmpty();
    // Not a person's line named after the desk's word.
    assertThat(Spans.of(phones, "Information: 0171 2345678 (Annas Handy)"))
        .containsExactly("0171 2345678");
  }
}
