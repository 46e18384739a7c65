package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Passports, identity cards and personal numbers named in more languages and scripts (Irish, Greek,
 * Serbian, Latvian, Armenian, Arabic, Persian, Hindi, Vietnamese, Japanese), numbers written in the
 * digits of their script, birth dates after the words of more forms (Welsh, Georgian, Bengali,
 * Zulu, Hausa), and name fields of Welsh, Latvian and Croatian forms. A booking reference after
 * "PNR" stays out.
 */
class PapersBirthDatesAndNameFieldsOfMoreLanguagesTest {

  private final PassportOrIdRecognizer id = new PassportOrIdRecognizer();
  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void papersNamedInMoreLanguages() {
    assertThat(Spans.of(id, "Uimhir phas: PA1234567.")).containsExactly("PA1234567");
    assertThat(Spans.of(id, "Το διαβατήριο έχει αριθμό AE4829107.")).containsExactly("AE4829107");
    assertThat(Spans.of(id, "ЈМБГ: 0101990710006")).containsExactly("0101990710006");
    assertThat(Spans.of(id, "Personas kods: 120386-10437\nAdrese: Rīga"))
        .containsExactly("120386-10437");
    assertThat(Spans.of(id, "Անձնագիր: AM0381927")).containsExactly("AM0381927");
    assertThat(Spans.of(id, "رقم جواز السفر: K7719204")).containsExactly("K7719204");
    assertThat(Spans.of(id, "کد ملی: ۰۰۸-۳۹۱۷۲۴-۵")).containsExactly("۰۰۸-۳۹۱۷۲۴-۵");
    assertThat(Spans.of(id, "उनका पासपोर्ट संख्या Z4817290 है।")).containsExactly("Z4817290");
    assertThat(Spans.of(id, "Hộ chiếu số B7719305 cấp ngày 2 tháng 3")).containsExactly("B7719305");
    assertThat(Spans.of(id, "パスポート番号：TZ1193847")).containsExactly("TZ1193847");
  }

  @Test
  void aBookingReferenceIsNoPaper() {
    assertThat(Spans.of(id, "Codice prenotazione (PNR): K7XQ2M, carrozza 6")).isEmpty();
  }

  @Test
  void birthDatesAfterTheWordsOfMoreForms() {
    assertThat(Spans.of(dob, "Enw: Gwenllian Parry\nDyddiad geni: 14/02/1979"))
        .containsExactly("14/02/1979");
    assertThat(Spans.of(dob, "დაბადების თარიღი: 05.11.1983")).containsExactly("05.11.1983");
    assertThat(Spans.of(dob, "জন্ম তারিখ: ১২/০৩/১৯৯৮")).containsExactly("১২/০৩/১৯৯৮");
    assertThat(Spans.of(dob, "Usuku lokuzalwa: 09/09/2001")).containsExactly("09/09/2001");
    assertThat(Spans.of(dob, "Ranar haihuwa: 22/07/1975")).containsExactly("22/07/1975");
  }

  @Test
  void nameFieldsOfMoreForms() {
    assertThat(Spans.of(person, "Enw: Gwenllian Parry\nCyfeiriad: 3 Stryd y Bont"))
        .contains("Gwenllian Parry");
    assertThat(Spans.of(person, "Pacients: Jānis Ozoliņš\nDzimšanas datums: 02.03.1966"))
        .contains("Jānis Ozoliņš");
    assertThat(Spans.of(person, "Ime i prezime: Ana Kovačević\nOIB: 12345678903"))
        .contains("Ana Kovačević");
  }
}
