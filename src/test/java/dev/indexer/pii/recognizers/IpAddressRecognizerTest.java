package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpAddressRecognizerTest {

  private final IpAddressRecognizer r = new IpAddressRecognizer();

  @Test
  void findsV4WithCidrButNotPort() {
    assertThat(Spans.of(r, "from 203.0.113.42:8080 in 10.1.2.3/8."))
        .containsExactly("203.0.113.42", "10.1.2.3/8");
  }

  @Test
  void findsV6() {
    assertThat(
            Spans.of(
                r, "client 2001:db8:85a3::8a2e:370:7334 via [fe80::1%eth0]:443 net 2001:db8::/32"))
        .containsExactly("2001:db8:85a3::8a2e:370:7334", "fe80::1%eth0", "2001:db8::/32");
  }

  @Test
  void rejectsVersionsOidsAndCode() {
    assertThat(
            Spans.of(
                r,
                "version 1.2.3.4, OID 1.3.6.1.4.1.311, v10.0.0.1, 999.1.1.1, std::vector, 12:30:45, a::b"))
        .isEmpty();
  }

  @Test
  void loopbackAndUnspecifiedAreNotPersonal() {
    assertThat(Spans.of(r, "host=127.0.0.1 bind 0.0.0.0:8080 peer 127.0.0.0/8 client 10.1.1.20"))
        .containsExactly("10.1.1.20");
  }

  @Test
  void codePathsThatLookLikeCompressedV6AreNotAddresses() {
    assertThat(
            Spans.of(
                r,
                "`<*const T>::add` and `Vec::dead`, `x::face`; but fe80::1ff:fe23:4567:890a and ::ffff:c000:280"))
        .containsExactly("fe80::1ff:fe23:4567:890a", "::ffff:c000:280");
  }
}
