package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A full date in brackets right after a person's name is that person's birth date, as lists of
 * children, dependants and family birthdays write it: "Szabó Bence (2012. 09. 30.)", "oma Maria
 * (3-1-1938)", "Hasan Yılmaz'ı (12 Nisan 1951, Rize)". Not after a firm's or a thing's name, nor a
 * date with a time, nor one in the future.
 */
class BirthDatesInBracketsAfterANameTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();

  @Test
  void aDateInBracketsAfterAName() {
    assertThat(Spans.of(dob, "Eltartott gyermek(ek): Szabó Bence (2012. 09. 30.), TAJ 109"))
        .contains("2012. 09. 30");
    assertThat(Spans.of(dob, "3 januari - oma Maria (3-1-1938)\n22 april - Sophie (22-4-2011)"))
        .contains("3-1-1938", "22-4-2011");
    assertThat(Spans.of(dob, "Sevgili babamız Hasan Yılmaz'ı (12 Nisan 1951, Rize) kaybettik."))
        .contains("12 Nisan 1951");
  }

  @Test
  void notAfterAThingNorWithATime() {
    assertThat(Spans.of(dob, "Release Falcon (12.03.2024) ships the new parser.")).isEmpty();
    assertThat(Spans.of(dob, "Reviewed by Anna Berg (2024-03-12 14:05)")).isEmpty();
    assertThat(Spans.of(dob, "Meeting with Acme (12 March 2024) moved to Friday.")).isEmpty();
    assertThat(Spans.of(dob, "Invitation for Anna Berg (12.03.2031)")).isEmpty();
    assertThat(Spans.of(dob, "Call with Anna (12.03.2024): agreed on the scope.")).isEmpty();
  }

  @Test
  void aTextThatOpensWithABracket() {
    assertThat(Spans.of(dob, " (zie) oma Maria (3-1-1938)")).contains("3-1-1938");
  }
}
