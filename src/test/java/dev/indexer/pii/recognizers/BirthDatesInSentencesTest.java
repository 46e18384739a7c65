package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates that sentences name after the date ("kam am 17. März 1934 zur Welt", "1990. május
 * 3-án született") and the dates a birth date's sentence lists after it for other people ("geboren
 * op 11 oktober 2012 en mijn dochter op 3 juni 2015", "me 8/22/1985, him 1/4/1983"). A date after
 * another event ("and joined on 1 June 2010") is no birth.
 */
class BirthDatesInSentencesTest {

  private final DateOfBirthRecognizer r = new DateOfBirthRecognizer();

  @Test
  void wordsOfBirthAfterTheDate() {
    assertThat(Spans.of(r, "Die gebürtige Oldenburgerin kam am 17. März 1934 zur Welt."))
        .containsExactly("17. März 1934");
    assertThat(Spans.of(r, "Kaum zu glauben, dass sie am 15.06.2017 zur Welt kam!"))
        .containsExactly("15.06.2017");
    assertThat(Spans.of(r, "Unser Sohn ist am 02.11.2021 auf die Welt gekommen."))
        .containsExactly("02.11.2021");
  }

  @Test
  void theDatesABirthDatesSentenceListsForOthers() {
    assertThat(
            Spans.of(r, "Mijn zoon is geboren op 11 oktober 2012 en mijn dochter op 3 juni 2015."))
        .containsExactly("11 oktober 2012", "3 juni 2015");
    assertThat(Spans.of(r, "Our DOBs: me 8/22/1985, him 1/4/1983. Thanks - Alicia"))
        .containsExactly("8/22/1985", "1/4/1983");
    assertThat(Spans.of(r, "Date of birth: 03/04/1971 (applicant) and 12/09/1974 (spouse)"))
        .containsExactly("03/04/1971"); // the second after a bracket: not read as a list
  }

  @Test
  void aDateAfterAnotherEventIsNoBirth() {
    assertThat(Spans.of(r, "Born 3 May 1980 and joined the company on 1 June 2010."))
        .containsExactly("3 May 1980");
    assertThat(Spans.of(r, "Geboren am 3. Mai 1980, eingestellt am 1. Juni 2010."))
        .containsExactly("3. Mai 1980");
    assertThat(Spans.of(r, "DOB 12/01/1990. Visit 14/03/2024 and 15/03/2024."))
        .containsExactly("12/01/1990");
    assertThat(Spans.of(r, "DOB 04/05/1976, Issued 12/01/2015")).containsExactly("04/05/1976");
    assertThat(Spans.of(r, "Born 3 May 1980, Hired 1 June 2010.")).containsExactly("3 May 1980");
    assertThat(Spans.of(r, "DOB: 1990-01-12 or the 2024-03-14 renewal"))
        .containsExactly("1990-01-12");
    assertThat(Spans.of(r, "born on 12 March 1985 and on 3 June 2012 she moved"))
        .containsExactly("12 March 1985");
    // "zur Welt" as the start of another word is no birth.
    assertThat(Spans.of(r, "Der Bericht vom 12.05.2023 zur Weltwirtschaft liegt vor.")).isEmpty();
  }
}
