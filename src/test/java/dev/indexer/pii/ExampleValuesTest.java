package dev.indexer.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values that standards and payment networks reserve for examples and tests (test cards, the
 * documentation address ranges, example.com, 555-01xx, placeholder names) are no one's data where
 * the text presents them as examples, and are still found wherever they stand as someone's data.
 */
class ExampleValuesTest {

  private static final PiiAnalyzer ANALYZER = Recognizers.analyzer(PiiPolicy.defaults());

  private static List<String> found(String text) {
    return ANALYZER.analyze(text).stream()
        .map(f -> f.type() + " " + text.substring(f.start(), f.end()))
        .toList();
  }

  @Test
  void testCardsInATableOfTestCardsAreNoOnesCards() {
    String docs =
        "### Testing payments\n"
            + "Use these test card numbers in test mode only; they never move real money.\n"
            + "| Brand | Number | CVC | Date |\n"
            + "|---|---|---|---|\n"
            + "| Visa | 4242 4242 4242 4242 | Any 3 digits | Any future date |\n"
            + "| Mastercard | 5555 5555 5555 4444 | Any 3 digits | Any future date |\n"
            + "| American Express | 3782 822463 10005 | Any 4 digits | Any future date |\n"
            + "| Generic decline | 4000 0000 0000 0002 | Any 3 digits | Any future date |\n";
    assertThat(found(docs)).isEmpty();
  }

  @Test
  void aTestCardUsedAsSomeonesCardIsStillACard() {
    assertThat(found("Card ending: 4111 1111 1111 1111 exp 08/27"))
        .containsExactly("CREDIT_CARD 4111 1111 1111 1111");
    assertThat(found("Ich habe mit der Karte 4242 4242 4242 4242 bezahlt, zweimal abgebucht."))
        .containsExactly("CREDIT_CARD 4242 4242 4242 4242");
  }

  @Test
  void aRealLookingCardInATestPassageIsStillACard() {
    // Not a published test number: the passage cannot vouch for it.
    assertThat(found("Beispiel aus dem Testmodus: Karte 4539 1488 0343 6467 wurde abgelehnt."))
        .containsExactly("CREDIT_CARD 4539 1488 0343 6467");
  }

  @Test
  void documentationAddressRangesInDocumentationAreNoOnesAddresses() {
    String docs =
        "In examples, use the documentation ranges from RFC 5737 and RFC 3849: 192.0.2.0/24,"
            + " 198.51.100.0/24 and 2001:db8::/32 for IPv6.\n"
            + "For instance `ping 192.0.2.15` or `ip -6 addr add 2001:db8:0:1::10/64 dev eth0`.\n"
            + "The MAC address 00:00:5e:00:53:01 is reserved for documentation by RFC 7042.";
    assertThat(found(docs)).isEmpty();
  }

  @Test
  void documentationAddressesInALogAreStillAddresses() {
    assertThat(found("Failed login from 198.51.100.23 for user admin"))
        .containsExactly("IP_ADDRESS 198.51.100.23");
    assertThat(found("Server 203.0.113.45 refused the connection from 198.51.100.7."))
        .containsExactly("IP_ADDRESS 203.0.113.45", "IP_ADDRESS 198.51.100.7");
    assertThat(found("DHCPACK on 192.0.2.44 to 00:00:5e:00:53:2a (laptop-anna)"))
        .contains("IP_ADDRESS 192.0.2.44", "MAC_ADDRESS 00:00:5e:00:53:2a");
  }

  @Test
  void anExampleColumnOfAnApiReferenceHoldsNoOnesData() {
    String docs =
        "## Customer API - request body\n"
            + "| Field | Type | Example |\n"
            + "|---|---|---|\n"
            + "| name | string | `Jane Doe` |\n"
            + "| email | string | `jane.doe@example.com` |\n"
            + "| phone | string (E.164) | `+1-555-0100` |\n";
    assertThat(found(docs)).isEmpty();
    assertThat(found("Beispiel: Max Mustermann, max.mustermann@example.org")).isEmpty();
  }

  @Test
  void exampleDomainsAndPlaceholderNamesAsSomeonesDataAreStillFound() {
    assertThat(
            found("To: Farah Haddad <farah.haddad@example.com>; Jin Park <jin.park@example.com>"))
        .contains("EMAIL farah.haddad@example.com", "EMAIL jin.park@example.com");
    assertThat(found("Customer: Ngozi Eze\nEmail: ngozi.eze@example.com"))
        .contains("EMAIL ngozi.eze@example.com");
    assertThat(found("Bitte an folgende Adresse liefern:\nMax Mustermann\nMusterstraße 12a"))
        .contains("PERSON Max Mustermann");
    assertThat(found("Call Jane Doe back on (312) 555-0147 about the refund."))
        .contains("PERSON Jane Doe", "PHONE (312) 555-0147");
  }

  @Test
  void testFixturesAndBugReportsWithTestCardsKeepTheirData() {
    assertThat(found("test_user = {\"email\": \"wei@example.com\", \"ip\": \"198.51.100.25\"}"))
        .contains("EMAIL wei@example.com", "IP_ADDRESS 198.51.100.25");
    assertThat(found("Reproduced with card 4012 8888 8888 1881 (Visa test) and it failed."))
        .contains("CREDIT_CARD 4012 8888 8888 1881");
    assertThat(found("expect(mask('alice@example.com')).toBe('a***@example.com');"))
        .contains("EMAIL alice@example.com");
  }

