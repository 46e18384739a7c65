package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import dev.indexer.pii.spi.PiiType;
import org.junit.jupiter.api.Test;

/**
 * A biography that gives a birth before 1935 and no contact, number or address of anyone names a
 * person history knows: neither the name nor the birth date is a private person's. A form's or a
 * record's birth date, a family's story and a later birth keep theirs.
 */
class BirthsOfPeopleOfHistoryTest {

  private static boolean holdsABirthDate(String text) {
    return Recognizers.analyzer(PiiPolicy.defaults()).analyze(text).stream()
        .anyMatch(f -> f.type() == PiiType.DATE_OF_BIRTH);
  }

  @Test
  void theBirthOfAPersonOfHistory() {
    assertThat(
            holdsABirthDate(
                "Jorge Amado nació en Itabuna, Brasil, el 10 de agosto de 1912. En 1961 ingresó"
                    + " en la Academia Brasileña de Letras."))
        .isFalse();
    assertThat(
            holdsABirthDate("Selma Lagerlöf föddes den 20 november 1858 på Mårbacka i Värmland."))
        .isFalse();
  }

  @Test
  void aRecordsOrAFamilysBirthDateStays() {
    assertThat(
            holdsABirthDate("Patient: Hans Müller, geb. 12.03.1931, Zimmer 12. Blutdruck stabil."))
        .isTrue();
    assertThat(holdsABirthDate("Meine Oma Erna wurde am 3. Mai 1931 geboren.")).isTrue();
    // An obituary: a death in a recent year, or the family it leaves.
    assertThat(
            holdsABirthDate(
                "Eileen Carrow, born on 4 May 1929 in Tralee, died peacefully on 2 February 2024."))
        .isTrue();
    assertThat(
            holdsABirthDate(
                "Walter Brenn, geboren am 9. Oktober 1930 in Kassel, ging 1995 in Rente. Er"
                    + " hinterlässt seine Kinder Jana und Paul sowie drei Enkel."))
        .isTrue();
    // A birth of another calendar's year is a later one.
    assertThat(holdsABirthDate("ريم القحطاني من مواليد ١٤٠٨/٠٧/١٥ في مدينة جدة.")).isTrue();
    assertThat(holdsABirthDate("Kari Nordmann ble født 4. mai 1988 i Bergen og flyttet i 2010."))
        .isTrue();
    assertThat(
            holdsABirthDate(
                "Ilse Krämer wurde am 2. Juni 1930 geboren und lebt in der Lindenstraße 4,"
                    + " 37073 Göttingen."))
        .isTrue();
  }
}
