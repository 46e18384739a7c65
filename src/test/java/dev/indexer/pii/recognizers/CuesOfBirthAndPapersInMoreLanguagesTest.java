package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates and identity numbers after their cues in more languages and shorthands: Slovak "Dátum
 * narodenia" and "narodený", Norway's "f.nr.", Indonesia's "BPJS" and South Africa's "ID-nommer".
 */
class CuesOfBirthAndPapersInMoreLanguagesTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void slovakBirthDates() {
    assertThat(Spans.of(dob, "Dátum narodenia: 04.07.1987\nTrvalý pobyt: Nitra"))
        .containsExactly("04.07.1987");
    assertThat(Spans.of(dob, "dcéra Ema, narodená 3. mája 2014, nastúpi v septembri"))
        .containsExactly("3. mája 2014");
  }

  @Test
  void taxAndIdentityNumbersAfterShortCues() {
    assertThat(Spans.of(ids, "Leietaker: Ola Hansen, f.nr. 01015012345")).contains("01015012345");
    assertThat(Spans.of(ids, "BPJS Kesehatan: 0001234567891")).contains("0001234567891");
    assertThat(Spans.of(ids, "ID-nommer: 8001015009087")).contains("8001015009087");
  }

  @Test
  void aFirmsTaxNumberIsNoOnes() {
    assertThat(Spans.of(ids, "Zakład Sp. z o.o., KRS 0000123456, NIP 7791234567")).isEmpty();
  }

  @Test
  void shortCuesInsideOtherWordsAreNone() {
    assertThat(Spans.of(ids, "Ref.nr. 01015012345 of the shipment")).isEmpty();
  }
}
