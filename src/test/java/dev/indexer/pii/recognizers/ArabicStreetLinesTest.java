package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An Arabic address written on lines of its own, without a label: a line opening with a house
 * number and the word for street (شارع) or road (طريق), or with that word and a number on the line,
 * and the town line after it ending in a postcode. A sentence about a street stays unreported.
 */
class ArabicStreetLinesTest {

  private final StreetAddressRecognizer r = new StreetAddressRecognizer();

  @Test
  void aStreetLineAndItsTownLine() {
    String letter = "إلى: هالة سعيد\n٢٢ شارع الجلاء، الشقة ٣\nالدقي، الجيزة ١٢٦١١\nمصر\n";
    assertThat(Spans.of(r, letter))
        .containsExactly("٢٢ شارع الجلاء، الشقة ٣", "الدقي، الجيزة ١٢٦١١");
  }

  @Test
  void aStreetWithItsBuildingAndFlat() {
    assertThat(Spans.of(r, "شارع العليا، مبنى 7، شقة 12\nالرياض 12244\n"))
        .containsExactly("شارع العليا، مبنى 7، شقة 12", "الرياض 12244");
  }

  @Test
  void aSentenceAboutAStreetIsNoAddress() {
    assertThat(
            Spans.of(
                r,
                "شارع المعز من أقدم شوارع القاهرة ويعود إلى القرن العاشر الميلادي وفيه 30 مسجدا\n"))
        .isEmpty();
  }
}
