package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Identity numbers as forms and scans write them: digit by digit with spaces between (boxes of a
 * paper form read back by OCR), in full-width digits after a Japanese label, and after the names of
 * documents in more languages and their case forms. A number spelled out digit by digit after no
 * identity cue stays unreported.
 */
class IdentityNumbersOfFormsAndScansTest {

  private final PassportOrIdRecognizer r = new PassportOrIdRecognizer();

  @Test
  void digitsOfBoxesAfterTheirDocumentsName() {
    assertThat(Spans.of(r, "1 What is your tax file number (TFN)?      3 1 7   5 0 2   9 4 8\n"))
        .containsExactly("3 1 7   5 0 2   9 4 8");
    assertThat(Spans.of(r, "3. Nr PESEL:  8  7  0  2  1  4  0  5  9  3  1\n4. Adres: ...\n"))
        .containsExactly("8  7  0  2  1  4  0  5  9  3  1");
    assertThat(Spans.of(r, "Call me on 0 6 1 2 3 4 5 6 7 8 after five.\n")).isEmpty();
    assertThat(Spans.of(r, "# PESEL weights: 1 3 7 9 1 3 7 9 1 3\n")).isEmpty();
    assertThat(Spans.of(r, "Weight in city: 1 2 3 4 5 6 7 8 kg\n")).isEmpty();
    assertThat(Spans.of(r, "Sing 1 2 3 4 5 6 7 8 and clap\n")).isEmpty();
    // as the service's normaliser writes the wide gaps of a scanned line
    assertThat(Spans.of(r, "Tax file number (TFN)?\t3 1 7\t5 0 2\t9 4 8\n"))
        .containsExactly("3 1 7\t5 0 2\t9 4 8");
  }

  @Test
  void fullWidthDigitsAfterAJapaneseLabel() {
    assertThat(Spans.of(r, "氏名　山本　葵\n個人番号　３１７５　０２９４　８６１３\n")).containsExactly("３１７５　０２９４　８６１３");
  }

  @Test
  void documentNamesOfMoreLanguagesAndTheirCaseForms() {
    assertThat(Spans.of(r, "My IRD number is 093-184-552 and hers is on the letter."))
        .containsExactly("093-184-552");
    assertThat(Spans.of(r, "PHILHEALTH No.: 19-301847562-7\n")).containsExactly("19-301847562-7");
    assertThat(Spans.of(r, "a číslo občanky 318407552, díky")).containsExactly("318407552");
    assertThat(Spans.of(r, "Ја, Петар Николић, број личне карте 009318475, сагласан сам"))
        .containsExactly("009318475");
    assertThat(Spans.of(r, "Бойко Илиев, л.к. № 645318207, издадена от МВР – Варна"))
        .containsExactly("645318207");
    assertThat(Spans.of(r, "davčna številka pa je 31840755.")).containsExactly("31840755");
    assertThat(Spans.of(r, "Жеке куәлік № 031840755, берілген күні 02.04.2017"))
        .containsExactly("031840755");
    assertThat(Spans.of(r, "Subsemnatul Ion Popa, posesor al CI XT 318407, solicit"))
        .containsExactly("XT 318407");
    assertThat(Spans.of(r, "CI run 4471093 failed again; TC 1234567 passed")).isEmpty();
  }

  @Test
  void aHebrewDocumentsNameAfterTheArticle() {
    assertThat(Spans.of(r, "שלחתי את המספר זהות שלי: 318407552\n")).containsExactly("318407552");
  }

  @Test
  void anAustrianSocialInsuranceNumberAndACzechBirthNumberAskedForInAChat() {
    assertThat(
            Spans.of(r, "Familienname: Gruber   Vorname: Lena\nVersicherungsnummer: 7312 150384\n"))
        .containsExactly("7312 150384");
    assertThat(Spans.of(r, "Versicherungsnummer: 7311 150384\n")).isEmpty(); // its check fails
    String chat =
        "Ondra: pojišťovna chce tvoje rodný číslo k té smlouvě\nKlára Nová: 905812/1237\nOndra: díky\n";
    assertThat(Spans.of(r, chat)).contains("905812/1237");
  }
}
