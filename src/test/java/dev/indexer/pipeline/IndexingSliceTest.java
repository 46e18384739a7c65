package dev.indexer.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.embed.Embedder;
import dev.indexer.event.avro.DocumentChangeEvent;
import dev.indexer.event.avro.DocumentKey;
import dev.indexer.event.avro.Operation;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.qdrant.QdrantConfig;
import dev.indexer.testkit.JwtIssuerResource;
import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.QdrantLocalResource;
import dev.indexer.testkit.TestIssuer;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.registry.InMemoryRegistry;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.qdrant.client.ConditionFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The thin end-to-end slice: an Avro event produced to a real broker ends up in Qdrant local as a
 * point whose vector is the real model's embedding of the text.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = QdrantLocalResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtIssuerResource.class, restrictToAnnotatedClass = false)
class IndexingSliceTest {

  @Inject Embedder embedder;
  @Inject TopicsConfig topics;
  @Inject QdrantConfig qdrantConfig;
  @Inject ProcessingGate gate;

  @Test
  void theProcessingGateCanPauseTheServicesKafkaStreams() {
    // Quarkus hands the started client over as a CDI event; without it a long outage could not
    // pause processing.
    assertThat(gate.attached()).isTrue();
  }

  @Test
  void shutdownReachesTheRetryLoopsBeforeKafkaStreamsWaitsForItsThreads() {
    // Quarkus closes Kafka Streams from a ShutdownEvent observer, and the close waits for the
    // stream threads: a thread waiting out an outage must learn of the shutdown before that.
    List<String> observers =
        io.quarkus.arc.Arc.container()
            .beanManager()
            .resolveObserverMethods(new io.quarkus.runtime.ShutdownEvent())
            .stream()
            .map(o -> o.getBeanClass().getName())
            .toList();
    assertThat(observers)
        .contains(dev.indexer.ops.IndexerHealth.class.getName(), KAFKA_STREAMS_PRODUCER);
    assertThat(observers.indexOf(dev.indexer.ops.IndexerHealth.class.getName()))
        .as(
            "the stopping signal's observer comes before the one that closes Kafka Streams: %s",
            observers)
        .isLessThan(observers.indexOf(KAFKA_STREAMS_PRODUCER));
  }

  @Test
  void theCollectionIsCheckedBeforeKafkaStreamsStarts() {
    // Quarkus builds and starts Kafka Streams from a StartupEvent observer; the topology producer
    // only wires, so the collection must be ensured by an observer that runs before it.
    List<String> observers =
        io.quarkus.arc.Arc.container()
            .beanManager()
            .resolveObserverMethods(new io.quarkus.runtime.StartupEvent())
            .stream()
            .map(o -> o.getBeanClass().getName())
            .toList();
    assertThat(observers).contains(StartupChecks.class.getName(), KAFKA_STREAMS_PRODUCER);
    assertThat(observers.indexOf(StartupChecks.class.getName()))
        .as(
            "the collection check's observer comes before the one that starts Kafka Streams: %s",
            observers)
        .isLessThan(observers.indexOf(KAFKA_STREAMS_PRODUCER));
  }

  private static final String KAFKA_STREAMS_PRODUCER =
      "io.quarkus.kafka.streams.runtime.KafkaStreamsProducer";

  /** /q/health/ready on the management interface (the annotation adds the /q root). */
  @TestHTTPResource(value = "/health/ready", management = true)
  java.net.URL ready;

  /** /q/metrics on the management interface. */
  @TestHTTPResource(value = "/metrics", management = true)
  java.net.URL metrics;

