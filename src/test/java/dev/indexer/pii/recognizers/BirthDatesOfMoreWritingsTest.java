package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates in more writings: a Roman month (Polish "ur. 23.VII.1991 r."), a Japanese era in
 * short ("S62.3.3"), a Korean two-digit year before "생", Hebrew and Thai months, a passport's
 * bilingual month, "г. рождения" after a Russian date, a Portuguese form's short cue, and a date
 * given in a chat as the answer to a question about one's birth date. The same shapes after no cue,
 * or a date that answers another question, stay unreported.
 */
class BirthDatesOfMoreWritingsTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();

  @Test
  void romanMonthsAndEraDatesInShort() {
    assertThat(Spans.of(dob, "Pan Adam Nowak, ur. 4.XI.1984 r., zamieszkały w Łodzi"))
        .containsExactly("4.XI.1984 r.");
    assertThat(Spans.of(dob, "氏名　小林 涼\n生年月日　H2.11.30\n保険者番号　0613")).containsExactly("H2.11.30");
    assertThat(Spans.of(dob, "Termin: 4.XI.2025, sala 12")).isEmpty();
    assertThat(Spans.of(dob, "Geburtsdatum folgt. Firmware H1.10.22 ist installiert.")).isEmpty();
  }

  @Test
  void monthsOfMoreScriptsAndCuesAfterTheDate() {
    assertThat(Spans.of(dob, "저는 92년 7월 15일생 김하늘입니다.")).containsExactly("92년 7월 15일");
    assertThat(Spans.of(dob, "הילדה, שנולדה ב-12 בינואר 2011, לומדת אצלנו"))
        .containsExactly("12 בינואר 2011");
    assertThat(Spans.of(dob, "ชื่อ: นายสมชาย\nเกิดวันที่ 9 ก.ย. 2528\n"))
        .containsExactly("9 ก.ย. 2528");
    assertThat(Spans.of(dob, "Иванова Ольга, 2 апреля 1979 г. рождения, работает"))
        .containsExactly("2 апреля 1979 г.");
    assertThat(Spans.of(dob, "Nome: Ana Lima\nData de nasc.: 03/08/1999\n"))
        .containsExactly("03/08/1999");
    assertThat(Spans.of(dob, "Date of birth/Date de naissance  02 AUG /AOÛT 85\n"))
        .containsExactly("02 AUG /AOÛT 85");
  }

  @Test
  void aDateGivenInAChatAsTheAnswerToAQuestionAboutOnesBirthDate() {
    String chat =
        "Rhys  7:41 PM\nthe gym form is asking for dob, is it dd/mm or mm/dd?\n"
            + "Kayleigh  7:42 PM\nmine's 21/4/93 anyway\n";
    assertThat(Spans.of(dob, chat)).containsExactly("21/4/93");
    String future = "Rhys  7:41 PM\nwhat's your dob?\nKayleigh  7:42 PM\nI fly out 14/08/2030\n";
    assertThat(Spans.of(dob, future)).isEmpty();
    String other =
        "Rhys  7:41 PM\nthe gym form is asking for dob, is it dd/mm?\n"
            + "Kayleigh  7:42 PM\nno idea\nRhys  7:50 PM\nclass is on 21/4/25 anyway\n";
    assertThat(Spans.of(dob, other)).isEmpty();
  }

  @Test
  void moreCuesAndCalendars() {
    assertThat(Spans.of(dob, "{\"nombre\": \"Inés\", \"nacimiento\": \"1992-10-04\"}"))
        .containsExactly("1992-10-04");
    assertThat(Spans.of(dob, "Nambari yangu ni 31829475 na nilizaliwa tarehe 9 Aprili 1990."))
        .containsExactly("9 Aprili 1990");
    assertThat(Spans.of(dob, "姓名：林怡君\n出生日期：民國79年11月2日\n")).containsExactly("民國79年11月2日");
    assertThat(Spans.of(dob, "الطالبة سلمى، المولودة بتاريخ 3 نيسان 2009، مسجلة لدينا"))
        .containsExactly("3 نيسان 2009");
  }
}
