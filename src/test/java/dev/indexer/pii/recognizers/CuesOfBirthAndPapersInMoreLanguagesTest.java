package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates and identity numbers after their cues in more languages and shorthands: Slovak "Dátum
 * narodenia" and "narodený", Dutch "verjaardag", Norway's "f.nr.", Indonesia's "BPJS" and South
 * Africa's "ID-nommer".
 */
class CuesOfBirthAndPapersInMoreLanguagesTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void slovakAndDutchBirthDates() {
    assertThat(Spans.of(dob, "Dátum narodenia: 04.07.1987\nTrvalý pobyt: Nitra"))
        .containsExactly("04.07.1987");
    assertThat(Spans.of(dob, "dcéra Ema, narodená 3. mája 2014, nastúpi v septembri"))
        .containsExactly("3. mája 2014");
    assertThat(Spans.of(dob, "en zijn verjaardag is 21 oktober 1990 toch?"))
        .containsExactly("21 oktober 1990");
  }

  @Test
  void aBirthdayThisYearIsAParty() {
    assertThat(Spans.of(dob, "de verjaardag van de zaak is 3 mei, vorig jaar 200 gasten"))
        .isEmpty();
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
    assertThat(Spans.of(ids, "Finished build 4471920 in 12s; snip 20240501 of logs")).isEmpty();
  }
}
