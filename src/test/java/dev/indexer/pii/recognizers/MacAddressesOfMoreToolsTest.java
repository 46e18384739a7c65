package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * MAC addresses as more tools print them: the MAC= field of a netfilter log (the destination's and
 * the source's address, then the frame type), the groups without leading zeros of BSD's arp, and
 * twelve bare hex digits under a key that names a MAC address.
 */
class MacAddressesOfMoreToolsTest {

  private final MacAddressRecognizer mac = new MacAddressRecognizer();

  @Test
  void theTwoAddressesOfANetfilterLogLine() {
    String log =
        "Mar  3 10:12:44 gw kernel: [UFW BLOCK] IN=eth0 OUT= "
            + "MAC=52:54:00:9a:3b:71:3c:22:fb:9a:10:4e:08:00 SRC=10.0.0.23 DST=10.0.0.1 LEN=60";
    assertThat(Spans.of(mac, log)).containsExactly("52:54:00:9a:3b:71", "3c:22:fb:9a:10:4e");
  }

  @Test
  void groupsWithoutLeadingZeros() {
    assertThat(Spans.of(mac, "? (192.168.1.40) at 0:1b:63:84:5:e6 on en0 ifscope [ethernet]"))
        .containsExactly("0:1b:63:84:5:e6");
  }

  @Test
  void anUnpaddedGroupAfterPaddedOnes() {
    assertThat(Spans.of(mac, "? (192.168.1.1) at a4:5e:60:e8:2:1f on en0 ifscope [ethernet]"))
        .containsExactly("a4:5e:60:e8:2:1f");
  }

  @Test
  void timesAndVersionsAreNoUnpaddedAddresses() {
    assertThat(Spans.of(mac, "took 0:0:1:2:3:4 in phases; build 1:2:3:4:5:6")).isEmpty();
  }

  @Test
  void aTextEndingRightAfterAColonIsRead() {
    for (String t : new String[] {"a:", "at 0:1", "0:1b:", "x 5:e"}) {
      assertThat(Spans.of(mac, t)).isEmpty();
    }
  }

  @Test
  void bareDigitsUnderAKeyThatNamesAMacAddress() {
    assertThat(Spans.of(mac, "{\"mac_address\": \"a4b1c2d3e4f5\", \"room\": 12}"))
        .containsExactly("a4b1c2d3e4f5");
    assertThat(Spans.of(mac, "MAC-Adresse: 001B638445E6")).containsExactly("001B638445E6");
  }
}
