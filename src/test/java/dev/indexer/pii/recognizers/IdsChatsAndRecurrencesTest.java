package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of the sixth round of issue 20: national identifiers with check digits, chat speakers,
 * a name's later mentions, vCards, travel names with more titles, address tails, birth dates with
 * month names of more languages, and registry numbers that are no phones.
 */
class IdsChatsAndRecurrencesTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();
  private final PersonRecognizer person = new PersonRecognizer();
  private final StreetAddressRecognizer address = new StreetAddressRecognizer();
  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
  private final PhoneRecognizer phones =
      new PhoneRecognizer(
          List.of(
              "US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "IE", "PT", "PL", "SE",
              "DK", "NO", "FI", "CA", "AU"));

  @Test
  void nationalNumbersAfterTheirCue() {
    assertThat(Spans.of(ids, "Fødselsnummer: 23059100408")).containsExactly("23059100408");
    assertThat(Spans.of(ids, "TC kimlik numaranız 10000000146 olarak kayıtlı"))
        .containsExactly("10000000146");
    assertThat(Spans.of(ids, "Numer PESEL: 85120377216")).containsExactly("85120377216");
    assertThat(Spans.of(ids, "Subsemnata, CNP 5010101123455, domiciliată în Iași"))
        .containsExactly("5010101123455");
    assertThat(Spans.of(ids, "My PPSN, as asked on the form, is 1234567FA."))
        .containsExactly("1234567FA");
    assertThat(Spans.of(ids, "legitymuje się dowodem osobistym AXZ 645678"))
        .containsExactly("AXZ 645678");
    assertThat(Spans.of(ids, "Versicherungsnummer 12 150585 M 049"))
        .containsExactly("12 150585 M 049");
  }

  @Test
  void wrongCheckDigitsCountOnlyRightAfterTheDocumentsName() {
    // Words between the cue and the number: the check decides.
    assertThat(Spans.of(ids, "TC kimlik numaranız 10000000147 olarak kayıtlı")).isEmpty();
    // Right after the name, a mistyped or made-up number is still the person's document's.
    assertThat(Spans.of(ids, "Numer PESEL: 85120377217")).containsExactly("85120377217");
  }

  @Test
  void formattedNumbersWithStrongChecksNeedNoCue() {
    assertThat(Spans.of(ids, "Luca's number is 756.1234.5678.97 and his bank is UBS"))
        .containsExactly("756.1234.5678.97");
    assertThat(Spans.of(ids, "Dossier de M. Claes (91.02.14-122.25), à traiter."))
        .containsExactly("91.02.14-122.25");
    assertThat(Spans.of(ids, "Dossier : 1 85 05 78 006 084 91, ouvert en mars"))
        .containsExactly("1 85 05 78 006 084 91");
    assertThat(Spans.of(ids, "Henkilö 131052-308T haki lupaa")).containsExactly("131052-308T");
  }

  @Test
  void lookAlikesOfFormattedNumbersStay() {
    assertThat(Spans.of(ids, "Artikel 756.1234.5678.90 im Lager")).isEmpty();
    assertThat(Spans.of(ids, "Schema 91.02.14-122.26 gilt ab Mai")).isEmpty();
    assertThat(Spans.of(ids, "Réf. 1 85 05 78 006 084 90")).isEmpty();
  }

  @Test
  void identifiersUnderANamedColumn() {
    assertThat(Spans.of(ids, "imie;nazwisko;pesel\nJan;Nowak;02230913576\nEwa;Lis;92031507825"))
        .contains("02230913576", "92031507825");
    assertThat(Spans.of(ids, "name,passport_no,city\nA. Obi,B4429173,Lagos"))
        .containsExactly("B4429173");
  }

  @Test
  void aNumberedPassportCue() {
    assertThat(Spans.of(ids, "Passport (2): K82736411  Seat 14C")).containsExactly("K82736411");
  }

  @Test
  void speakersOfAChatTranscript() {
    String chat =
        "marta: did you send the form?\n"
            + "oskar: not yet, will do tonight\n"
            + "marta: ok thanks\n"
            + "oskar: np";
    assertThat(Spans.of(person, chat)).contains("marta", "oskar");
    String whatsapp =
        "12/05/2024, 08:01 - Adaeze: are you coming to the meeting\n"
            + "12/05/2024, 08:03 - Tobenna: on my way\n"
            + "12/05/2024, 08:04 - Adaeze: ok";
    assertThat(Spans.of(person, whatsapp)).contains("Adaeze", "Tobenna");
    String french = "Inès : on se voit où ?\nBastien : devant la gare\nInès : parfait";
    assertThat(Spans.of(person, french)).contains("Inès", "Bastien");
  }

  @Test
  void labelsOfFormsAndRolesAreNoSpeakers() {
    String form =
        "Telefon: 030 1234567\nAdresse: Hauptstraße 1\nTelefon: 040 7654321\nAdresse: Ring 2";
    assertThat(Spans.of(person, form)).isEmpty();
    String bot = "user: how do I reset it?\nassistant: open settings\nuser: thanks\nassistant: ok";
    assertThat(Spans.of(person, bot)).isEmpty();
    String headers = "Status: open\nPriority: high\nStatus: closed\nPriority: low";
    assertThat(Spans.of(person, headers)).isEmpty();
  }

  @Test
  void laterMentionsOfAFoundName() {
    assertThat(
            Spans.of(
                person,
                "Present: Ingeborg Vatnedal, Kwabena Ofori\nActions:\n- Kwabena to update the"
                    + " runbook\n- Ingeborg reviews it"))
        .contains("Kwabena", "Ingeborg");
  }

  @Test
  void wordsOfThingsAreNotSpreadAsNames() {
    assertThat(Spans.of(person, "Meet Sarah Green at the Green Room.")).doesNotContain("Green");
  }

  @Test
  void vCardNameAndAddressFields() {
    String card =
        "BEGIN:VCARD\nVERSION:3.0\nN:Vatnedal;Ingeborg;;;\nFN:Ingeborg Vatnedal\n"
            + "ADR;TYPE=HOME:;;Torggata 7;Oslo;;0181;Norway\nEND:VCARD";
    assertThat(Spans.of(person, card)).contains("Vatnedal", "Ingeborg");
    assertThat(Spans.of(address, card)).contains("Torggata 7");
  }

  @Test
  void travelNamesWithTitlesOfOtherLanguages() {
    assertThat(Spans.of(person, "Client : DUBOIS/AMELIE MLLE"))
        .anyMatch(s -> s.contains("DUBOIS/AMELIE"));
    assertThat(Spans.of(person, "Pasajero: GARCIA LOPEZ/ANA MARIA DEL PILAR SRA"))
        .anyMatch(s -> s.contains("GARCIA LOPEZ/ANA MARIA DEL PILAR"));
  }

  @Test
  void vietnameseNamesInTheirOrder() {
    assertThat(Spans.of(person, "Present: Tran Thi Mai, Jonas Weber")).contains("Tran Thi Mai");
    assertThat(Spans.of(person, "The lease is in the name of Pham, Van Duc since 2021."))
        .anyMatch(s -> s.contains("Pham") && s.contains("Van Duc"));
  }

  @Test
  void titledNamesInAttendeeListsKeepTheirSurname() {
    assertThat(Spans.of(person, "Présents : Mme Claire Dufresne, M. Hugo Lemaire"))
        .anyMatch(s -> s.contains("Hugo Lemaire"));
  }

  @Test
  void namedAfterAPersonIsNoPerson() {
    assertThat(Spans.of(person, "Shuttles leave from the Willy Brandt Terminal at nine."))
        .isEmpty();
    assertThat(Spans.of(person, "She won the Nelson Mandela Scholarship last year.")).isEmpty();
  }

  @Test
  void addressTailsOfMoreCountries() {
    assertThat(Spans.of(address, "Adres: Strada Lalelelor nr. 4, bl. C2, ap. 7, 400123 Cluj"))
        .containsExactly("Strada Lalelelor nr. 4, bl. C2, ap. 7, 400123 Cluj");
    assertThat(Spans.of(address, "Dirección: Calle Mayor 3, 1º dcha., 28013 Madrid"))
        .containsExactly("Calle Mayor 3, 1º dcha., 28013 Madrid");
    assertThat(Spans.of(address, "Address: 8 Elm Grove, Stratford upon Avon CV37 6BA"))
        .containsExactly("8 Elm Grove, Stratford upon Avon CV37 6BA");
    assertThat(Spans.of(address, "Address: 3 Leeson Park, Dublin 4, D04 V1W8"))
        .containsExactly("3 Leeson Park, Dublin 4, D04 V1W8");
    assertThat(Spans.of(address, "Adres: Kerkstraat 2b, 1741 AB Egmond aan Zee"))
        .containsExactly("Kerkstraat 2b, 1741 AB Egmond aan Zee");
    assertThat(
            Spans.of(
                address, "Dirección: Av. Juárez 55, Col. Centro, 06000 Ciudad de México, CDMX"))
        .containsExactly("Av. Juárez 55, Col. Centro, 06000 Ciudad de México, CDMX");
  }

  @Test
  void turkishStreetsInRunningText() {
    assertThat(Spans.of(address, "gönder: Halaskargazi Caddesi No: 12 D: 4, 34371 Şişli/İstanbul"))
        .containsExactly("Halaskargazi Caddesi No: 12 D: 4, 34371 Şişli/İstanbul");
  }

  @Test
  void birthDatesWithMonthNamesOfMoreLanguages() {
    assertThat(Spans.of(dob, "doğum tarihi 7 Ağustos 1984")).containsOnly("7 Ağustos 1984");
    assertThat(Spans.of(dob, "född 21 oktober 1990 i Malmö")).containsOnly("21 oktober 1990");
    assertThat(Spans.of(dob, "născută la 3 septembrie 1972")).containsOnly("3 septembrie 1972");
    assertThat(Spans.of(dob, "urodzony 5 marca 1966 w Gdańsku")).containsOnly("5 marca 1966");
    assertThat(Spans.of(dob, "syntymäaika 2. toukokuuta 1979")).contains("2. toukokuuta 1979");
  }

  @Test
  void registryAndTrackingNumbersAreNoPhones() {
    assertThat(Spans.of(phones, "Org.nr. 914 778 271 MVA, levering innen fredag")).isEmpty();
    assertThat(Spans.of(phones, "SIREN 732 829 320 ; capital 10 000 €")).isEmpty();
    assertThat(Spans.of(phones, "USt-IdNr. DE 811 569 869")).isEmpty();
    assertThat(Spans.of(phones, "Y-tunnus 1572860-0, toimitus viikolla 12")).isEmpty();
    assertThat(Spans.of(phones, "kargo takip 5512 4410 7781 ile")).isEmpty();
    assertThat(Spans.of(phones, "Org.nr. 914 778 271, tel. 22 33 44 55"))
        .containsExactly("22 33 44 55");
  }

  @Test
  void identifiersOfMoreCountriesAndScripts() {
    assertThat(Spans.of(ids, "vi har 19811218-9876 i journalen")).containsExactly("19811218-9876");
    assertThat(Spans.of(ids, "身份证号：11010519491231002X")).containsExactly("11010519491231002X");
    assertThat(Spans.of(ids, "주민등록번호: 800101-1234560")).contains("800101-1234560");
    assertThat(Spans.of(ids, "CPF do cliente 529.982.247-25, pedido 12"))
        .contains("529.982.247-25");
    assertThat(Spans.of(ids, "Contrato con CURP BADD110313HCMLNS09 firmado"))
        .contains("BADD110313HCMLNS09");
    assertThat(Spans.of(ids, "CPF 529.982.247-26")).contains("529.982.247-26");
  }

  @Test
  void addressesAndBirthDatesAfterLabelsOfOtherScripts() {
    assertThat(Spans.of(address, "地址：北京市朝阳区建国路88号")).contains("北京市朝阳区建国路88号");
    assertThat(Spans.of(dob, "生年月日：1990年4月7日")).containsOnly("1990年4月7日");
    assertThat(Spans.of(dob, "Születési idő: 1985. március 3.")).contains("1985. március 3.");
  }

  @Test
  void aCountryCodeGluedToAnotherScript() {
    assertThat(Spans.of(phones, "手机号还是+86 139 1234 5678")).containsExactly("+86 139 1234 5678");
  }
}
