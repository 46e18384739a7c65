package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Values of technical and business documents that look like personal data and are none: dotted
 * version numbers named as such in their line or the header above it, in more languages, byte
 * strings shaped like an IPv6 address, versions glued into a file name, and a firmware's name after
 * the radio standard "Wi-Fi 6E", which names no password; published test cards in a table laid out
 * with spaces under a paragraph about test mode; the key under which a secret keeps a password; a
 * password word that is the value of a log's field ("reason=BAD_PASSWORD"); builds, versions,
 * standards and a lease's dates taken for phones; firms and teams after an address cue; a time at
 * an address. (Addresses of the ranges reserved for documentation stay addresses: hands that invent
 * data for a text use them as real ones.)
 */
class PrecisionOfTechnicalTextTest {

  private final IpAddressRecognizer ip = new IpAddressRecognizer();

  @Test
  void versionNumbersNamedInTheirLineOrHeader() {
    assertThat(Spans.of(ip, "KB5033372 must be installed before upgrading from 2.6.4.11."))
        .isEmpty();
    assertThat(Spans.of(ip, "Facturación: Nerea confirma las pruebas de la versión 2.18.0.77."))
        .isEmpty();
    assertThat(Spans.of(ip, "Installatie-instructie portaal (versie 4.12.0.37)")).isEmpty();
    assertThat(Spans.of(ip, "Informacja o wydaniu - System Kadrowy 9.2.1.44 (12.03.2024)"))
        .isEmpty();
    assertThat(
            Spans.of(
                ip,
                "Model     Serial number   Firmware   Fault\nAP-620    SN24A0003917    8.10.0.9"
                    + "   E-0421"))
        .isEmpty();
    assertThat(Spans.of(ip, "Fixed in: agent 3.4.2.77. Affected builds: 3.4.0.0 through 3.4.2.76."))
        .isEmpty();
    // An address of the same shape in a log line stays one.
    assertThat(Spans.of(ip, "2024-03-01 sshd: failed login for root from 5.12.3.8 port 52144"))
        .containsExactly("5.12.3.8");
  }

  @Test
  void testCardsInATableLaidOutWithSpacesUnderAParagraphOfTestMode() {
    String doc =
        "Use these test numbers in sandbox mode only.\n\n"
            + "  Card          Number                 Behaviour\n"
            + "  Mastercard    5555 5555 5555 4444    Succeeds\n"
            + "  Visa          4000 0000 0000 0002    Declined\n";
    assertThat(Spans.of(new ExampleValues(new CreditCardRecognizer()), doc)).isEmpty();
    // A real card's number in such a table stays found.
    assertThat(
            Spans.of(
                new ExampleValues(new CreditCardRecognizer()),
                doc + "  Visa          4539 1488 0343 6467    Customer's\n"))
        .containsExactly("4539 1488 0343 6467");
  }

  @Test
  void theKeyOfAPasswordInASecretIsNoPassword() {
    SecretRecognizer secret = new SecretRecognizer();
    assertThat(
            Spans.of(
                secret,
                "auth:\n  existingSecret: ledger-db\n  secretKeys:\n"
                    + "    adminPasswordKey: postgres-password\n    userPasswordKey: pw2024-key\n"))
        .isEmpty();
    assertThat(Spans.of(secret, "auth:\n  adminPassword: Qx7#vLr2pT9w\n"))
        .containsExactly("Qx7#vLr2pT9w");
  }

  @Test
  void aPasswordWordAsTheValueOfALogFieldAnnouncesNoPassword() {
    SecretRecognizer secret = new SecretRecognizer();
    assertThat(Spans.of(secret, "login failed user=42 reason=BAD_PASSWORD attempt=3/5")).isEmpty();
    assertThat(
            Spans.of(
                secret,
                "07:14:40 LOGIN_FAIL grund=passwort\n07:14:41 LOGIN_OK kunde=7 ua=\"Safari/17.3\""))
        .isEmpty();
    assertThat(Spans.of(secret, "wer hat das Passwort?\nmia: Nas#Wohnzimmer77"))
        .containsExactly("Nas#Wohnzimmer77");
  }

  @Test
  void buildsVersionsStandardsAndLeaseDatesAreNoPhones() {
    PhoneRecognizer phone =
        new PhoneRecognizer(dev.indexer.pii.PiiPolicy.defaults().phoneRegions());
    assertThat(Spans.of(phone, "Mobile app 6.14.0 (build 61400218) - rolled out 2024-03-07"))
        .isEmpty();
    assertThat(Spans.of(phone, "[assembly: AssemblyFileVersion(\"3.12.0.4417\")]")).isEmpty();
    assertThat(Spans.of(phone, "[4] IEEE Std 802.11-2020. doi:10.1109/IEEESTD.2021")).isEmpty();
    assertThat(Spans.of(phone, "lease 172.20.14.31 {\n  starts 2 2024/03/12 07:51:03;")).isEmpty();
    assertThat(Spans.of(phone, "Mobile: 0612 345 678 (build team lead)"))
        .containsExactly("0612 345 678");
  }

