package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The town, state and postcode of an address on their own, as forms, CSV cells, SQL values and
 * shipping labels keep them apart from the street: "Boise, ID 83706", "Burnaby BC V5H 4G9", "Bondi
 * NSW 2026", "London SE11 4RS". The state or province must be a real one; a figure and a
 * capitalised word, or a code of letters that no state has, are none.
 */
class LocalityLinesTest {

  private final StreetAddressRecognizer r = new StreetAddressRecognizer();

  @Test
  void townStateAndPostcodeOnTheirOwn() {
    assertThat(Spans.of(r, "88121,Teresa Lind,\"Boise, ID 83706\",208-947-3315"))
        .containsExactly("Boise, ID 83706");
    assertThat(Spans.of(r, "City or town, state, and ZIP code: Knoxville, TN 37923\n(c) Single"))
        .containsExactly("Knoxville, TN 37923");
    assertThat(Spans.of(r, "  <cityStateZip>Lexington, KY 40502</cityStateZip>"))
        .containsExactly("Lexington, KY 40502");
    assertThat(Spans.of(r, "Shipping label\nRhiannon Tait\nBurnaby BC  V5H 4G9\nCANADA"))
        .containsExactly("Burnaby BC  V5H 4G9");
    assertThat(Spans.of(r, "Town/City + postcode: London SE11 4RS\nTime at address"))
        .containsExactly("London SE11 4RS");
    assertThat(Spans.of(r, "suburb_state_postcode\nBondi NSW 2026\n"))
        .containsExactly("Bondi NSW 2026");
  }

  @Test
  void lookAlikesAreNone() {
    assertThat(Spans.of(r, "Revenue grew, XY 12345 units were sold")).isEmpty();
    assertThat(Spans.of(r, "Model Series, QX 90210 is discontinued")).isEmpty();
    assertThat(Spans.of(r, "Flight BA 2026 departs at noon")).isEmpty();
    assertThat(Spans.of(r, "Requires Windows NT 2000 or later")).isEmpty();
    assertThat(Spans.of(r, "Event: Flight SA 2026 to Perth")).isEmpty();
  }
}
