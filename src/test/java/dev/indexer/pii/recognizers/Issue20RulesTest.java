package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules added for names, identifiers and false findings of version numbers and remotes. */
class Issue20RulesTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void nameWhoseWordsMakeUpAnEmailNearbyInARow() {
    assertThat(
            Spans.of(
                person,
                "INSERT INTO t VALUES ('Orla Kavanagh', 'orla.kavanagh@example.ie'),"
                    + " ('Hüseyin Çelik', 'h.celik@example.com');"))
        .contains("Orla Kavanagh", "Hüseyin Çelik");
    assertThat(Spans.of(person, "Emeka Obi,eobi@example.ng")).contains("Emeka Obi");
  }

  @Test
  void capitalisedWordsThatDoNotMakeUpTheAddressAreNoName() {
    assertThat(Spans.of(person, "Support Team: helpdesk@example.com, Service Desk Ltd")).isEmpty();
  }

  @Test
  void makerAndModelAreNoPerson() {
    assertThat(Spans.of(person, "Loaner: Dell Precision 5570, Ford Transit van")).isEmpty();
    // A maker's name as a private person's surname stays a name (Michael Dell himself is a public
    // figure: PublicFiguresTest).
    assertThat(Spans.of(person, "Signed by Emily Ford on 3 May.")).contains("Emily Ford");
  }

  @Test
  void ukNationalInsuranceNumbersWithAnIssuablePrefix() {
    PassportOrIdRecognizer r = new PassportOrIdRecognizer();
    assertThat(Spans.of(r, "id,ni\n1,CE452719A\n2,QQ123456C\n3,GB123456A\n4,AB 12 34 56 D"))
        .containsExactly("CE452719A", "AB 12 34 56 D");
  }

  @Test
  void dottedSsnOnlyAfterACue() {
    UsSsnRecognizer r = new UsSsnRecognizer();
    assertThat(Spans.of(r, "SSN: 219.45.7712")).containsExactly("219.45.7712");
    assertThat(Spans.of(r, "measured 219.45.7712 units")).isEmpty();
  }

  @Test
  void versionNumbersAreNoAddresses() {
    IpAddressRecognizer r = new IpAddressRecognizer();
    assertThat(
            Spans.of(
                r,
                "# 3.2.1.0\n[assembly: AssemblyVersion(\"4.2.0.17\")]\nsection 2.4.1.3\n"
                    + "image: quay.io/org/app:2.3.4.5\nhost 10.1.2.3"))
        .containsExactly("10.1.2.3");
  }

  @Test
  void sshRemoteIsNoEmail() {
    EmailRecognizer r = new EmailRecognizer();
    assertThat(
            Spans.of(r, "git push git@github.example.com:tools/cli.git; mail ops@example.com: ok"))
        .containsExactly("ops@example.com");
  }

  @Test
  void zipPlusFourIsAPhoneOnlyAfterACue() {
    PhoneRecognizer r = new PhoneRecognizer(List.of("US", "BR"));
    assertThat(Spans.of(r, "Send it to ZIP 30301-1234 or CEP 01304-001 by Friday.")).isEmpty();
  }

  @Test
  void placeholdersAreNoSecrets() {
    SecretRecognizer r = new SecretRecognizer();
    assertThat(Spans.of(r, "SECRET_KEY=xxxxxxxxxxxxxxxxxxxx\nAPI_TOKEN=sk_test_xxxxxxxxxxxxxxxx"))
        .isEmpty();
    assertThat(Spans.of(r, "SECRET_KEY=Hx7kP2mQ9vL4nR8sT1wY"))
        .containsExactly("Hx7kP2mQ9vL4nR8sT1wY");
  }

  @Test
  void addressesWithHouseSuffixesFloorsAndAustralianLocalities() {
    StreetAddressRecognizer r = new StreetAddressRecognizer();
    assertThat(Spans.of(r, "Adres: Herengracht 12-A, 1015 BK Amsterdam"))
        .containsExactly("Herengracht 12-A, 1015 BK Amsterdam");
    assertThat(Spans.of(r, "Adres: ul. Słowackiego 5/12 m. 3, 30-018 Kraków"))
        .containsExactly("ul. Słowackiego 5/12 m. 3, 30-018 Kraków");
    assertThat(Spans.of(r, "Address: 9 Ocean Street, Bondi NSW 2026"))
        .containsExactly("9 Ocean Street, Bondi NSW 2026");
    assertThat(Spans.of(r, "Dirección: Av. Santa Fe 2100, depto 7, C1123 CABA"))
        .containsExactly("Av. Santa Fe 2100, depto 7, C1123 CABA");
  }

  @Test
  void gaelicAndWelshParticlesBelongToTheSurname() {
    assertThat(Spans.of(person, "Forwarding this from Seán Ó Ceallaigh and Owen ap Rhys."))
        .contains("Seán Ó Ceallaigh", "Owen ap Rhys");
  }
}
