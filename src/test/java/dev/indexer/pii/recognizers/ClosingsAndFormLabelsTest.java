package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names under the closings of more languages, and after the labels of more kinds of forms. */
class ClosingsAndFormLabelsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aNameUnderAClosingOfMoreLanguages() {
    assertThat(Spans.of(person, "Aitäh kiire vastuse eest.\n\nParimat,\nKertu Saarepuu"))
        .containsExactly("Kertu Saarepuu");
    assertThat(Spans.of(person, "Díky za info.\n\nS pozdravem\nVojtěch Hrubeš"))
        .containsExactly("Vojtěch Hrubeš");
    assertThat(Spans.of(person, "Sounds good, see you then.\n\nThanks!\nXiaoyu"))
        .containsExactly("Xiaoyu");
  }

  @Test
  void notAClosingInTheMiddleOfALine() {
    assertThat(Spans.of(person, "We said thanks! Monday was busy.")).isEmpty();
  }

  @Test
  void aNameAfterTheLabelOfABookingASchoolOrAPolicy() {
    assertThat(Spans.of(person, "Room 214\nGuest: Shirin Tavakkoli\nCheck-in 12 May"))
        .containsExactly("Shirin Tavakkoli");
    assertThat(Spans.of(person, "Holder: Chinonso Okpara\nValid until 2031"))
        .containsExactly("Chinonso Okpara");
    assertThat(Spans.of(person, "Elev: Ola\nForelder: Vegard Aasheim, tlf. på kontoret"))
        .contains("Vegard Aasheim");
    assertThat(Spans.of(person, "Nume: Ionescu Alexandru-Mihai\nCNP: pe verso"))
        .containsExactly("Ionescu Alexandru-Mihai");
  }

  @Test
  void aLabelBeforeSomethingElseThanAName() {
    assertThat(Spans.of(person, "Guest: 2 adults, 1 child\nHolder: see attached")).isEmpty();
  }

  @Test
  void greetingsAndClosingsOfMaoriMalayAndUkrainian() {
    assertThat(Spans.of(person, "Kia ora Wiremu,\n\nThanks for sending the forms.\n"))
        .contains("Wiremu");
    assertThat(Spans.of(person, "Thanks again.\n\nNgā mihi,\nAroha Ngata\n"))
        .contains("Aroha Ngata");
    assertThat(Spans.of(person, "Terima kasih.\n\nSalam hormat,\nSiti Aminah\n"))
        .contains("Siti Aminah");
    // the title goes with the name, as "Pani" does
    assertThat(Spans.of(person, "Пані Галино, ось дані для договору:\n"))
        .anySatisfy(s -> assertThat(s).endsWith("Галино"));
  }
}
