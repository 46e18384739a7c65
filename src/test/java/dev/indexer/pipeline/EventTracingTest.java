package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.testkit.HashEmbedder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A trace started by the producer (its W3C {@code traceparent} header) is continued by the
 * pipeline: each event's span is the producer span's child, the stages are the event span's
 * children, and no span carries the event's text.
 */
class EventTracingTest extends BrokerBackedTest {

  static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  static final String PRODUCER_SPAN = "00f067aa0ba902b7";
  static final String TEXT = "Quarterly figures for the northern region are in the appendix.";

  private List<SpanData> run(int batchPoints) throws Exception {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build();
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 16), 1);
    h.batchPoints = batchPoints;
    h.tracing = new EventTracing(sdk);
    List<String[]> events = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      events.add(
          new String[] {
            "acme/t" + i,
            IndexerHarness.json("acme", "t" + i, "UPSERT", 1L, TEXT + " " + i, "Title", Map.of())
          });
    }
    h.send(events, Map.of("traceparent", "00-" + TRACE + "-" + PRODUCER_SPAN + "-01"));
    h.start();
    h.awaitStatuses(Duration.ofSeconds(60));
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                exporter.getFinishedSpanItems().stream()
                        .filter(s -> s.getName().equals("index event"))
                        .count()
                    == 10);
    List<SpanData> spans = List.copyOf(exporter.getFinishedSpanItems());
    sdk.close();
    return spans;
  }

  private void check(List<SpanData> spans) {
    SpanData event =
        spans.stream().filter(s -> s.getName().equals("index event")).findFirst().orElseThrow();
    assertThat(event.getTraceId()).isEqualTo(TRACE);
    assertThat(event.getParentSpanId()).isEqualTo(PRODUCER_SPAN);
    assertThat(event.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(event.getAttributes().asMap().values().toString()).contains("INDEXED");
    SpanData prepare =
        spans.stream().filter(s -> s.getName().equals("prepare")).findFirst().orElseThrow();
    assertThat(prepare.getTraceId()).isEqualTo(TRACE);
    assertThat(prepare.getParentSpanId()).isEqualTo(event.getSpanId());
    assertThat(spans)
        .allSatisfy(
            s ->
                assertThat(s.getAttributes().asMap().values().toString())
                    .doesNotContain("Quarterly", "northern", "Title"));
  }

  @Test
  void theProducersTraceContinuesThroughTheStagesWithBatchedWrites() throws Exception {
    List<SpanData> spans = run(512);
    check(spans);
    // The events of one transaction after its first have their writes sent together at commit:
    // their spans end once Qdrant has applied them.
    assertThat(spans.stream().filter(s -> s.getName().equals("index event")).toList())
        .anySatisfy(
            s ->
                assertThat(s.getEvents())
                    .anySatisfy(e -> assertThat(e.getName()).isEqualTo("qdrant write applied")));
  }

  @Test
  void theProducersTraceContinuesThroughTheStagesWithWritesOnTheirOwn() throws Exception {
    List<SpanData> spans = run(0);
    check(spans);
    SpanData event =
        spans.stream().filter(s -> s.getName().equals("index event")).findFirst().orElseThrow();
    assertThat(spans)
        .anySatisfy(
            s -> {
              assertThat(s.getName()).isEqualTo("qdrant write");
              assertThat(s.getParentSpanId()).isEqualTo(event.getSpanId());
            });
  }
}