  @Test
  void avroEventBecomesAPointWithTheModelsEmbedding() throws Exception {
    EmbeddedKafka kafka = KafkaBrokerResource.kafka();
    kafka.createTopics(1, topics.documents(), topics.status(), topics.deadLetter());

    String text = "Kafka Streams keeps a manifest of every document in a changelog-backed store.";
    DocumentKey key = new DocumentKey("acme", "slice-1");
    DocumentChangeEvent event =
        DocumentChangeEvent.newBuilder()
            .setEventId("e-1")
            .setDocumentId("slice-1")
            .setTenant("acme")
            .setOperation(Operation.UPSERT)
            .setVersion(1L)
            .setEventTime(Instant.parse("2026-01-01T00:00:00Z"))
            .setTitle("Manifest")
            .setContent(text)
            .setMetadata(Map.of("lang", "en"))
            .build();
    kafka.produce(
        topics.documents(),
        serializer(true),
        serializer(false),
        List.of(new ProducerRecord<Object, Object>(topics.documents(), key, event)));

    try (QdrantClient client = QdrantLocalResource.qdrant().newClient()) {
      Filter doc =
          Filter.newBuilder()
              .addMust(ConditionFactory.matchKeyword(PayloadFields.DOCUMENT_ID, "slice-1"))
              .build();
      List<RetrievedPoint> points =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(() -> scroll(client, doc), p -> !p.isEmpty());

      assertThat(points).hasSize(1);
      RetrievedPoint point = points.get(0);
      assertThat(point.getPayloadMap().get(PayloadFields.TEXT).getStringValue()).isEqualTo(text);
      assertThat(point.getPayloadMap().get(PayloadFields.TENANT).getStringValue())
          .isEqualTo("acme");
      assertThat(point.getPayloadMap().get(PayloadFields.VERSION).getIntegerValue()).isEqualTo(1L);
      assertThat(point.getPayloadMap().get(PayloadFields.MODEL_ID).getStringValue())
          .isEqualTo(embedder.modelId());

      float[] expected = normalise(embedder.embed(List.of(text)).get(0));
      List<Float> stored = point.getVectors().getVector().getDense().getDataList();
      assertThat(stored).hasSize(embedder.dimension());
      for (int i = 0; i < expected.length; i++) {
        assertThat(stored.get(i))
            .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-5f));
      }
    }

    // The mirror through the service's own API, as a caller of tenant acme.
    String acme = "Bearer " + TestIssuer.get().token("acme");
    given()
        .header("Authorization", acme)
        .queryParam("q", "where does the service keep its manifest")
        .when()
        .get("/search")
        .then()
        .statusCode(200)
        .body("[0].documentId", equalTo("slice-1"))
        .body("[0].text", equalTo(text))
        .body("[0].title", equalTo("Manifest"));
    given()
        .header("Authorization", acme)
        .queryParam("q", "manifest")
        .queryParam("filter", "lang=en")
        .get("/search")
        .then()
        .statusCode(200)
        .body("documentId", hasItem("slice-1"));
    given()
        .header("Authorization", acme)
        .queryParam("q", "manifest")
        .queryParam("filter", "lang=fr")
        .get("/search")
        .then()
        .statusCode(200)
        .body("documentId", not(hasItem("slice-1")));
    given().header("Authorization", acme).get("/search").then().statusCode(400);
    given()
        .header("Authorization", acme)
        .get("/documents/slice-1")
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("chunkCount", equalTo(1))
        .body("deleted", equalTo(false));
    given().header("Authorization", acme).get("/documents/never-seen").then().statusCode(404);
    // Health is on the management interface only, not on the API port.
    given().get(ready.toString()).then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(404);

    List<ConsumerRecord<String, byte[]>> statuses =
        kafka.consume(
            topics.status(),
            new StringDeserializer(),
            new ByteArrayDeserializer(),
            1,
            Duration.ofSeconds(30));
    JsonNode status = new ObjectMapper().readTree(statuses.get(0).value());
    assertThat(statuses.get(0).key()).isEqualTo("acme/slice-1");
    assertThat(status.get("outcome").asText()).isEqualTo("INDEXED");
    assertThat(status.get("chunks").asInt()).isEqualTo(1);

    // Events that arrive together share Qdrant write requests
    // (indexer.pipeline.write-batch-points).
    long requestsBefore = QdrantLocalResource.qdrant().calls("qdrant.Points/UpdateBatch");
    int burst = 30;
    List<ProducerRecord<Object, Object>> records = new java.util.ArrayList<>();
    for (int i = 0; i < burst; i++) {
      String id = "burst-" + i;
      records.add(
          new ProducerRecord<>(
              topics.documents(),
              new DocumentKey("acme", id),
              DocumentChangeEvent.newBuilder(event)
                  .setEventId(id)
                  .setDocumentId(id)
                  .setContent(text + " " + i)
                  .build()));
    }
    kafka.produce(topics.documents(), serializer(true), serializer(false), records);
    List<ConsumerRecord<String, byte[]>> all =
        kafka.consume(
            topics.status(),
            new StringDeserializer(),
            new ByteArrayDeserializer(),
            1 + burst,
            Duration.ofSeconds(60));
    assertThat(all).hasSize(1 + burst);
    assertThat(all.subList(1, all.size()))
        .allSatisfy(
            r ->
                assertThat(new ObjectMapper().readTree(r.value()).get("outcome").asText())
                    .isEqualTo("INDEXED"));
    long requests =
        QdrantLocalResource.qdrant().calls("qdrant.Points/UpdateBatch") - requestsBefore;
    assertThat(requests).as("write requests for %d events", burst).isPositive().isLessThan(burst);
    try (QdrantClient client = QdrantLocalResource.qdrant().newClient()) {
      for (int i = 0; i < burst; i++) {
        Filter doc =
            Filter.newBuilder()
                .addMust(ConditionFactory.matchKeyword(PayloadFields.DOCUMENT_ID, "burst-" + i))
                .build();
        assertThat(scroll(client, doc)).as("burst-%d", i).hasSize(1);
      }
    }
    aChatIsStoredWithoutItsPeople(kafka, event, 2 + burst);
    reconciliationPutsBackAPointDeletedOutsideTheService(acme);
    recallAndDriftAreMeasuredAndExported(acme);
    theDashboardAndTheAlertsReadOnlyExportedMetrics();
  }

  /**
   * A chat copied from a messenger, with its lines, a table pasted as tab-separated columns and a
   * name glued by a no-break space, goes through the broker and the whole service: no value of it
   * reaches any stored payload, and the lines the rules read are still there to be read.
   */
  private void aChatIsStoredWithoutItsPeople(
      EmbeddedKafka kafka, DocumentChangeEvent template, int statusesSoFar) throws Exception {
    List<String> values =
        List.of(
            "Danielle",
            "Okafor",
            "kbrennan",
            "Teresa",
            "+1 614-282-9176",
            "danielle.okafor@brightmail.com",
            "Renee",
            "Castellanos",
            "Kowalska",
            "GB82",
            "WEST 1234");
    String chat =
        "#it-helpdesk\n"
            + "[09:02] kbrennan: anyone know why the printer on 4 keeps asking for a pin\n"
            + "Danielle Okafor: my cell is +1 614-282-9176, mail danielle.okafor@brightmail.com\n"
            + "[09:11] kbrennan: works, thanks Teresa\n"
            + "\n"
            + "name\tphone\tteam\n"
            + "Renee Castellanos\t+1 614-282-9176\tpayroll\n"
            + "\n"
            + "Refund to Anna\u00a0Kowalska, IBAN GB82  WEST 1234 5698 7654 32, by Friday.";
    kafka.produce(
        topics.documents(),
        serializer(true),
        serializer(false),
        List.of(
            new ProducerRecord<Object, Object>(
                topics.documents(),
                new DocumentKey("acme", "chat-1"),
                DocumentChangeEvent.newBuilder(template)
                    .setEventId("chat-1")
                    .setDocumentId("chat-1")
                    .setTitle("Helpdesk chat with Danielle Okafor")
                    .setContent(chat)
                    .build())));
    List<ConsumerRecord<String, byte[]>> all =
        kafka.consume(
            topics.status(),
            new StringDeserializer(),
            new ByteArrayDeserializer(),
            statusesSoFar,
            Duration.ofSeconds(60));
    ConsumerRecord<String, byte[]> status = all.get(all.size() - 1);
    assertThat(status.key()).isEqualTo("acme/chat-1");
    assertThat(new ObjectMapper().readTree(status.value()).get("outcome").asText())
        .isEqualTo("INDEXED");
    try (QdrantClient client = QdrantLocalResource.qdrant().newClient()) {
      Filter doc =
          Filter.newBuilder()
              .addMust(ConditionFactory.matchKeyword(PayloadFields.DOCUMENT_ID, "chat-1"))
              .build();
      List<RetrievedPoint> points = scroll(client, doc);
      assertThat(points).isNotEmpty();
      StringBuilder stored = new StringBuilder();
      for (RetrievedPoint p : points) {
        p.getPayloadMap().values().forEach(v -> strings(v, stored));
      }
      for (String value : values) {
        assertThat(stored.toString()).as("stored payloads").doesNotContain(value);
      }
      String all2 = stored.toString();
      assertThat(all2).contains("printer on 4", "payroll", "by Friday");
      assertThat(all2.split("<PERSON>", -1).length - 1)
          .as("people replaced in the text and the title")
          .isGreaterThanOrEqualTo(6);
    }
  }

  /** Every string in a payload value, nested ones included, one a line. */
  private static void strings(io.qdrant.client.grpc.JsonWithInt.Value v, StringBuilder out) {
    switch (v.getKindCase()) {
      case STRING_VALUE -> out.append(v.getStringValue()).append('\n');
      case STRUCT_VALUE -> v.getStructValue().getFieldsMap().values().forEach(f -> strings(f, out));
      case LIST_VALUE -> v.getListValue().getValuesList().forEach(f -> strings(f, out));
      default -> {}
    }
  }

  /**
   * A recall round through the admin API (admin only) on the indexed collection, whose normal and
   * exact searches agree on Qdrant local below its full-scan threshold; the recall, drift, content
   * and dead-letter metrics are exported under their Prometheus names.
   */
  private void recallAndDriftAreMeasuredAndExported(String tenantCaller) throws Exception {
    String admin = "Bearer " + TestIssuer.get().adminToken();
    given()
        .header("Authorization", tenantCaller)
        .post("/admin/monitor/recall")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", admin)
        .post("/admin/monitor/recall")
        .then()
        .statusCode(200)
        .body("index.recall", equalTo(1.0f))
        .body("index.queries", org.hamcrest.Matchers.greaterThan(0));
    String exported = given().get(metrics).then().statusCode(200).extract().asString();
    assertThat(exported)
        .contains(
            "indexer_index_recall{",
            "indexer_index_recall_queries{",
            "indexer_search_recall{",
            "indexer_search_mrr{",
            "indexer_recall_rounds_seconds_count{",
            "indexer_drift_centroid_distance{",
            "indexer_drift_norm_change{",
            "indexer_drift_pairwise_cosine_change{",
            "indexer_drift_window_vectors{",
            "indexer_document_chunks_count{",
            "indexer_dead_letters_total{reason=\"UNDECODABLE\"}");
    assertThat(exported).containsPattern("indexer_document_chunks_count\\{[^}]*\\} [1-9]");
  }

  /**
   * Every metric the shipped Grafana dashboard and alert rules use is in {@code /q/metrics} of the
   * running service, after it has indexed events.
   */
  private void theDashboardAndTheAlertsReadOnlyExportedMetrics() {
    String exposition = given().get(metrics.toString()).then().statusCode(200).extract().asString();
    java.util.Set<String> exported = new java.util.TreeSet<>();
    for (String line : exposition.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        exported.add(line.split("[{ ]", 2)[0]);
      }
    }
    assertThat(dev.indexer.deploy.MonitoringMetrics.referenced())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(exported).as("exported metrics").contains(name));
  }

  /**
   * Reconciliation through the service's admin API: a point deleted straight in Qdrant is found
   * missing and written again from its Avro source record; only an admin may ask.
   */
  private void reconciliationPutsBackAPointDeletedOutsideTheService(String tenantCaller)
      throws Exception {
    String admin = "Bearer " + TestIssuer.get().adminToken();
    given().header("Authorization", tenantCaller).post("/admin/reconcile").then().statusCode(403);
    try (QdrantClient client = QdrantLocalResource.qdrant().newClient()) {
      Filter doc =
          Filter.newBuilder()
              .addMust(ConditionFactory.matchKeyword(PayloadFields.DOCUMENT_ID, "slice-1"))
              .build();
      RetrievedPoint before = scroll(client, doc).get(0);
      client.deleteAsync(qdrantConfig.collection(), List.of(before.getId())).get();
      given()
          .header("Authorization", admin)
          .post("/admin/reconcile")
          .then()
          .statusCode(200)
          .body("found.MISSING", equalTo(1))
          .body("reprocessed", equalTo(1))
          .body("unrepairable", org.hamcrest.Matchers.empty());
      List<RetrievedPoint> after = scroll(client, doc);
      assertThat(after).hasSize(1);
      assertThat(after.get(0).getId()).isEqualTo(before.getId());
      // The same point again; only the time it was written differs.
      assertThat(after.get(0).getPayloadMap())
          .usingRecursiveComparison()
          .ignoringFields(PayloadFields.INDEXED_AT)
          .isEqualTo(before.getPayloadMap());
      assertThat(after.get(0).getVectors()).isEqualTo(before.getVectors());
    }
    given()
        .header("Authorization", admin)
        .get("/admin/reconcile")
        .then()
        .statusCode(200)
        .body("reprocessed", equalTo(1));
  }

  private List<RetrievedPoint> scroll(QdrantClient client, Filter filter) throws Exception {
    return client
        .scrollAsync(
            ScrollPoints.newBuilder()
                .setCollectionName(qdrantConfig.collection())
                .setFilter(filter)
                .setLimit(100)
                .setWithPayload(WithPayloadSelectorFactory.enable(true))
                .setWithVectors(WithVectorsSelectorFactory.enable(true))
                .build())
        .get()
        .getResultList();
  }

  private static AvroKafkaSerializer<Object> serializer(boolean isKey) {
    AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>(InMemoryRegistry.shared());
    serializer.configure(Map.of("apicurio.registry.auto-register", "true"), isKey);
    return serializer;
  }

  private static float[] normalise(float[] v) {
    double norm = 0;
    for (float f : v) {
      norm += f * f;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
