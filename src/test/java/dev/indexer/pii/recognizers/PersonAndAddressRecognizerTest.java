package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonAndAddressRecognizerTest {

  private final PersonRecognizer person = new PersonRecognizer();
  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  @Test
  void namesFromCuesAndLists() {
    assertThat(Spans.of(person, "Dear Mr. O'Brien, Maria Schmidt asked John F. Whitaker."))
        .containsExactly("Mr. O'Brien", "Maria Schmidt", "John F. Whitaker");
    assertThat(Spans.of(person, "Best regards,\nLukas Becker\nSupport"))
        .containsExactly("Lukas Becker");
    assertThat(Spans.of(person, "Bonjour Hélène, merci.")).containsExactly("Hélène");
  }

  @Test
  void noNamesInOrdinaryCapitalisedText() {
    assertThat(
            Spans.of(
                person, "Dear Customer, Hello World. Kafka Streams and New York. May we grow."))
        .isEmpty();
  }

  @Test
  void streetLinesWithLocality() {
    assertThat(Spans.of(address, "Ship to 221B Baker Street, London NW1 6XE, United Kingdom today"))
        .containsExactly("221B Baker Street, London NW1 6XE, United Kingdom");
    assertThat(Spans.of(address, "Hauptstraße 5\n10115 Berlin\nDeutschland"))
        .containsExactly("Hauptstraße 5\n10115 Berlin\nDeutschland");
    assertThat(Spans.of(address, "1600 Pennsylvania Avenue NW, Washington, DC 20500")).hasSize(1);
    assertThat(Spans.of(address, "12 rue de la Paix, 75002 Paris"))
        .containsExactly("12 rue de la Paix, 75002 Paris");
    assertThat(Spans.of(address, "Via Roma 10, 00184 Roma"))
        .containsExactly("Via Roma 10, 00184 Roma");
  }

  @Test
  void namesAfterSignatureDashesClosingsAndFormLabels() {
    assertThat(Spans.of(person, "See you there.\n\n— Maria")).containsExactly("Maria");
    assertThat(Spans.of(person, "A presto,\nGiulia")).containsExactly("Giulia");
    assertThat(Spans.of(person, "Vorname: Lukas\nNachname: Brandt"))
        .containsExactly("Lukas", "Brandt");
    assertThat(Spans.of(person, "Name ........ Rachel Adams\n| Name | Ines |"))
        .containsExactly("Rachel Adams", "Ines");
    assertThat(Spans.of(person, "happy birthday Chloe!!")).containsExactly("Chloe");
    assertThat(Spans.of(person, "5 - Results\n| Status | Open |\nx -- Done\n- Office: Berlin"))
        .isEmpty();
    assertThat(Spans.of(person, "| Name | Phone |\n|---|---|\n| Ines | 0151 2345678 |"))
        .doesNotContain("Phone");
  }

  @Test
  void twoParticlesAndChatSpeakers() {
    assertThat(Spans.of(person, "Melding van Pieter van den Berg: ok"))
        .containsExactly("Pieter van den Berg");
    assertThat(Spans.of(person, "[09:15] Kofi Mensah: user is app\n[09:16] Release Notes are out"))
        .containsExactly("Kofi Mensah");
    assertThat(Spans.of(person, "[WARN] Disk Usage: 91%")).isEmpty();
  }

  @Test
  void mentionsBuiltFromAFirstName() {
    assertThat(
            Spans.of(
                person,
                "ok pinging @liam.obrien about it, cc @channel @ops_team and anna.berg@example.com"))
        .containsExactly("liam.obrien");
    assertThat(Spans.of(person, "Hi @Sarah, can you check? cc @Channel @Override @Maria.Test"))
        .containsExactly("Sarah");
  }

  @Test
  void floorAndDoorBetweenStreetAndLocality() {
    assertThat(Spans.of(address, "Domicilio: Calle Mayor 21, 3º B, 28013 Madrid"))
        .containsExactly("Calle Mayor 21, 3º B, 28013 Madrid");
    assertThat(Spans.of(address, "Avenida de América 5, piso 4, 28002 Madrid"))
        .containsExactly("Avenida de América 5, piso 4, 28002 Madrid");
  }

  @Test
  void cueWordsInsideCompoundsAreNotCues() {
    assertThat(Spans.of(address, "show mac address-table | inc Gi0/12\nip_address_v4: 10.0.0.1"))
        .isEmpty();
  }

  @Test
  void surnamesInCapitalsAndLastCommaFirstAfterACue() {
    assertThat(Spans.of(person, "Patient name: GARCIA, MARIA")).containsExactly("GARCIA, MARIA");
    assertThat(Spans.of(person, "Von: Müller, Hans <hans@example.de>"))
        .containsExactly("Müller, Hans");
    assertThat(Spans.of(person, "Passenger: Mr John SMITH, seat 14C"))
        .containsExactly("Mr John SMITH");
    assertThat(Spans.of(person, "Customer: ACME GmbH, NASA and IBM")).isEmpty();
  }

  @Test
  void initialsClosingsOnTheSameLineAndCuesWithAColon() {
    assertThat(Spans.of(person, "Approved by: J. Smith")).containsExactly("J. Smith");
    assertThat(Spans.of(person, "Regards, Anne-Marie Dupont")).containsExactly("Anne-Marie Dupont");
    assertThat(Spans.of(person, "Rechnung an: Herrn Karl-Heinz Schmitt"))
        .containsExactly("Herrn Karl-Heinz Schmitt");
    assertThat(Spans.of(person, "See fig. 3. A. Results are in table B. Regards, the team"))
        .isEmpty();
  }

  @Test
  void aLoneFirstNameAfterAVerbThatTakesAPersonOrPairedWithAnother() {
    assertThat(Spans.of(person, "Ask Sofia about the invoice.")).containsExactly("Sofia");
    assertThat(Spans.of(person, "Meeting notes: Priya and Tom agreed to ship on Friday."))
        .containsExactly("Priya", "Tom");
    assertThat(Spans.of(person, "Call Support and Sales. We will ask May. Rock and Roll."))
        .isEmpty();
  }

  @Test
  void ordinalStreetsLetteredHouseNumbersAndPostOfficeBoxes() {
    assertThat(Spans.of(address, "Office: 350 5th Ave, New York, NY 10118."))
        .containsExactly("350 5th Ave, New York, NY 10118");
    assertThat(Spans.of(address, "Sig.ra Bianchi, Via Garibaldi 12/A, 10122 Torino"))
        .containsExactly("Via Garibaldi 12/A, 10122 Torino");
    assertThat(Spans.of(address, "P.O. Box 1234, Springfield, IL 62701"))
        .containsExactly("P.O. Box 1234, Springfield, IL 62701");
    assertThat(Spans.of(address, "Postfach 10 01 23\n80331 München"))
        .containsExactly("Postfach 10 01 23\n80331 München");
    assertThat(Spans.of(address, "Reply to PO Box 12 in the form; BP 120 is the blood pressure"))
        .isEmpty();
  }

  @Test
  void addressCuesInProseAreNotFieldLabels() {
    assertThat(
            Spans.of(
                address,
                "- [Support IP addresses](https://example.org/pull/113747/)\nthe null pointer has the 0 address."))
        .isEmpty();
    assertThat(
            Spans.of(
                address, "Address: 4 Privet Drive, Little Whinging\nAdresse 12 B, Musterhausen"))
        .containsOnly("4 Privet Drive, Little Whinging", "12 B, Musterhausen");
  }

  @Test
  void aMarkdownUnderlineIsNotASignatureDash() {
    assertThat(
            Spans.of(
                person,
                "Cargo\n-----\nAdded support for workspaces.\n\nstruct Person {\n  name: String,\n}"))
        .isEmpty();
    assertThat(Spans.of(person, "see you\n--\nJonas Berg\nACME")).containsExactly("Jonas Berg");
  }

  @Test
  void namesUnderANameColumn() {
    String csv = "id;first_name;last_name;plan\n1;Kofi;Mensah;pro\n2;Ngozi;Okonjo-Iweala;free\n";
    assertThat(Spans.of(person, csv)).containsOnly("Kofi", "Mensah", "Ngozi", "Okonjo-Iweala");
    String md = "| Name | Role |\n|---|---|\n| Ama Owusu | lead |\n| Build Server | ci |";
    assertThat(Spans.of(person, md)).containsOnly("Ama Owusu");
    assertThat(Spans.of(person, "name,price\nWidget Pro,9.99\nSupport Team,0")).isEmpty();
  }

  @Test
  void theLocalityEndsAtTheLineEnd() {
    assertThat(
            Spans.of(address, "Adresse : 3 allée des Tilleuls, 44000 Nantes\nTél : 02 40 12 34 56"))
        .containsExactly("3 allée des Tilleuls, 44000 Nantes");
    assertThat(Spans.of(address, "Via Toledo 256, 80134 Napoli\nCell. 333 123 4567"))
        .containsExactly("Via Toledo 256, 80134 Napoli");
    assertThat(Spans.of(address, "Hauptstraße 5, 10115 Berlin Mitte"))
        .containsExactly("Hauptstraße 5, 10115 Berlin Mitte");
  }

  @Test
  void aBulletListIsNotASignature() {
    assertThat(Spans.of(person, "Employee = NamedTuple('Employee')\ndisplay_name = DisplayName(x)"))
        .isEmpty();
    assertThat(
            Spans.of(
                person,
                "Instance variables:\n\n    - server_address\n    - RequestHandlerClass\n    - socket\n\nMethods:\n    - handle"))
        .isEmpty();
  }

  @Test
  void irishEircodes() {
    assertThat(Spans.of(address, "\"12 Harbour Road, Cork T12 X8Y2\",\"+353 21 490 1234\""))
        .containsExactly("12 Harbour Road, Cork T12 X8Y2");
    assertThat(Spans.of(address, "3 Main Street, Dublin D02 AF30"))
        .containsExactly("3 Main Street, Dublin D02 AF30");
  }

  @Test
  void aTitleJoinsANameAtLeastAsLongAsItself() {
    assertThat(Spans.of(person, "Dear Mr Li, Dr. Amara Okonkwo and Herr Yilmaz"))
        .containsExactly("Li", "Dr. Amara Okonkwo", "Herr Yilmaz");
  }

  @Test
  void aSurnameThatIsAlsoAWordClosesAName() {
    assertThat(Spans.of(person, "Emergency contact: Linda Park, +1 917 555 0123"))
        .containsExactly("Linda Park");
    assertThat(Spans.of(address, "Flat 4, 12 Queen Street\nEdinburgh EH2 1JX"))
        .containsExactly("Flat 4, 12 Queen Street\nEdinburgh EH2 1JX");
  }
}
