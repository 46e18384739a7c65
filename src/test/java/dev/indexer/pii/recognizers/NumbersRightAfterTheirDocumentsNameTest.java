package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number right after the name of its document is that document's number even when its check digit
 * fails, as numbers typed by hand or made up for a form often do: "PESEL: 85071012345", "CPF:
 * 123.456.789-00", "Fødselsnummer: 01017012345". Farther from the name, the check still decides.
 */
class NumbersRightAfterTheirDocumentsNameTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void numbersRightAfterTheirLabel() {
    assertThat(Spans.of(ids, "PESEL: 85071012345")).contains("85071012345");
    assertThat(Spans.of(ids, "CPF: 123.456.789-00")).contains("123.456.789-00");
    assertThat(Spans.of(ids, "Fødselsnummer: 01017012345")).contains("01017012345");
    assertThat(Spans.of(ids, "EGN 8507091234, ЕГН 8507091234"))
        .containsExactly("8507091234", "8507091234");
    assertThat(Spans.of(ids, "Applicant: Jean Roy | SIN 273 481 960 | DOB 1986-11-03"))
        .contains("273 481 960");
  }

  @Test
  void fartherFromTheNameTheCheckDecides() {
    assertThat(Spans.of(ids, "PESEL pacjenta: 85071012344")).isEmpty();
    assertThat(Spans.of(ids, "PRECIO SIN IVA REF 12345678")).isEmpty();
  }

  @Test
  void romanianCardsWithSeriesAndNumber() {
    assertThat(Spans.of(ids, "carte de identitate seria KT nr. 418273, eliberată la 02.09.2019"))
        .anySatisfy(s -> assertThat(s).endsWith("418273"));
    assertThat(Spans.of(ids, "posesor al C.I. seria MX 482910, CNP 1750410220343"))
        .anySatisfy(s -> assertThat(s).endsWith("482910"));
  }

  @Test
  void polishIdentityCardsAfterTheirName() {
    assertThat(Spans.of(ids, "dowód osobisty ABC123456")).contains("ABC123456");
  }

  @Test
  void aWordThatIsNoLabelInAnotherLanguage() {
    // Spanish "sin" (without), a phone after the cue's sentence
    assertThat(Spans.of(ids, "Llamé sin 273 481 960 respuesta.")).isEmpty();
    assertThat(Spans.of(ids, "The PESEL field was left empty; call 612 345 678 91 instead."))
        .isEmpty();
  }
}
