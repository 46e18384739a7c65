package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates of more forms: Serbian, Hebrew, Turkish and Kazakh labels, Urdu, Bengali, Kazakh and
 * Georgian month names, years written first ("1988 жылғы 3 наурыз", "1985 წლის 7 მაისი"), and the
 * year's abbreviation or the ordinal dot a form writes after the date ("9 maja 1999 r.",
 * "03.09.1990.").
 */
class BirthDatesOfMoreFormsTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();

  @Test
  void labelsAndMonthsOfMoreLanguages() {
    assertThat(Spans.of(dob, "Име: Марко\nДатум рођења: 03.09.1990.\nАдреса: Ниш"))
        .containsExactly("03.09.1990.");
    assertThat(Spans.of(dob, "שם: דנה כהן   ת. לידה: 12/05/1961\nכתובת: חיפה"))
        .containsExactly("12/05/1961");
    assertThat(Spans.of(dob, "Hasta: Ayşe Demir   Doğum: 04/07/1962   Servis: 3"))
        .containsExactly("04/07/1962");
    assertThat(Spans.of(dob, "نام: عمران\nتاریخ پیدائش: 3 مارچ 1994\nشہر: لاہور"))
        .containsExactly("3 مارچ 1994");
    assertThat(Spans.of(dob, "নাম: সুমন\nজন্ম তারিখ: ৫ মার্চ ২০০১\nঠিকানা: খুলনা"))
        .containsExactly("৫ মার্চ ২০০১");
  }

  @Test
  void yearsWrittenFirst() {
    assertThat(Spans.of(dob, "Аты: Ерлан\nТуған күні: 1988 жылғы 3 наурыз\nҚала: Алматы"))
        .containsExactly("1988 жылғы 3 наурыз");
    assertThat(Spans.of(dob, "სახელი: ნინო\nდაბადების თარიღი: 1985 წლის 7 მაისი\nქალაქი: გორი"))
        .containsExactly("1985 წლის 7 მაისი");
  }

  @Test
  void theYearsAbbreviationAndTheOrdinalDot() {
    assertThat(Spans.of(dob, "Data urodzenia: 9 maja 1999 r.\nAdres: Kraków"))
        .containsExactly("9 maja 1999 r.");
    assertThat(Spans.of(dob, "Дата народження: 11 квітня 1979 р.\nАдреса: Київ"))
        .containsExactly("11 квітня 1979 р.");
    assertThat(
            Spans.of(dob, "Họ tên: Lê Văn Tâm\nNgày sinh: ngày 5 tháng 6 năm 1990\nQuê quán: Huế"))
        .containsExactly("ngày 5 tháng 6 năm 1990");
  }

  @Test
  void noOtherDate() {
    assertThat(Spans.of(dob, "Datum: 12.05.2024.\nRok: 30 dana")).isEmpty();
    assertThat(Spans.of(dob, "Termin: 9 maja 2024 r. o godz. 10")).isEmpty();
  }
}