  @Test
  void aTableOfTestCardsUnderTheParagraphThatIntroducesIt() {
    String docs =
        "## Testing payments\n"
            + "Use these card numbers in test mode only.\n"
            + "\n"
            + "| Brand | Number | Result |\n"
            + "|---|---|---|\n"
            + "| Visa (debit) | 4000 0566 5566 5556 | Succeeds |\n"
            + "| Visa | 4000 0000 0000 0002 | Declined |\n";
    assertThat(found(docs)).isEmpty();
  }

  @Test
  void testDataOfIntegrationGuidesInOtherLanguages() {
    assertThat(
            found(
                "Testdaten für die Sandbox\nFür Lastschriften verwenden Sie die Beispiel-IBAN"
                    + " DE89 3704 0044 0532 0130 00. Als Kundenname tragen Sie z. B. Erika"
                    + " Musterfrau ein."))
        .isEmpty();
    assertThat(
            found(
                "Ambiente de homologação\nUse o CPF de teste 000.000.000-00 e o e-mail"
                    + " fulano@example.com. Cartão aprovado: 5555 5555 5555 4444."))
        .isEmpty();
    assertThat(
            found(
                "Exempeldata för integrationen\nAnvänd testpersonnumret 19121212-1212 (Tolvan"
                    + " Tolvansson) och e-post test@example.se."))
        .isEmpty();
    assertThat(
            found(
                "Date de test\nFolosiți CNP-ul fictiv 1900101000000 și numele Ion Popescu"
                    + " (exemplu). E-mail: ion.popescu@example.ro.\nServerul de test:"
                    + " 198.51.100.90."))
        .isEmpty(); // a common name, as an example right beside its cue
    assertThat(
            found(
                "Testovací údaje\nJako vzorové jméno používejte Jan Novák, e-mail"
                    + " jan.novak@example.cz.\nTestovací karta 5555 5555 5555 4444."))
        .isEmpty(); // a common name, with an example address of the same name
    assertThat(
            found(
                "Test ortamı için örnek veriler\nT.C. Kimlik No alanına test için 11111111110"
                    + " girin. API adresi: 203.0.113.20. <API_ANAHTARI> yerine kendi anahtarınızı"
                    + " yazın."))
        .isEmpty();
  }

  @Test
  void commonNamesThatDocumentationUsesAsPlaceholdersOnlyRightBesideACueOrAnExampleAddress() {
    assertThat(found("Als naam vul je bijvoorbeeld Jan Jansen in.")).isEmpty();
    assertThat(found("Codice di esempio: RSSMRA80A01H501U (Mario Rossi, dato fittizio)."))
        .isEmpty();
    assertThat(
            found(
                "curl -X POST https://api.exemple.fr/v1/clients -d '{\"nom\": \"Jean Dupont\","
                    + " \"email\": \"jean.dupont@example.com\"}'"))
        .doesNotContain("PERSON Jean Dupont");
    // The same names as someone's: no cue beside them, no example address on their line.
    assertThat(found("Exemple de réclamation reçue hier :\nJean Dupont se plaint du retard."))
        .contains("PERSON Jean Dupont");
    assertThat(found("For example, the ticket says: Mario Rossi called twice about his order."))
        .contains("PERSON Mario Rossi");
    assertThat(found("Blood test results for John Smith, ward 4, e-mail jsmith@nhs.net."))
        .contains("PERSON John Smith");
  }

  @Test
  void anExampleIbanAsSomeonesAccountIsStillFound() {
    assertThat(found("Please wire the deposit to GB82 WEST 1234 5698 7654 32 by Friday."))
        .containsExactly("IBAN GB82 WEST 1234 5698 7654 32");
    assertThat(found("Testdaten: Kontonummer DE44 5001 0517 5407 3249 31 (echtes Konto)."))
        .containsExactly("IBAN DE44 5001 0517 5407 3249 31");
  }

  @Test
  void aFixtureFileAndAPlaceholderStreetAreNoCues() {
    String fixture =
        "# tests/fixtures/klanten.yaml\n"
            + "- id: 1\n"
            + "  email: piet.puk@example.nl\n"
            + "  adres: Voorbeeldstraat 1, 1234 AB Amsterdam\n"
            + "- id: 2\n"
            + "  email: jan.modaal@example.nl\n";
    assertThat(found(fixture)).contains("EMAIL piet.puk@example.nl", "EMAIL jan.modaal@example.nl");
  }

  @Test
  void logLinesInACodeBlockAreDataWhateverTheProseAboveSays() {
    String issue =
        "The docs use 192.0.2.1 as the example client address, but our QA account got locked:\n"
            + "```\n"
            + "09:14:02Z WARN ratelimit: 429 for user=qa.lead@example.com ip=203.0.113.77\n"
            + "```";
    assertThat(found(issue))
        .contains("EMAIL qa.lead@example.com", "IP_ADDRESS 203.0.113.77")
        .doesNotContain("IP_ADDRESS 192.0.2.1");
  }

  @Test
  void realPeopleAndNumbersNearAnExampleOrATestStayFound() {
    assertThat(found("For example, call our Berlin office on 030 5550123."))
        .contains("PHONE 030 5550123");
    assertThat(found("Blood test results for John Smith, ward 4.")).contains("PERSON John Smith");
  }

  @Test
  void theWordExampleInsideAnAddressIsNoCue() {
    // example.com in one address must not make the next one an example.
    assertThat(found("cc: ana@example.com, bo@example.com"))
        .containsExactly("EMAIL ana@example.com", "EMAIL bo@example.com");
  }
}
