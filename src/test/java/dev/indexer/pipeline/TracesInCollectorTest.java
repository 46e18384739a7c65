package dev.indexer.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.indexer.testkit.JwtIssuerResource;
import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.OtlpCollector;
import dev.indexer.testkit.QdrantLocalResource;
import dev.indexer.testkit.TestIssuer;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Traces as an operator gets them: the packaged service with the SDK on exports over OTLP to a
 * collector (one of the tests' own, speaking the OTLP/HTTP protocol with its protobuf messages).
 * Each event's span arrives as the child of the producer's span its {@code traceparent} named, its
 * stages as the event span's children, under the service's name; the extension's own HTTP server
 * spans come with them; and nothing that arrives carries a document's text, title, metadata or a
 * search query.
 */
@QuarkusTest
@TestProfile(TracesInCollectorTest.TracesOn.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = QdrantLocalResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtIssuerResource.class, restrictToAnnotatedClass = false)
class TracesInCollectorTest {

  static final String TOPIC = "traces.documents";
  static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
  static final String PRODUCER_SPAN = "b7ad6b7169203331";
  static final String NAME = "Mariana Oyelaran-Kowalczyk";
  static final String EMAIL = "mariana.oyelaran@example.org";
  static final String CONTENT =
      "Escalation handled by " + NAME + " (" + EMAIL + "): the quarterly zephyrine audit moved.";
  static final String TITLE = "Zephyrine audit notes";
  static final String QUERY = "zephyrine quarterly audit";

  private static OtlpCollector collector;

  static synchronized OtlpCollector collector() {
    if (collector == null) {
      try {
        collector = OtlpCollector.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return collector;
  }

  /** The SDK on, exporting OTLP over HTTP to the collector; topics and collection of its own. */
  public static class TracesOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("quarkus.otel.sdk.disabled", "false"),
          Map.entry("quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf"),
          Map.entry("quarkus.otel.exporter.otlp.traces.endpoint", collector().endpoint()),
          Map.entry("quarkus.otel.bsp.schedule.delay", "100ms"),
          Map.entry("indexer.topics.documents", TOPIC),
          Map.entry("indexer.topics.status", "traces.status"),
          Map.entry("indexer.topics.dead-letter", "traces.dlq"),
          Map.entry(
              "quarkus.kafka-streams.application-id",
              "vector-indexer-traces-" + ProcessHandle.current().pid()),
          Map.entry("indexer.qdrant.collection", "traces_documents"));
    }
  }

  @AfterAll
  static void stopCollector() {
    collector().close();
  }

  @Test
  void spansReachTheCollectorAsChildrenOfTheProducersSpanAndCarryNoText() {
    EmbeddedKafka kafka = KafkaBrokerResource.kafka();
    kafka.createTopics(1, TOPIC, "traces.status", "traces.dlq");
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(TOPIC, "acme/t" + i, event("t" + i, CONTENT + " Part " + i + "."));
      record
          .headers()
          .add(
              "traceparent",
              ("00-" + TRACE + "-" + PRODUCER_SPAN + "-01").getBytes(StandardCharsets.UTF_8));
      records.add(record);
    }
    kafka.produce(TOPIC, new StringSerializer(), new StringSerializer(), records);

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(
                        given()
                            .header("X-API-Key", TestIssuer.API_KEY_ADMIN)
                            .queryParam("q", QUERY)
                            .queryParam("limit", 10)
                            .get("/search")
                            .jsonPath()
                            .getList("documentId"))
                    .hasSize(3));

    OtlpCollector otlp = collector();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(otlp.spans())
                    .filteredOn(s -> s.name().equals("index event"))
                    .hasSize(3));
    List<OtlpCollector.Received> spans = otlp.spans();
    List<OtlpCollector.Received> events =
        spans.stream().filter(s -> s.name().equals("index event")).toList();
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.traceId()).isEqualTo(TRACE);
              assertThat(e.parentSpanId()).isEqualTo(PRODUCER_SPAN);
              assertThat(e.attributes()).containsEntry("messaging.destination.name", TOPIC);
              assertThat(e.resource()).containsKey("service.name");
            });
    List<String> eventIds = events.stream().map(OtlpCollector.Received::spanId).toList();
    assertThat(spans)
        .filteredOn(s -> s.name().equals("prepare"))
        .hasSize(3)
        .allSatisfy(
            p -> {
              assertThat(p.traceId()).isEqualTo(TRACE);
              assertThat(eventIds).contains(p.parentSpanId());
            });
    assertThat(otlp.paths()).allSatisfy(p -> assertThat(p).isEqualTo("/v1/traces"));

    // The extension's own instrumentation: each search is a server span of its own trace, with
    // the query's parameter names and none of its words.
    assertThat(spans)
        .filteredOn(s -> s.name().equals("GET /search"))
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.attributes())
                    .containsEntry("url.query", "q=REDACTED&limit=REDACTED")
                    .containsEntry("client.address", "REDACTED"));
    assertThat(spans)
        .allSatisfy(
            s ->
                assertThat(s.everything() + s.resource())
                    .doesNotContain(
                        "Oyelaran", "Mariana", EMAIL, "zephyrine", "Zephyrine", "quarterly"));
  }

  private static String event(String id, String content) {
    return "{\"eventId\":\"acme-"
        + id
        + "-1\",\"tenant\":\"acme\",\"documentId\":\""
        + id
        + "\",\"operation\":\"UPSERT\",\"version\":1,\"eventTime\":1767225600000,\"title\":\""
        + TITLE
        + "\",\"content\":\""
        + content
        + "\",\"contentType\":\"text/plain\",\"metadata\":{\"lang\":\"en\"}}";
  }
}