  @Test
  void firmsAndTeamsAfterAnAddressCueAreNoPeople() {
    PersonRecognizer person = new PersonRecognizer();
    assertThat(Spans.of(person, "Aan: Keystone Fasteners B.V., t.a.v. crediteurenadministratie"))
        .isEmpty();
    assertThat(Spans.of(person, "From: Gustavo Pereira\nTo: Northwind Support\nSubject: RMA"))
        .containsExactly("Gustavo Pereira");
    assertThat(Spans.of(person, "[09:10] Sicherheitsteam: Bitte keine Zugangsdaten teilen."))
        .isEmpty();
  }

  @Test
  void aTimeAtAnAddressIsNoAddress() {
    StreetAddressRecognizer street = new StreetAddressRecognizer();
    assertThat(Spans.of(street, "Time at current address:   4 years 2 months\nEmployer: Acme"))
        .isEmpty();
    assertThat(Spans.of(street, "Address: 4 Yearsley Road, Leeds"))
        .anyMatch(s -> s.startsWith("4 Yearsley Road"));
  }

  @Test
  void whatTheNewRulesMustLeaveAlone() {
    assertThat(Spans.of(ip, "Traffic is routed through 81.2.69.160 now"))
        .containsExactly("81.2.69.160");
    assertThat(Spans.of(ip, "Request from 3.21.14.9 routed by dispatcher"))
        .containsExactly("3.21.14.9");
    assertThat(Spans.of(ip, "login from 5.12.3.8, lastUpdated=1")).containsExactly("5.12.3.8");
    SecretRecognizer secret = new SecretRecognizer();
    assertThat(Spans.of(secret, "docker login --password c2VjcmV0UGFzcw== registry.local"))
        .containsExactly("c2VjcmV0UGFzcw==");
    assertThat(Spans.of(secret, "run --password Tr0ub4dor=Xk9 now"))
        .containsExactly("Tr0ub4dor=Xk9");
    assertThat(Spans.of(secret, "the wifi 9Xk#mQ2pLz for guests")).containsExactly("9Xk#mQ2pLz");
    PhoneRecognizer phone =
        new PhoneRecognizer(dev.indexer.pii.PiiPolicy.defaults().phoneRegions());
    assertThat(Spans.of(phone, "Tel (STD code) 0161 496 0960")).containsExactly("0161 496 0960");
    assertThat(Spans.of(phone, "Call our ISO team on 0161 496 0960"))
        .containsExactly("0161 496 0960");
    assertThat(Spans.of(phone, "Call the build desk: 0161 496 0960"))
        .containsExactly("0161 496 0960");
    DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
    assertThat(Spans.of(dob, "Urlaub f. 12.08.2010 beantragt. Verbale n. 12.04.2011 firmato."))
        .isEmpty();
    PersonRecognizer person = new PersonRecognizer();
    assertThat(Spans.of(person, "Der Kunde schrieb Folgendes: bitte prüfen.")).isEmpty();
    assertThat(Spans.of(person, "<plugin><name>Maven Surefire Plugin</name></plugin>")).isEmpty();
    assertThat(Spans.of(person, "level,first,last\n1,Bronze,Gold\n2,Silver,Platinum")).isEmpty();
    assertThat(Spans.of(person, "  PID|PPID|UID|TTY|STAT|TIME|CMD\n")).isEmpty();
    assertThat(Spans.of(person, "All green.\nBuild passed. - Jenkins")).isEmpty();
    assertThat(Spans.of(new PassportOrIdRecognizer(), "Her licence number is LEE99753116SM9IJ."))
        .containsExactly("LEE99753116SM9IJ");
  }

  @Test
  void bytesShapedLikeAnIpv6AddressAndVersionsInFileNames() {
    assertThat(Spans.of(ip, "Serial: 43:75:73:74:6F:6D:65:72  Valid 2024-01-15")).isEmpty();
    assertThat(Spans.of(ip, "Firmware RT60_13.4.2.118_user")).isEmpty();
    assertThat(
            Spans.of(
                new SecretRecognizer(),
                "Radios   LTE B1/B3, Wi-Fi 6E 802.11ax\nFirmware   RT60_13.4.2.118_user"))
        .isEmpty();
    assertThat(Spans.of(new SecretRecognizer(), "WLAN: Gartenhaus\nPasswort: Nas#Wohnzimmer77"))
        .containsExactly("Nas#Wohnzimmer77");
    assertThat(Spans.of(ip, "client fe80:0:0:0:2a0:c9ff:fe12:3400 joined"))
        .containsExactly("fe80:0:0:0:2a0:c9ff:fe12:3400");
  }

  @Test
  void germanInstructionsAddressTheReaderNotAPerson() {
    PersonRecognizer person = new PersonRecognizer();
    assertThat(
            Spans.of(
                person,
                "Passwort vergessen? Klicken Sie auf „Zurücksetzen“. Sie erhalten in 10 Minuten"
                    + " eine E-Mail."))
        .isEmpty();
    assertThat(Spans.of(person, "Hallo Jens, rufen Sie bitte Frau Anke Vogt an."))
        .contains("Jens")
        .anyMatch(n -> n.endsWith("Anke Vogt"));
  }
}
