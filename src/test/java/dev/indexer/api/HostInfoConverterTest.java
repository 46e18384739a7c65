package dev.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class HostInfoConverterTest {

  private final HostInfoConverter converter = new HostInfoConverter();

  @Test
  void readsHostAndPortAsKafkaStreamsDoes() {
    assertThat(converter.convert("indexer-0.indexer-headless.search.svc:8080"))
        .isEqualTo(new HostInfo("indexer-0.indexer-headless.search.svc", 8080));
    assertThat(converter.convert(" 10.1.2.3:8080 ")).isEqualTo(new HostInfo("10.1.2.3", 8080));
    assertThat(converter.convert("")).isNull();
  }

  @Test
  void anythingElseFailsTheStartNamingTheProperty() {
    for (String bad :
        new String[] {"indexer", "indexer:", ":8080", "indexer:http", "indexer:70000"}) {
      assertThatThrownBy(() -> converter.convert(bad))
          .as(bad)
          .hasMessage("indexer.api.advertised-address: must be host:port");
    }
  }
}
