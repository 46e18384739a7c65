package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailRecognizerTest {

  private final EmailRecognizer r = new EmailRecognizer();

  @Test
  void findsAddresses() {
    assertThat(Spans.of(r, "Mail jane.doe+tag@example.co.uk, or <bob_o'neil@sub.example.com>."))
        .containsExactly("jane.doe+tag@example.co.uk", "bob_o'neil@sub.example.com");
    assertThat(Spans.of(r, "mailto:müller@beispiel.de")).containsExactly("müller@beispiel.de");
  }

  @Test
  void rejectsLookAlikes() {
    assertThat(
            Spans.of(
                r, "npm i lodash@4.17.21 icon@2x.png user@localhost @types/node a@b.c foo@bar.baz"))
        .isEmpty();
  }

  @Test
  void addressesWrittenToDodgeHarvesters() {
    assertThat(
            Spans.of(
                r,
                "write to jane.doe [at] example [dot] com or max(at)firma.de, not me [at] home."))
        .containsExactly("jane.doe [at] example [dot] com", "max(at)firma.de");
    assertThat(Spans.of(r, "see (at) least the docs; price [at] 5.00")).isEmpty();
  }
}
