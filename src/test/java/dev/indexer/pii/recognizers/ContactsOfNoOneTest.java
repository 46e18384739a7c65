package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contact points that belong to no person: toll-free and premium numbers, a switchboard's line,
 * public resolvers, multicast groups and the all-zero or broadcast MAC address. A person's number
 * beside them is still found. A firm's role mailbox ("support@") is still reported: the labelled
 * sets mostly count it as an address.
 */
class ContactsOfNoOneTest {

  @Test
  void tollFreeAndPremiumNumbersAreNoOnesNumber() {
    PhoneRecognizer r = new PhoneRecognizer(List.of("US", "GB", "DE", "FR"));
    assertThat(Spans.of(r, "Call our helpline on 1-800-555-0142 or 0800 389 5521.")).isEmpty();
    assertThat(Spans.of(r, "Call Dana on +1 415 555 0173 or the hotline 1-888-555-0107."))
        .containsExactly("+1 415 555 0173");
  }

  @Test
  void publicResolversAndMulticastGroupsAreNoHost() {
    IpAddressRecognizer r = new IpAddressRecognizer();
    assertThat(
            Spans.of(
                r,
                "nameserver 1.1.1.1\nnameserver 8.8.4.4\nping 9.9.9.9\n"
                    + "join ff02::1 and 224.0.0.251\nclient 10.4.2.17 timed out"))
        .containsExactly("10.4.2.17");
  }

  @Test
  void zeroAndBroadcastMacsAreNoDevice() {
    MacAddressRecognizer r = new MacAddressRecognizer();
    assertThat(
            Spans.of(
                r, "src 00:00:00:00:00:00 dst ff:ff:ff:ff:ff:ff; laptop 3c:22:fb:91:0e:4d joined"))
        .containsExactly("3c:22:fb:91:0e:4d");
  }

  @Test
  void switchboardsAndHotlinesAreAFirmsLine() {
    PhoneRecognizer r = new PhoneRecognizer(List.of("GB", "DE", "FR"));
    assertThat(Spans.of(r, "Standard du siège : 01 42 68 53 00\nKundenservice: 030 2290 4410"))
        .isEmpty();
    assertThat(Spans.of(r, "Switchboard: 020 7946 0811\nMobile (Dana): 07700 900 431"))
        .containsExactly("07700 900 431");
  }

  @Test
  void aPersonsNumberOnAHotlinesLineIsStillFound() {
    PhoneRecognizer r = new PhoneRecognizer(List.of("GB", "DE"));
    assertThat(Spans.of(r, "Hotline: 0800 111 2222, Dana direct: 030 2290 4410"))
        .containsExactly("030 2290 4410");
    assertThat(Spans.of(r, "Frau Weber (aus der Zentrale), mobil: 0171 2345678"))
        .containsExactly("0171 2345678");
  }

  @Test
  void everyMulticastScopeIsAGroup() {
    IpAddressRecognizer r = new IpAddressRecognizer();
    assertThat(Spans.of(r, "join ff12::8384 and ff05::fb; host fe80::1c2a:3bff:fe4d:9e01 up"))
        .containsExactly("fe80::1c2a:3bff:fe4d:9e01");
  }
}
