package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dates of birth that are no private person's: a format's example ("e.g. 01/01/1990", "например,
 * 01.01.1990"), a range of births in rules ("born on or after 01/01/2014"), an animal's birth under
 * its breed ("Rasse: Labrador", "Imię psa") and the birth of a public figure the text names right
 * before it ("Angela Merkel (born 17 July 1954)"). A person's birth date beside them is found.
 */
class BirthDatesOfNoPrivatePersonTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();

  @Test
  void examplesRangesAnimalsAndPublicFigures() {
    assertThat(Spans.of(dob, "Date of birth must be entered as DD/MM/YYYY, e.g. 01/01/1990."))
        .isEmpty();
    assertThat(Spans.of(dob, "Дата рождения: ДД.ММ.ГГГГ (например, 01.01.1990)")).isEmpty();
    assertThat(Spans.of(dob, "Players born on or after 01/01/2014 may take part.")).isEmpty();
    assertThat(Spans.of(dob, "Name des Tieres: Bruno   Rasse: Labrador\nGeburtsdatum: 05.03.2020"))
        .isEmpty();
    assertThat(Spans.of(dob, "Angela Merkel (born 17 July 1954) served as Chancellor.")).isEmpty();
  }

  @Test
  void aPersonsBirthDateIsStillOne() {
    assertThat(Spans.of(dob, "Patient: Jana Horak, date of birth 14/02/1988"))
        .containsExactly("14/02/1988");
    assertThat(
            Spans.of(
                dob,
                "Owner: Jana Horak, born 14.02.1988\nDog: Bruno, Rasse: Labrador, geb. 05.03.2020"))
        .contains("14.02.1988");
    assertThat(Spans.of(dob, "Sex: F   Race: White\nDOB: 03/14/1982"))
        .containsExactly("03/14/1982");
    assertThat(Spans.of(dob, "Entwurf - Personalbogen\nGeburtsdatum: 12.03.1985"))
        .containsExactly("12.03.1985");
    assertThat(Spans.of(dob, "Application due on or before 1 May; date of birth 03.04.1988"))
        .containsExactly("03.04.1988");
    assertThat(Spans.of(dob, "Rasse: Labrador\nHalterin: Petra Lang, geboren am 12.03.1975"))
        .containsExactly("12.03.1975");
    assertThat(Spans.of(dob, "Angela Meier (born 17 July 1954) lives in Hamburg."))
        .containsExactly("17 July 1954");
  }
}
