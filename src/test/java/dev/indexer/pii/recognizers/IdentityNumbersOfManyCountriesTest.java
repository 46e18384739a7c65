package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Identity numbers of more countries, as forms and contracts write them: shapes with check digits
 * that no other number takes (Thai, Emirati, Chilean, Argentine, Brazilian PIS, Icelandic), numbers
 * after the names of their documents in their own languages and scripts, and a form's label on the
 * line above its value.
 */
class IdentityNumbersOfManyCountriesTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void shapesWithCheckDigitsThatOnlyIdentityNumbersTake() {
    assertThat(Spans.of(ids, "ผู้มอบอำนาจ เลขที่ 1-1017-00123-45-6 อยู่บ้านเลขที่ 9"))
        .containsExactly("1-1017-00123-45-6");
    assertThat(Spans.of(ids, "يحمل الهوية 784-1979-5512734-1 وعنوانه"))
        .containsExactly("784-1979-5512734-1");
    assertThat(Spans.of(ids, "| Matías Soto | 18.734.256-2 | hijo |\n| Rosa Soto | 9.512.433-K |"))
        .containsExactly("18.734.256-2", "9.512.433-K");
    assertThat(Spans.of(ids, "Titular: Norma Iturralde, CUIL 20-31845672-1, nacida en 1985"))
        .containsExactly("20-31845672-1");
    assertThat(Spans.of(ids, "CPF: 451.902.376-99  |  PIS: 170.38652.19-0"))
        .contains("170.38652.19-0");
    // The Icelandic kennitala has a date's shape: only after its cue or under its column.
    assertThat(Spans.of(ids, "Sjúklingur: Kári Jónsson      Kt.: 120583-2719\n"))
        .containsExactly("120583-2719");
    assertThat(
            Spans.of(ids, "| Nafn | Kennitala | Tengsl |\n| Kári Jónsson | 120583-2719 | sonur |"))
        .contains("120583-2719");
    assertThat(Spans.of(ids, "Rechnung 120583-2719 vom 3. Mai")).isEmpty();
    // The same shapes with a wrong check digit are other numbers.
    assertThat(Spans.of(ids, "Ref. 1-1017-00123-45-7, lot 784-1979-5512734-2, code 18.734.256-3"))
        .isEmpty();
    assertThat(Spans.of(ids, "Bestellung 120583-2729 vom Lager")).isEmpty();
  }

  @Test
  void numbersAfterTheirDocumentsNamedInTheirOwnLanguages() {
    assertThat(Spans.of(ids, "Pacient: Miroslav Doležal   r. č.: 755412/1003   Pojišťovna: 111"))
        .containsExactly("755412/1003");
    assertThat(Spans.of(ids, "Beteg neve: Tóth Géza\nTAJ: 123 456 702\nLakcím: Budapest"))
        .containsExactly("123 456 702");
    assertThat(Spans.of(ids, "בין: דוד פרידמן, ת.ז. 039182746, מרחוב הרצל 12"))
        .containsExactly("039182746");
    assertThat(Spans.of(ids, "Αριθμός Δελτίου Ταυτότητας: ΑΚ 418273        Τηλ.: 694 218 3075"))
        .containsExactly("ΑΚ 418273");
    assertThat(Spans.of(ids, "паспорт серії КС 418207, РНОКПП 2919120735, зареєстрований"))
        .containsExactly("КС 418207", "2919120735");
    assertThat(Spans.of(ids, "NIK             : 3174055208900003\nNama            : DEWI"))
        .containsExactly("3174055208900003");
    assertThat(Spans.of(ids, "Conducente: patente n. MI5182736K, cat. B"))
        .containsExactly("MI5182736K");
    assertThat(Spans.of(ids, "Krankenkasse: AOK Hessen   KV-Nr.: T482109739"))
        .containsExactly("T482109739");
    assertThat(Spans.of(ids, "Uimhir PSP: 3129804M\nDáta breithe: 2 Aibreán 1959"))
        .containsExactly("3129804M");
    assertThat(
            Spans.of(ids, "  [X] Canadian passport          no. AK318047       expiry 2030-02-14"))
        .containsExactly("AK318047");
    assertThat(Spans.of(ids, "4. आधार संख्या: 4829 1736 5048\n5. पैन नंबर: BKTPS4827M"))
        .containsExactly("4829 1736 5048", "BKTPS4827M");
    assertThat(Spans.of(ids, "Mã thẻ BHYT: HC4929218273645\nĐịa chỉ: Số 57"))
        .containsExactly("HC4929218273645");
    assertThat(Spans.of(ids, "Philippines, may TIN 207-418-392-000, na tatawaging"))
        .containsExactly("207-418-392-000");
  }

  @Test
  void aNumberRightAfterItsDocumentIsThatDocumentsThoughItPassesLuhn() {
    var analyzer = dev.indexer.pii.Recognizers.analyzer(dev.indexer.pii.PiiPolicy.defaults());
    String text = "NIK                  : 3578101503850002\nPolis: 4111 1111 1111 1111";
    assertThat(
            analyzer.analyze(text).stream()
                .map(f -> f.type() + " " + text.substring(f.start(), f.end()))
                .toList())
        .contains("PASSPORT_OR_ID 3578101503850002");
  }

  @Test
  void aFormsLabelOnTheLineAboveItsValue() {
    String form =
        "Geboortedatum\n19-11-1998\nBurgerservicenummer\n173950206\nHuidig adres\nKruisstraat 8a";
    assertThat(Spans.of(ids, form)).containsExactly("173950206");
    // A label above a line of words is a heading, not a field.
    assertThat(Spans.of(ids, "Passport\nRenewals take 3 weeks in 2024")).isEmpty();
  }

  @Test
  void shortCuesOnlyInCapitalsAndNoWordsOfTheLanguage() {
    assertThat(Spans.of(ids, "we bought a tin 20 455 litres")).isEmpty();
    assertThat(Spans.of(ids, "taj 12345 visitors in June")).isEmpty();
  }
}
