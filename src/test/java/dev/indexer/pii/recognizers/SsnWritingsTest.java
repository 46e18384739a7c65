package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Social security numbers as forms, dumps and tables write them: spaced or bare under a column or
 * header named SSN (CSV, pipe tables, SQL inserts, tables laid out with spaces), dashes with spaces
 * around them, a TIN label, cues of more languages. And the dashed look-alikes that a part list, a
 * court file or an application number makes of them.
 */
class SsnWritingsTest {

  private final UsSsnRecognizer r = new UsSsnRecognizer();

  @Test
  void numbersUnderAColumnOrHeaderNamedSsn() {
    assertThat(
            Spans.of(
                r,
                "ssn|surname|given|dob\n418220937|Okafor|Ada|19800312\n520447810|Lind|Per|19910101"))
        .containsExactly("418220937", "520447810");
    assertThat(
            Spans.of(
                r,
                "INSERT INTO staff (name, ssn, dob) VALUES\n('Mia Park', '512406731', '1988-02-03'),\n('Leo Brandt', '271 40 6613', '1979-05-30');"))
        .containsExactly("512406731", "271 40 6613");
    assertThat(
            Spans.of(
                r,
                "Insured SSN        DOB          Policy\n512 40 6731         03/02/1951   HX-4471\n271 40 6613         05/30/1949   HX-4472"))
        .containsExactly("512 40 6731", "271 40 6613");
    assertThat(
            Spans.of(
                r,
                "Dependents\n(1) Name                 (2) SSN         (3) Relationship\nNoah Imre               418 22 0937     Son"))
        .containsExactly("418 22 0937");
    // Without a header that names them, spaced and bare numbers stay figures.
    assertThat(
            Spans.of(
                r,
                "SSN audit of the western sales regions by quarter\nregion|count|total\n418220937|12|44\nwest|512 40 6731|9"))
        .isEmpty();
  }

  @Test
  void moreWritingsAndLabels() {
    assertThat(Spans.of(r, "Employee's social security number     418 - 22 - 0937\nb Employer"))
        .containsExactly("418 - 22 - 0937");
    assertThat(Spans.of(r, "RECIPIENT'S TIN: 418.22.0937\nPAYER'S TIN: 27-4410386"))
        .containsExactly("418.22.0937");
    assertThat(Spans.of(r, "Số an sinh xã hội của mẹ em là 512 40 6731, sinh năm 1960."))
        .containsExactly("512 40 6731");
    assertThat(Spans.of(r, "Número de seguro social: 512-40-6731")).containsExactly("512-40-6731");
    assertThat(Spans.of(r, "-- members (partial dump)\n(1021,'418-22-0937','1962-08-19'),"))
        .containsExactly("418-22-0937");
  }

  @Test
  void dashedLookAlikes() {
    assertThat(Spans.of(r, "Part no. 540-18-2736 (hinge, left) and 540-18-2737 (hinge, right)."))
        .isEmpty();
    assertThat(Spans.of(r, "Número de expediente 418-27-3916 del Juzgado de lo Social")).isEmpty();
    assertThat(Spans.of(r, "Your application ID is 587-40-4691-A; quote it in any letter."))
        .isEmpty();
    assertThat(Spans.of(r, "Docket 418-27-3916 was continued to June.")).isEmpty();
    assertThat(Spans.of(r, "Score 100 - 20 - 2020 final")).isEmpty();
    assertThat(
            Spans.of(
                r,
                "Why we stopped asking for the SSN in the signup form last year\nThe tracking number is 512406731 and the order 418220937"))
        .isEmpty();
  }
}
