package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsSsnRecognizerTest {

  private final UsSsnRecognizer r = new UsSsnRecognizer();

  @Test
  void findsDashedAndCuedNumbers() {
    assertThat(Spans.of(r, "SSN 536-22-1234; social security number 536221234"))
        .containsExactly("536-22-1234", "536221234");
  }

  @Test
  void appliesAllocationRules() {
    assertThat(
            Spans.of(r, "000-12-3456 666-12-3456 912-34-5678 536-00-1234 536-22-0000 078-05-1120"))
        .isEmpty();
    assertThat(Spans.of(r, "order 536221234, phone 536-22-1234")).isEmpty();
  }
}
