package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules of the fourth round of issue 20: names as values of name fields in code and data, given
 * names beside a surname column, nicknames, possessives, attendee lists, more surname endings;
 * Finnish, Danish, Romanian and Dutch street parts; a postcode alone and an SSN's grouping are
 * neither an address nor a phone.
 */
class FieldsNicknamesAndUnitsTest {

  private final PersonRecognizer person = new PersonRecognizer();
  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  @Test
  void valuesOfNameFieldsInCodeAndData() {
    assertThat(Spans.of(person, "{\"billing_last_name\": \"Kowalczyk\", \"zip\": \"00-950\"}"))
        .containsExactly("Kowalczyk");
    assertThat(Spans.of(person, "Contact(displayName='Siobhan Keane', phone=None)"))
        .containsOnly("Siobhan Keane");
    assertThat(Spans.of(person, "author = \"Ingrid Solheim\"")).containsOnly("Ingrid Solheim");
    assertThat(Spans.of(person, "owner: \"Tunde Bakare\"")).containsOnly("Tunde Bakare");
  }

  @Test
  void namesOfThingsInNameFieldsAreNoPeople() {
    assertThat(Spans.of(person, "{\"name\": \"Quarterly Report\", \"fileName\": \"Q3 Notes\"}"))
        .isEmpty();
    assertThat(Spans.of(person, "job(name=\"Nightly Build\")")).isEmpty();
    assertThat(Spans.of(person, "<project name=\"Data Loader\" default=\"jar\">")).isEmpty();
    assertThat(Spans.of(person, "vehicle = Vehicle(name=\"Ford Transit\")")).isEmpty();
    assertThat(Spans.of(person, "{\"hostName\": \"Build Server\"}")).isEmpty();
  }

  @Test
  void aGeneralNameColumnBesideASurnameColumnHoldsGivenNames() {
    assertThat(Spans.of(person, "nombre;apellidos;ciudad\nAitor;Zubiri Etxeberria;Bilbao"))
        .contains("Aitor", "Zubiri Etxeberria");
    assertThat(Spans.of(person, "name,price\nAitor,12")).isEmpty();
  }

  @Test
  void lowerCaseNicknamesThatAreFirstNames() {
    assertThat(Spans.of(person, "<ingrid> restarting the broker\n<bot> ok"))
        .containsExactly("ingrid");
    assertThat(Spans.of(person, "<root> cleaning up")).isEmpty();
  }

  @Test
  void htmlTagsAreNoNicknames() {
    assertThat(Spans.of(person, "<ul>\n<li> first item</li>\n<li>second</li>\n</ul>")).isEmpty();
  }

  @Test
  void initialsAfterAnAttendeeLabel() {
    assertThat(Spans.of(person, "Attendees: T. Okafor, S. Lindqvist")).contains("T. Okafor");
    assertThat(Spans.of(person, "Teilnehmer: Anneliese Brückner")).contains("Anneliese Brückner");
  }

  @Test
  void moreSurnameEndings() {
    assertThat(Spans.of(person, "The audit was signed by Ander Zubizarreta."))
        .contains("Ander Zubizarreta");
    assertThat(Spans.of(person, "Report from Jussi Heikkinen attached."))
        .contains("Jussi Heikkinen");
    assertThat(Spans.of(person, "We met Haruto Yamamoto in Osaka.")).contains("Haruto Yamamoto");
  }

  @Test
  void finnishDanishRomanianAndDutchStreetParts() {
    assertThat(Spans.of(address, "Osoite: Hämeenkatu 12 B 34, 33100 Tampere"))
        .containsExactly("Hämeenkatu 12 B 34, 33100 Tampere");
    assertThat(Spans.of(address, "Adresse: Vesterbrogade 5, 3. tv., 1620 København V"))
        .containsExactly("Vesterbrogade 5, 3. tv., 1620 København V");
    assertThat(Spans.of(address, "Adresa: Bd. Unirii nr. 7, bl. 3, sc. B, ap. 21, Cluj-Napoca"))
        .containsExactly("Bd. Unirii nr. 7, bl. 3, sc. B, ap. 21, Cluj-Napoca");
    assertThat(Spans.of(address, "Adres: Prinsengracht 263-bis, 1016 GV Amsterdam"))
        .containsExactly("Prinsengracht 263-bis, 1016 GV Amsterdam");
  }

  @Test
  void aPostcodeAloneIsNoAddressAndAnSsnGroupingNoPhone() {
    assertThat(Spans.of(address, "Ship to ZIP 10001-2345 only.")).isEmpty();
    PhoneRecognizer phones = new PhoneRecognizer(java.util.List.of("US", "DE"));
    assertThat(Spans.of(phones, "The field takes a value such as 987-65-4321.")).isEmpty();
    assertThat(Spans.of(phones, "Call 212-555-0187 after nine.")).containsExactly("212-555-0187");
  }
}
