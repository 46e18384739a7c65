package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Addresses written in capitals, as on labels, envelopes and bank statements, are read as the same
 * address written in mixed case: "8813 BLUEBONNET TRL" as "8813 Bluebonnet Trl".
 */
class AddressesInCapitalsTest {

  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  private String covered(String text) {
    return String.join("|", Spans.of(address, text));
  }

  @Test
  void aPharmacyLabelsStreetAndTown() {
    String text =
        "RX# 4471920\nMARIA L GONZALEZ\n8813 BLUEBONNET TRL\nSAN ANTONIO TX 78254\nQTY 30";
    assertThat(covered(text))
        .contains("8813 BLUEBONNET TRL")
        .contains("SAN ANTONIO TX 78254")
        .doesNotContain("GONZALEZ")
        .doesNotContain("QTY");
  }

  @Test
  void aStatementsAddressBlockAndAPostBox() {
    assertThat(covered("ACCOUNT HOLDER: SEAN O BRIEN\n12 ARDILAUN PARK\nSALTHILL\nGALWAY H91 F2X7"))
        .contains("12 ARDILAUN PARK");
    assertThat(covered("SHIP TO:\nTAMIKA JEFFERSON\nPO BOX 1184\nHATTIESBURG MS 39403-1184"))
        .contains("PO BOX 1184")
        .contains("HATTIESBURG MS 39403-1184");
  }

  @Test
  void aStreetInCapitalsWithinALine() {
    assertThat(covered("SENDER: 2650 MISSION ST, SAN FRANCISCO, CA 94110"))
        .contains("2650 MISSION ST, SAN FRANCISCO, CA 94110");
  }

  @Test
  void aFlatAfterTheStreetIsPartOfItsLine() {
    assertThat(covered("8813 BLUEBONNET TRL APT 4\nSAN ANTONIO TX 78254"))
        .contains("8813 BLUEBONNET TRL APT 4")
        .doesNotContain("|APT 4|");
  }

  @Test
  void headingsAndCodesInCapitalsAreNoAddress() {
    assertThat(covered("SECTION 4 GENERAL TERMS\nCHAPTER 12 THE ROAD AHEAD\nPART NO 4471 REV B"))
        .isEmpty();
    assertThat(covered("ERROR 404 NOT FOUND\nHTTP 500 INTERNAL SERVER ERROR")).isEmpty();
  }
}
