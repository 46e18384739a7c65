package dev.indexer.event.debezium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.qdrant.QdrantConfig;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.JwtIssuerResource;
import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.QdrantLocalResource;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import io.qdrant.client.QdrantClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * The packaged wiring of the Debezium input: the service started with {@code
 * indexer.input.format=debezium} and a column mapping indexes a table's change events from a real
 * broker into Qdrant local, and a delete and its tombstone remove the document.
 */
@QuarkusTest
@TestProfile(DebeziumServiceTest.DebeziumInput.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = QdrantLocalResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtIssuerResource.class, restrictToAnnotatedClass = false)
class DebeziumServiceTest {

  static final String TOPIC = "dbserver1.public.documents";

  /** Debezium input with the table's mapping; topics, group and collection of this test alone. */
  public static class DebeziumInput implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("indexer.input.format", "debezium"),
          Map.entry("indexer.debezium.columns.tenant", "tenant"),
          Map.entry("indexer.debezium.columns.document-id", "id"),
          Map.entry("indexer.debezium.columns.title", "title"),
          Map.entry("indexer.debezium.columns.content", "body"),
          Map.entry("indexer.topics.documents", TOPIC),
          Map.entry("indexer.topics.status", "debezium.status"),
          Map.entry("indexer.topics.dead-letter", "debezium.dlq"),
          Map.entry(
              "quarkus.kafka-streams.application-id",
              "vector-indexer-debezium-" + ProcessHandle.current().pid()),
          Map.entry("indexer.qdrant.collection", "debezium_documents"));
    }
  }

  @Inject QdrantConfig qdrant;

  @Test
  void aTablesChangeEventsEndInTheIndex() throws Exception {
    EmbeddedKafka kafka = KafkaBrokerResource.kafka();
    kafka.createTopics(1, TOPIC, "debezium.status", "debezium.dlq");
    Envelopes events = new Envelopes(false);
    Map<String, Object> row =
        Envelopes.row(
            "id", 7, "tenant", "acme", "title", "Runbook", "body", "Restart the consumer group.");
    Map<String, Object> other =
        Envelopes.row("id", 8, "tenant", "acme", "title", "Gone", "body", "Soon deleted.");
    send(kafka, events.key("acme", 7), events.value("c", null, row));
    send(kafka, events.key("acme", 8), events.value("c", null, other));
    send(kafka, events.key("acme", 8), events.value("d", other, null));
    send(kafka, events.key("acme", 8), null);

    // The two creates and the delete each have a status once committed (the tombstone after the
    // delete changes nothing more).
    assertThat(
            kafka.consume(
                "debezium.status",
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                3,
                Duration.ofSeconds(60)))
        .hasSizeGreaterThanOrEqualTo(3);
    try (QdrantClient client = QdrantLocalResource.qdrant().newClient()) {
      assertThat(IndexContents.texts(client, qdrant.collection()))
          .isEqualTo(Map.of("acme/7", List.of("Restart the consumer group.")));
    }
  }

  private static void send(EmbeddedKafka kafka, byte[] key, byte[] value) {
    kafka.produce(
        TOPIC,
        new ByteArraySerializer(),
        new ByteArraySerializer(),
        List.of(new ProducerRecord<>(TOPIC, key, value)));
  }
}
