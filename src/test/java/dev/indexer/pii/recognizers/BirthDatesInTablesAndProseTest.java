package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates under a DOB column of a table laid out with spaces, in the compact forms of records
 * ("19710614", "14MAR1982") and spaced ones of forms ("05 / 30 / 1990"), after cues of more
 * languages (Catalan, Afrikaans, Vietnamese, Latvian, Lithuanian, Malay, Hindi, Japanese, Arabic)
 * and after a Chinese cue that follows another character. And the dates that are no one's birth:
 * the next event after "born;" in a list of anniversaries.
 */
class BirthDatesInTablesAndProseTest {

  private final DateOfBirthRecognizer r = new DateOfBirthRecognizer();

  @Test
  void datesUnderADobColumnLaidOutWithSpaces() {
    assertThat(
            Spans.of(
                r,
                "Claimant SSN        DOB          Claim #\n512 40 6731         03/02/1951   CLM-2024-0418\n271 40 6613         11/19/1949   CLM-2024-0419"))
        .containsExactly("03/02/1951", "11/19/1949");
    assertThat(
            Spans.of(
                r,
                "Seat  Passenger           DOB          NAT\n12A   OKAFOR/ADA          14MAR1982    NGA\n12B   OKAFOR/EMEKA        02SEP2016    NGA"))
        .containsExactly("14MAR1982", "02SEP2016");
    // The column of the header's word, not the other dates of the row.
    assertThat(
            Spans.of(
                r,
                "Name              Hired        DOB\nIda Berg          2019-03-01   1984-07-22\nOla Lind          2020-11-15   1990-01-05"))
        .containsExactly("1984-07-22", "1990-01-05");
    assertThat(Spans.of(r, "ssn|last|first|dob\n418220937|Okafor|Ada|19710614"))
        .containsExactly("19710614");
    // As the service passes it on: a run of spaces kept as a tab.
    assertThat(Spans.of(r, "Name\tHired\tDOB\nIda Berg\t2019-03-01\t1984-07-22"))
        .containsExactly("1984-07-22");
    assertThat(Spans.of(r, "SEAT SURNAME/GIVEN\tDOB\tNAT\n12A\tOKAFOR/ADA\t14MAR1982\tNGA"))
        .containsExactly("14MAR1982");
  }

  @Test
  void spacedDatesOfForms() {
    assertThat(Spans.of(r, "SSN: 512-40-6731   DOB: 05 / 30 / 1990\nCurrent address"))
        .containsExactly("05 / 30 / 1990");
    assertThat(Spans.of(r, "6. DATE OF BIRTH: 08 19 2003")).containsExactly("08 19 2003");
  }

  @Test
  void cuesAndDatesOfMoreLanguages() {
    assertThat(Spans.of(r, "Data de naixement: 15 de maig de 2014"))
        .containsExactly("15 de maig de 2014");
    assertThat(Spans.of(r, "Johanna Botha, gebore op 3 Maart 1979 in Bloemfontein"))
        .containsExactly("3 Maart 1979");
    assertThat(Spans.of(r, "Sinh ngày 02 tháng 9 năm 1978 tại Huế."))
        .containsExactly("02 tháng 9 năm 1978");
    assertThat(Spans.of(r, "Dzimšanas datums: 1986. gada 4. augusts"))
        .containsExactly("1986. gada 4. augusts");
    assertThat(Spans.of(r, "Gimimo data: 1979 m. sausio 22 d."))
        .containsExactly("1979 m. sausio 22 d.");
    assertThat(Spans.of(r, "Anak saya dilahirkan pada 31 Ogos 2019 di Hospital Kuala Lumpur."))
        .containsExactly("31 Ogos 2019");
    assertThat(Spans.of(r, "मेरी बेटी का जन्म 14 नवंबर 2016 को हुआ था।"))
        .containsExactly("14 नवंबर 2016");
    assertThat(Spans.of(r, "私の誕生日は1998年2月14日です。")).containsExactly("1998年2月14日");
    assertThat(Spans.of(r, "患者出生于1956年10月1日，今年67岁。")).containsExactly("1956年10月1日");
    assertThat(Spans.of(r, "وُلد المريض بتاريخ 1965/03/14 ويبلغ من العمر 59 عامًا."))
        .containsExactly("1965/03/14");
    assertThat(Spans.of(r, "Mein Opa ist am 9. November 1934 geboren und wird 90."))
        .containsExactly("9. November 1934");
    assertThat(Spans.of(r, "Urodziłam się 14 lutego 1990 r. w Poznaniu."))
        .containsExactly("14 lutego 1990 r.");
  }

  @Test
  void noBirthOfOtherWordsOrProse() {
    assertThat(Spans.of(r, "The first-born child arrived.  We were\nthere on 12/03/2020"))
        .isEmpty();
    assertThat(Spans.of(r, "人口出生率在2023年1月1日公布")).isEmpty();
    assertThat(Spans.of(r, "誕生日キャンペーンは2024年5月1日まで")).isEmpty();
  }

  @Test
  void noBirthAfterTheClauseOfAnother() {
    assertThat(
            Spans.of(
                r,
                "On This Day: 18 July 1998 — the bridge opened; a colt born; 20 July 1969 — Apollo 11 lands."))
        .isEmpty();
  }
}
