package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values that have the shape of PII but name no person or host: masks and network ranges, numbered
 * tables, URL templates with placeholder credentials, case and delivery numbers with a year, part
 * numbers. Each beside the real value it must not hide.
 */
class NetworksPlaceholdersAndReferencesTest {

  private final IpAddressRecognizer ip = new IpAddressRecognizer();
  private final UrlCredentialsRecognizer urls = new UrlCredentialsRecognizer();
  private final UsSsnRecognizer ssn = new UsSsnRecognizer();
  private final PhoneRecognizer phones = new PhoneRecognizer(List.of("DE", "PL", "US", "GB"));

  @Test
  void netmasksAndWildcardMasksAreNoAddresses() {
    assertThat(Spans.of(ip, " ip address 172.20.14.1 255.255.255.0\n"))
        .containsExactly("172.20.14.1");
    assertThat(Spans.of(ip, "netmask 255.255.240.0 gateway 10.8.0.1")).containsExactly("10.8.0.1");
    assertThat(Spans.of(ip, "access-list 10 permit 192.168.10.7 0.0.0.255"))
        .containsExactly("192.168.10.7");
  }

  @Test
  void networkRangesAreNoHostsButAHostWithItsPrefixIs() {
    assertThat(Spans.of(ip, "Network 10.0.0.0/8 is private; 192.168.0.0/16 too.")).isEmpty();
    assertThat(Spans.of(ip, "eth0 has 10.20.30.40/24, peer 203.0.113.7/32"))
        .containsExactly("10.20.30.40/24", "203.0.113.7/32");
  }

  @Test
  void numberedTablesAndFiguresAreNoAddresses() {
    assertThat(Spans.of(ip, "as described in Table 10.3.2.4 and Figure 12.1.4.2.")).isEmpty();
    assertThat(Spans.of(ip, "siehe Tabelle 4.12.1.3; host 10.3.2.4 answered"))
        .containsExactly("10.3.2.4");
    assertThat(Spans.of(ip, "ARP table: 192.168.1.23; my tablet's IP is 192.168.1.44"))
        .containsExactly("192.168.1.23", "192.168.1.44");
  }

  @Test
  void placeholderCredentialsInUrlsAreNoSecrets() {
    assertThat(Spans.of(urls, "url = f\"postgresql://{user}:{password}@{host}:5432/app\""))
        .isEmpty();
    assertThat(Spans.of(urls, "DATABASE_URL=postgres://user:password@localhost:5432/mydb"))
        .isEmpty();
    assertThat(
            Spans.of(urls, "amqp://guest:changeme@rabbit:5672/ and redis://:${REDIS_PASS}@r:6379"))
        .isEmpty();
    assertThat(Spans.of(urls, "DATABASE_URL=postgres://app:Xk82#vq9Lm@db.internal:5432/prod"))
        .containsExactly("postgres://app:Xk82#vq9Lm@db.internal:5432/prod");
  }

  @Test
  void caseAndDeliveryNumbersWithAYearAreNoPhones() {
    assertThat(Spans.of(phones, "Zgłoszenie nr 4471/2024\nDostawa nr 2024/05/8871.")).isEmpty();
    assertThat(Spans.of(phones, "Az. 2023/118734 vom Amt")).isEmpty();
    assertThat(Spans.of(phones, "Tel. 0221/4471234, mobil +48 601 234 567"))
        .containsExactly("0221/4471234", "+48 601 234 567");
  }

  @Test
  void partNumbersAreNoSsns() {
    assertThat(Spans.of(ssn, "Replacement cartridge P/N 334-21-0098 fits models 7440")).isEmpty();
    assertThat(Spans.of(ssn, "Catalogue no. 512-44-1093, S/N 771-20-4431")).isEmpty();
    assertThat(Spans.of(ssn, "Her SSN is 334-21-0098.")).containsExactly("334-21-0098");
    assertThat(Spans.of(ssn, "Lottie Brown 536-22-1234")).containsExactly("536-22-1234");
  }
}
