package dev.indexer.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.indexer.pii.spi.PiiType;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.TextBlock;
import dev.indexer.text.TextBlock.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Redaction of a normalised document keeps its structure: block kinds, levels and order. */
class BlockRedactionTest {

  private final PolicyPiiRedactor redactor = PolicyPiiRedactor.of(PiiPolicy.defaults());
  private final MarkupNormaliser normaliser = new MarkupNormaliser();

  @Test
  void markdownKeepsKindsLevelsAndOrder() {
    String md =
        "# Jane Doe\n\n"
            + "Write to jane.doe@example.com about the card 4111 1111 1111 1111.\n\n"
            + "## Setup\n\n"
            + "```\ncurl -u admin:S3cr3tPassw0rd! https://example.com/api\n```\n\n"
            + "| Name | Email |\n|---|---|\n| Max Mustermann | max@example.org |\n";
    List<TextBlock> out = redactor.redactBlocks(normaliser.normalise(md, "text/markdown"));

    assertThat(out)
        .extracting(TextBlock::kind, TextBlock::level)
        .containsExactly(
            tuple(Kind.HEADING, 1),
            tuple(Kind.TEXT, 0),
            tuple(Kind.HEADING, 2),
            tuple(Kind.CODE, 0),
            tuple(Kind.TABLE_ROW, 0),
            tuple(Kind.TABLE_ROW, 0));
    assertThat(out.get(1).text()).isEqualTo("Write to <EMAIL> about the card <CREDIT_CARD>.");
    assertThat(out.get(2).text()).isEqualTo("Setup");
    assertThat(out.get(3).text()).startsWith("curl -u ").doesNotContain("S3cr3tPassw0rd!");
    assertThat(out.get(4).text()).isEqualTo("Name; Email");
    assertThat(out.get(5).text()).isEqualTo("Name: <PERSON>; Email: <EMAIL>");
    assertThat(String.join("\n", out.stream().map(TextBlock::text).toList()))
        .doesNotContain("Jane", "Doe", "jane.doe", "4111", "Mustermann", "max@");
  }

  @Test
  void htmlKeepsKindsLevelsAndOrder() {
    String html =
        "<h2>Contact</h2><p>Call Jane Doe on +44 20 7946 0958.</p>"
            + "<pre>password = hunter2hunter2\nport = 8080</pre>"
            + "<table><tr><th>Name</th><th>IBAN</th></tr>"
            + "<tr><td>Max Mustermann</td><td>DE89 3704 0044 0532 0130 00</td></tr></table>"
            + "<h3>Notes</h3><p>Nothing personal here.</p>";
    List<TextBlock> out = redactor.redactBlocks(normaliser.normalise(html, "text/html"));

    assertThat(out)
        .extracting(TextBlock::kind, TextBlock::level)
        .containsExactly(
            tuple(Kind.HEADING, 2),
            tuple(Kind.TEXT, 0),
            tuple(Kind.CODE, 0),
            tuple(Kind.TABLE_ROW, 0),
            tuple(Kind.TABLE_ROW, 0),
            tuple(Kind.HEADING, 3),
            tuple(Kind.TEXT, 0));
    assertThat(out.get(0).text()).isEqualTo("Contact");
    assertThat(out.get(1).text()).isEqualTo("Call <PERSON> on <PHONE>.");
    assertThat(out.get(2).text()).endsWith("\nport = 8080").doesNotContain("hunter2");
    assertThat(out.get(4).text()).isEqualTo("Name: <PERSON>; IBAN: <IBAN>");
    assertThat(out.get(5).text()).isEqualTo("Notes");
    assertThat(out.get(6).text()).isEqualTo("Nothing personal here.");
  }

  @Test
  void aCueInAHeadingStillAppliesToTheBlockUnderIt() {
    // Alone, neither block is PII: nine digits, or forty characters of base64.
    assertThat(
            redactor.redactBlocks(normaliser.normalise("## SSN\n\n219099999\n", "text/markdown")))
        .containsExactly(TextBlock.heading(2, "SSN"), TextBlock.text("<US_SSN>"));
    String aws = "## AWS secret key\n\n```\nq7Rz2vLm9XwT4bN8kP1sJ6dF3hG0cY5eU/aQwZxK\n```\n";
    assertThat(redactor.redactBlocks(normaliser.normalise(aws, "text/markdown")))
        .containsExactly(
            TextBlock.heading(2, "AWS secret key"), TextBlock.code("<API_KEY_OR_SECRET>"));
    assertThat(redactor.redact("219099999").text()).isEqualTo("219099999");
  }

  @Test
  void aBlockLeftEmptyIsDropped() {
    PolicyPiiRedactor removing =
        PolicyPiiRedactor.of(PiiPolicy.builder().operator(PiiType.EMAIL, Operator.REMOVE).build());
    List<TextBlock> in =
        List.of(TextBlock.heading(1, "jane@example.com"), TextBlock.text("Kept text."));
    assertThat(removing.redactBlocks(in)).containsExactly(TextBlock.text("Kept text."));
  }

  @Test
  void aFindingAcrossTwoBlocksIsReplacedInBoth() {
    // A PEM key with a blank line inside becomes two paragraphs of plain text.
    String pem =
        "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0123456789ABCDEF\n\n"
            + "MIIEowIBAAKCAQEA1b2c3QWERTYzxcvbnmasdfghjkl\n-----END RSA PRIVATE KEY-----";
    List<TextBlock> out = redactor.redactBlocks(normaliser.normalise(pem, "text/plain"));
    assertThat(out).extracting(TextBlock::kind).containsOnly(Kind.TEXT);
    assertThat(String.join("\n", out.stream().map(TextBlock::text).toList()))
        .doesNotContain("MIIEowIBAAKCAQEA", "Proc-Type", "DEK-Info");
  }

  @Test
  void theFirstLineOfABlockStartsALine() {
    String chat =
        "## Incident channel\n\n[09:58] tomasz.k: prod db is refusing connections\n"
            + "[09:59] dev_rohan: which creds are you using\n"
            + "[10:00] tomasz.k: the ones from the wiki, I think";
    List<TextBlock> out = redactor.redactBlocks(normaliser.normalise(chat, "text/markdown"));
    assertThat(out).hasSize(2);
    assertThat(out.get(1).text())
        .startsWith("[09:58] <PERSON>: prod db")
        .doesNotContain("tomasz", "rohan");
  }

  @Test
  void noBlocksAreNoBlocks() {
    assertThat(redactor.redactBlocks(List.of())).isEmpty();
    assertThat(redactor.redactBlocks(null)).isEmpty();
  }
}
