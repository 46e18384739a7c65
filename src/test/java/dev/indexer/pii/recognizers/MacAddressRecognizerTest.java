package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MacAddressRecognizerTest {

  private final MacAddressRecognizer r = new MacAddressRecognizer();

  @Test
  void findsMacs() {
    assertThat(Spans.of(r, "eth0 00:1A:2B:3C:4D:5E, wifi a4-5e-60-d1-22-9f, cisco 0011.22aa.bbcc"))
        .containsExactly("00:1A:2B:3C:4D:5E", "a4-5e-60-d1-22-9f", "0011.22aa.bbcc");
  }

  @Test
  void rejectsMixedSeparatorsTimesAndUuids() {
    assertThat(
            Spans.of(
                r,
                "00:1A-2B:3C:4D:5E 12:30:45 550e8400-e29b-41d4-a716-446655440000 1234.5678.9012"))
        .isEmpty();
  }

  @Test
  void twelveHexDigitsOnlyAfterAMacCue() {
    assertThat(Spans.of(r, "MAC: 001A2B3C4D5E, mac-address=a4b1c2d3e4f5"))
        .containsExactly("001A2B3C4D5E", "a4b1c2d3e4f5");
    assertThat(Spans.of(r, "commit 001a2b3c4d5e; macOS 0123456789ab; MAC 123456789012")).isEmpty();
  }
}
