package dev.indexer.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.indexer.pii.eval.AdversarialInputs;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Empty, huge, broken and hostile input is redacted without exceptions. Only completion is asserted
 * (timings belong to the benchmark); the patterns are linear, so these finish quickly.
 */
class BadInputTest {

  private final PolicyPiiRedactor redactor = PolicyPiiRedactor.of(PiiPolicy.defaults());

  @Test
  void emptyAndNull() {
    assertThat(redactor.redact("").text()).isEmpty();
    assertThat(redactor.redact(null).text()).isEmpty();
    assertThat(redactor.redactMetadata(null)).isEmpty();
  }

  @Test
  void unpairedSurrogatesAndBinaryGarbage() {
    String s = "\ud800 jane@example.com \udfff \u0000\u0001\ufffe 4111 1111 1111 1111 \ud83d";
    String out = redactor.redact(s).text();
    assertThat(out).contains("<EMAIL>").contains("<CREDIT_CARD>").doesNotContain("jane@");
    Random r = new Random(9);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      b.append((char) r.nextInt(0x10000));
    }
    assertThatCode(() -> redactor.redact(b.toString())).doesNotThrowAnyException();
  }

  @Test
  void tenMegabytesWithPiiAtBothEnds() {
    String filler = "Nothing to see in this sentence, version 1.2.3 built on 2024-01-15. ";
    StringBuilder b = new StringBuilder(10_500_000);
    b.append("mail jane@example.com ");
    while (b.length() < 10_000_000) {
      b.append(filler);
    }
    b.append(" call +44 20 7946 0958");
    String out = redactor.redact(b.toString()).text();
    assertThat(out).startsWith("mail <EMAIL> ").endsWith("call <PHONE>");
  }

  @Test
  void adversarialMegabyteInputsComplete() {
    for (Map.Entry<String, String> e : AdversarialInputs.all().entrySet()) {
      assertThatCode(() -> redactor.redact(e.getValue())).as(e.getKey()).doesNotThrowAnyException();
    }
  }

  @Test
  void anUnterminatedPrivateKeyIsRemovedToTheEndOfItsBody() {
    String out =
        redactor
            .redact("key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1b2c3\nQWERTY+/==")
            .text();
    assertThat(out).isEqualTo("key:\n<API_KEY_OR_SECRET>");
  }
}
