package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import dev.indexer.pii.spi.PiiType;
import org.junit.jupiter.api.Test;

/**
 * A biography that gives one year of birth before 1925 with a verb of birth in its language right
 * before it, and no contact, number, first person or survivors: its people are history's, not
 * private persons, also where the date is no full birth date the birth recognizer reads.
 */
class NamesOfBiographiesTest {

  private static long persons(String text) {
    return Recognizers.analyzer(PiiPolicy.defaults()).analyze(text).stream()
        .filter(f -> f.type() == PiiType.PERSON)
        .count();
  }

  @Test
  void theNameOfABiographyWithAVerbOfBirth() {
    assertThat(
            persons("Ivan Cankar se je rodil 10. maja 1876 na Vrhniki. Pisal je drame in romane."))
        .isZero();
    assertThat(persons("Oskars Kalpaks dzimis 1882. gada 6. janvārī Meļķerte muižā.")).isZero();
    assertThat(persons("Η Ελένη Σκούρα γεννήθηκε το 1896 στην Αθήνα και σπούδασε νομικά."))
        .isZero();
  }

  @Test
  void notARecordOrAFamilysStory() {
    assertThat(persons("Our grandfather Ivan Cankar was born in 1921 in Vrhnika.")).isPositive();
    assertThat(persons("Ivan Novak se je rodil 1921.\nTel. 041 555 123, ivan.novak@mail.si"))
        .isPositive();
    assertThat(persons("Ivan Novak was born in 1921; he is survived by two sons and a daughter."))
        .isPositive();
    assertThat(persons("Natalia Kowalska 1921 odwiedziła Kraków z Heleną Nowak.")).isPositive();
    assertThat(persons("Józef Nowak was born 1921 in Kraków and died 2019 in Chicago."))
        .isPositive();
    assertThat(persons("Ivan Novak, born 12 March 1988, joins the team in June.")).isPositive();
  }
}
