package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules of the third round of issue 20: names by the shape of the text and of the surname,
 * street parts of more countries, SQL columns, and dotted numbers that are versions.
 */
class NameShapesAndStreetPartsTest {

  private final PersonRecognizer person = new PersonRecognizer();
  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  @Test
  void surnameShapeOrListMakesTheWordBeforeItAFirstName() {
    assertThat(Spans.of(person, "Minutes were taken by Hrafnhildur Jónsdóttir today."))
        .containsExactly("Hrafnhildur Jónsdóttir");
    assertThat(Spans.of(person, "Ask Dumitru Popovici or Radu Ionescu.")).contains("Radu Ionescu");
  }

  @Test
  void doubleBarrelledSurnameOfTwoListedOnes() {
    assertThat(Spans.of(person, "Signed by Aurore Dupont-Moreau yesterday."))
        .containsExactly("Aurore Dupont-Moreau");
  }

  @Test
  void nounsAfterAnArticleAndStreetsNamedAfterPeopleAreNoName() {
    assertThat(Spans.of(person, "Die Apotheke Neumann hat zu.")).isEmpty();
    assertThat(Spans.of(person, "Vi møttes i Karl Johans gate.")).isEmpty();
  }

  @Test
  void orderAndShipmentNumbersAreNoCards() {
    CreditCardRecognizer cards = new CreditCardRecognizer();
    assertThat(Spans.of(cards, "Shipment ID 4556 7375 8689 9855 delayed.")).isEmpty();
    assertThat(Spans.of(cards, "Order 7 paid by card 4556 7375 8689 9855."))
        .containsExactly("4556 7375 8689 9855");
  }

  @Test
  void commonNounsAndProductsBeforeASurnameAreNoName() {
    assertThat(Spans.of(person, "Die Bäckerei Sonnenschein hat geöffnet.")).isEmpty();
    assertThat(Spans.of(person, "Spring Boot and Apache Kafka run on Windows Server.")).isEmpty();
  }

  @Test
  void initialsWithoutACue() {
    assertThat(Spans.of(person, "Drafted by P. K. Wetherall and M. van Leeuwen."))
        .containsExactly("P. K. Wetherall", "M. van Leeuwen");
    assertThat(Spans.of(person, "See Appendix B. The table lists it.")).isEmpty();
  }

  @Test
  void conjunctionBetweenTwoPeopleEndsTheFirstName() {
    assertThat(Spans.of(person, "Firmaron Lucas Romero y Sara Gil."))
        .containsExactly("Lucas Romero", "Sara Gil");
  }

  @Test
  void travelDocumentsAndSurnameCommaGivenFields() {
    assertThat(Spans.of(person, "Pax: ADEBAYO/FOLAKE MS 12A")).containsExactly("ADEBAYO/FOLAKE MS");
    assertThat(Spans.of(person, "Holder: ter Horst, Anouk\nStatus: open"))
        .containsExactly("ter Horst, Anouk");
    assertThat(Spans.of(person, "Priority: High, Urgent\nStatus: Open, Closed")).isEmpty();
  }

  @Test
  void lowerCaseNameAfterAGreetingButNotAGroup() {
    assertThat(Spans.of(person, "hey tobias, the job failed")).containsExactly("tobias");
    assertThat(Spans.of(person, "hi all, the job failed\nthanks team, done")).isEmpty();
  }

  @Test
  void ircSpeakersAndContactCardHeadings() {
    assertThat(Spans.of(person, "12:01 <Niall Brennan> rebooting db2"))
        .containsOnly("Niall Brennan");
    assertThat(Spans.of(person, "<div><h3>Folasade Akande</h3><p>f.akande@example.org</p></div>"))
        .contains("Folasade Akande");
    assertThat(Spans.of(person, "<h2>Release Notes</h2><p>See docs.</p>")).isEmpty();
  }

  @Test
  void namesAndBirthDatesUnderSqlColumns() {
    assertThat(
            Spans.of(
                new DateOfBirthRecognizer(),
                "INSERT INTO p (id, birth_date, city) VALUES (1, '1971-03-04', 'Oslo'), (2,"
                    + " '1980-12-01', 'Bergen');"))
        .containsOnly("1971-03-04", "1980-12-01");
    assertThat(
            Spans.of(
                new DateOfBirthRecognizer(),
                "INSERT INTO p (id, created) VALUES (1, '1971-03-04');"))
        .isEmpty();
  }

  @Test
  void birthDatesUnderKeysAndCuesOfMoreLanguages() {
    DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
    assertThat(Spans.of(dob, "{\"dateOfBirth\": \"1981-04-12\", \"createdAt\": \"2024-01-02\"}"))
        .containsExactly("1981-04-12");
    assertThat(Spans.of(dob, "id;data_nasterii\n4;12.04.1981")).containsExactly("12.04.1981");
    assertThat(Spans.of(dob, "Jan Nowak, ur. 12.04.1981 w Gdańsku")).containsExactly("12.04.1981");
  }

  @Test
  void streetPartsOfMoreCountries() {
    assertThat(Spans.of(address, "Dirección: C/ de Atocha 20, 3º dcha., 28012 Madrid"))
        .containsExactly("C/ de Atocha 20, 3º dcha., 28012 Madrid");
    assertThat(Spans.of(address, "Adres: Keizersgracht 100-II, 1015 CV Amsterdam"))
        .containsExactly("Keizersgracht 100-II, 1015 CV Amsterdam");
    assertThat(Spans.of(address, "Adresse: Nedre Slottsgate 8, 0157 Oslo"))
        .containsOnly("Nedre Slottsgate 8, 0157 Oslo");
    assertThat(Spans.of(address, "Send it to Olav Kyrres gate 22, 5014 Bergen."))
        .containsExactly("Olav Kyrres gate 22, 5014 Bergen");
    assertThat(Spans.of(address, "Calle 85 #15-32, Bogotá"))
        .containsExactly("Calle 85 #15-32, Bogotá");
  }

  @Test
  void dottedNumbersThatAreVersionsOrSections() {
    IpAddressRecognizer ip = new IpAddressRecognizer();
    assertThat(Spans.of(ip, "Zie paragraaf 4.2.1.3 en punkt 2.3.1.1.")).isEmpty();
    assertThat(Spans.of(ip, "FROM runtime:11.0.21.9-slim")).isEmpty();
    assertThat(Spans.of(ip, "v8.4.12.3 is out; 8.4.12.2 is retired.")).isEmpty();
    assertThat(Spans.of(ip, "Mozilla/5.0 (X11) Chrome/120.0.0.0 Safari/537.36")).isEmpty();
    assertThat(Spans.of(ip, "http://198.51.100.23/login")).containsExactly("198.51.100.23");
    assertThat(Spans.of(ip, "client ip 4.2.2.1 and host 203.0.113.9"))
        .containsExactly("4.2.2.1", "203.0.113.9");
  }

  @Test
  void publishedSampleSsnBesideAPlaceholderWord() {
    UsSsnRecognizer ssn = new UsSsnRecognizer();
    assertThat(Spans.of(ssn, "Sample SSN: 078-05-1120 (placeholder)")).isEmpty();
    assertThat(Spans.of(ssn, "SSN: 536-22-4190")).containsExactly("536-22-4190");
  }
}
