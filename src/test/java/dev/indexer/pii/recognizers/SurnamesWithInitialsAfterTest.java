package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A surname with the initials of the given names after it, as rosters and rotas write them
 * ("Ахмедов Р.", "Никитина В. И.", "Marchetti R."): the surname a listed one or shaped like one
 * (Slavic, Nordic and other endings, in Latin or Cyrillic letters). A common word before a capital
 * and a dot ("Vitamin D.", "Plan B.", "Gruppe A.") is none.
 */
class SurnamesWithInitialsAfterTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aSurnameAndItsInitials() {
    assertThat(
            Spans.of(
                person,
                "ГРАФИК ДЕЖУРСТВ\n1–7 июня — Ахмедов Р., Соловьёва Е.\n8–14 июня — Гусейнова Л. И.\n"))
        .contains("Ахмедов Р.", "Соловьёва Е.", "Гусейнова Л. И.");
    assertThat(Spans.of(person, "Turni scale: Marchetti R., Bianchi-Orlando\n"))
        .contains("Marchetti R.");
    assertThat(Spans.of(person, "Dyżur: Kowalczyk M., Wiśniewska A."))
        .contains("Kowalczyk M.", "Wiśniewska A.");
  }

  @Test
  void aCommonWordBeforeACapitalAndADot() {
    assertThat(
            Spans.of(
                person,
                "Take Vitamin D. daily. If it fails, use Plan B. Gruppe A. trifft sich um 9. Typ C. passt."))
        .isEmpty();
    assertThat(Spans.of(person, "Ответ: Вариант Б. Приложение А.")).isEmpty();
    // a word that only ends like a surname, alone in its text
    assertThat(Spans.of(person, "Витамин С. принимать ежедневно. Магазин Б. открыт до 9."))
        .isEmpty();
    assertThat(Spans.of(person, "Lesson B. is harder than the first one.")).isEmpty();
  }
}
