package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Form fields labelled in more languages and scripts: the birth date after its label in Arabic,
 * Hebrew, Tagalog, Irish, Vietnamese, Swahili, Indonesian and Hindi; the address after a label of
 * two words ("Адрес регистрации:", "Current address:") or in Arabic, Tagalog, Irish, Vietnamese,
 * Swahili, Indonesian, Hindi and Chinese; identity numbers after Russian, Arabic, Thai, Irish,
 * Filipino, German, Vietnamese, Indonesian and Swahili labels.
 */
class FormLabelsOfMoreLanguagesTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
  private final StreetAddressRecognizer address = new StreetAddressRecognizer();
  private final PassportOrIdRecognizer id = new PassportOrIdRecognizer();

  @Test
  void birthDatesAfterTheirLabels() {
    assertThat(Spans.of(dob, "تاريخ الميلاد: 1979/11/03")).containsExactly("1979/11/03");
    assertThat(Spans.of(dob, "תאריך לידה: 23.06.1984")).containsExactly("23.06.1984");
    assertThat(Spans.of(dob, "Petsa ng kapanganakan: 07/02/1993")).containsExactly("07/02/1993");
    assertThat(Spans.of(dob, "Dáta breithe: 11/05/1976")).containsExactly("11/05/1976");
    assertThat(Spans.of(dob, "Ngày sinh: 15/08/1990")).containsExactly("15/08/1990");
    assertThat(Spans.of(dob, "Tarehe ya kuzaliwa: 02/04/1987")).containsExactly("02/04/1987");
    assertThat(Spans.of(dob, "Tanggal lahir: 30-01-1995")).containsExactly("30-01-1995");
    assertThat(Spans.of(dob, "जन्म तिथि: 12/12/1988")).containsExactly("12/12/1988");
  }

  @Test
  void addressesAfterTheirLabels() {
    assertThat(
            Spans.of(
                address,
                "Адрес регистрации: 190000, г. Санкт-Петербург, ул. Садовая, д. 5, кв. 12"))
        .anyMatch(s -> s.contains("Садовая, д. 5"));
    assertThat(Spans.of(address, "العنوان: 14 شارع الجامعة، الدقي، الجيزة"))
        .anyMatch(s -> s.contains("14 شارع الجامعة"));
    assertThat(Spans.of(address, "Tirahan: 88 Kalye Rizal, Brgy. San Roque, Marikina 1801"))
        .anyMatch(s -> s.startsWith("88 Kalye Rizal"));
    assertThat(Spans.of(address, "Seoladh: 14 Bóthar an Chaisleáin, Baile Átha Cliath 8"))
        .anyMatch(s -> s.startsWith("14 Bóthar"));
    assertThat(Spans.of(address, "Địa chỉ: 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"))
        .anyMatch(s -> s.startsWith("25 Lý Thường Kiệt"));
    assertThat(Spans.of(address, "Anwani: Plot 12, Mtaa wa Uhuru, Dodoma"))
        .anyMatch(s -> s.startsWith("Plot 12"));
    assertThat(Spans.of(address, "Alamat: Jl. Merdeka No. 45, Bandung 40117"))
        .anyMatch(s -> s.contains("Merdeka No. 45"));
    assertThat(Spans.of(address, "पता: 14 गांधी मार्ग, जयपुर 302001"))
        .anyMatch(s -> s.startsWith("14 गांधी मार्ग"));
    assertThat(Spans.of(address, "现住址：上海市徐汇区漕溪北路18号5号楼302室")).anyMatch(s -> s.contains("漕溪北路18号"));
  }

  @Test
  void labelsOfProseAreNoAddresses() {
    assertThat(Spans.of(address, "Địa chỉ IP của máy chủ đã thay đổi.")).isEmpty();
    assertThat(Spans.of(address, "The address book has 12 entries.")).isEmpty();
    assertThat(Spans.of(address, "Address space: 32 bits of 4 GB each")).isEmpty();
  }

  @Test
  void identityNumbersAfterTheirLabels() {
    assertThat(Spans.of(id, "Паспорт: 40 12 583920")).containsExactly("40 12 583920");
    assertThat(Spans.of(id, "СНИЛС: 112-233-445 95")).containsExactly("112-233-445 95");
    assertThat(Spans.of(id, "رقم الهوية الوطنية: 1029384756")).containsExactly("1029384756");
    assertThat(Spans.of(id, "เลขประจำตัวประชาชน: 3-1005-01234-56-7"))
        .containsExactly("3-1005-01234-56-7");
    assertThat(Spans.of(id, "Uimhir PSP: 1234567TA")).containsExactly("1234567TA");
    assertThat(Spans.of(id, "SSS No.: 33-1234567-8")).containsExactly("33-1234567-8");
    assertThat(Spans.of(id, "Identifikationsnummer: 65 929 970 489"))
        .containsExactly("65 929 970 489");
    assertThat(Spans.of(id, "Số CCCD: 001089012345")).containsExactly("001089012345");
    assertThat(Spans.of(id, "NIK: 3273012503900004")).containsExactly("3273012503900004");
    assertThat(Spans.of(id, "Namba ya NIDA: 19870402-11101-00001-25"))
        .containsExactly("19870402-11101-00001-25");
  }

  @Test
  void caseClaimAndPolicyNumbersAreNoPhones() {
    PhoneRecognizer phones = new PhoneRecognizer(java.util.List.of("US", "DE", "ES", "NL"));
    assertThat(Spans.of(phones, "Policy: HOM 31-4471-2290, renewed in May.")).isEmpty();
    assertThat(Spans.of(phones, "Unfallanzeige Az. 0331-23-774102")).isEmpty();
    assertThat(Spans.of(phones, "DILIGENCIAS Nº 2023-118842")).isEmpty();
    assertThat(Spans.of(phones, "Schademelding - dossier 23-0449187")).isEmpty();
    assertThat(Spans.of(phones, "Claim no.: 55-2231-8871")).isEmpty();
    assertThat(Spans.of(phones, "Policy holder, tel. 0221 4471234"))
        .containsExactly("0221 4471234");
  }

  @Test
  void theBroadcastAddressIsNoDevice() {
    assertThat(
            Spans.of(new MacAddressRecognizer(), "ARP to ff:ff:ff:ff:ff:ff from 3c:22:fb:10:9a:01"))
        .containsExactly("3c:22:fb:10:9a:01");
  }
}
