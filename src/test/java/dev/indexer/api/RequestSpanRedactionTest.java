package dev.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Query strings and client addresses of API requests never leave the service in a span. */
class RequestSpanRedactionTest {

  static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
  static final AttributeKey<String> CLIENT = AttributeKey.stringKey("client.address");
  static final AttributeKey<String> PEER = AttributeKey.stringKey("network.peer.address");
  static final AttributeKey<String> FULL = AttributeKey.stringKey("url.full");

  private List<SpanData> spans(java.util.function.Consumer<Tracer> work) {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    try (SdkTracerProvider provider =
        SdkTracerProvider.builder()
            .addSpanProcessor(new RequestSpanRedaction())
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build()) {
      work.accept(provider.get("test"));
      return exporter.getFinishedSpanItems();
    }
  }

  @Test
  void theValuesOfAQueryStringAreRedactedTheirNamesKept() {
    SpanData span =
        spans(
                t ->
                    t.spanBuilder("GET /search")
                        .setAttribute(
                            QUERY, "q=maria%20lopez%20salary&limit=10&filter=lang:en&flag")
                        .setAttribute("url.path", "/search")
                        .startSpan()
                        .end())
            .get(0);
    assertThat(span.getAttributes().get(QUERY))
        .isEqualTo("q=REDACTED&limit=REDACTED&filter=REDACTED&flag");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/search");
  }

  @Test
  void theQueryOfAFullUrlIsRedactedItsFragmentDropped() {
    SpanData span =
        spans(
                t ->
                    t.spanBuilder("GET")
                        .setAttribute(FULL, "http://host:8080/search?q=secret&limit=3#part")
                        .startSpan()
                        .end())
            .get(0);
    assertThat(span.getAttributes().get(FULL))
        .isEqualTo("http://host:8080/search?q=REDACTED&limit=REDACTED");
  }

  @Test
  void clientAddressesAreRedacted() {
    SpanData span =
        spans(
                t ->
                    t.spanBuilder("GET /documents/{id}")
                        .setAttribute(CLIENT, "203.0.113.7")
                        .setAttribute(PEER, "203.0.113.7")
                        .startSpan()
                        .end())
            .get(0);
    assertThat(span.getAttributes().get(CLIENT)).isEqualTo("REDACTED");
    assertThat(span.getAttributes().get(PEER)).isEqualTo("REDACTED");
  }

  @Test
  void spansWithoutThemAreLeftAlone() {
    SpanData span =
        spans(
                t ->
                    t.spanBuilder("index event")
                        .setAttribute("indexer.chunks", 3L)
                        .startSpan()
                        .end())
            .get(0);
    assertThat(span.getAttributes().size()).isEqualTo(1);
  }
}
