package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.pipeline.DocumentIndexer;
import dev.indexer.pipeline.FaultListener;
import dev.indexer.pipeline.IndexerTopology;
import dev.indexer.pipeline.ProcessingSettings;
import dev.indexer.pipeline.Topics;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.AvroSerdes;
import dev.indexer.testkit.registry.InMemoryRegistry;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.TokenChunker;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Invariants 1 and 6 through the real topology (on a TopologyTestDriver, writing to Qdrant local):
 * an Avro event that arrives while the schema registry is down, with nothing cached, waits in the
 * retry loop, is indexed once the registry is back, and nothing is dead-lettered.
 */
class RegistryOutageTopologyTest {

  static final Topics TOPICS = new Topics("documents", "documents.status", "documents.dlq");

  @Test
  void anAvroEventSentWhileTheRegistryIsDownIsIndexedOnceItIsBackAndNothingIsDeadLettered()
      throws Exception {
    InMemoryRegistry registry = new InMemoryRegistry();
    FlakyRegistry flaky = new FlakyRegistry(registry);
    RegistryStatus status = new RegistryStatus();
    RegistryReadinessCheck readiness = new RegistryReadinessCheck(status);
    List<String> faults = new ArrayList<>();
    List<String> readinessWhileDown = new ArrayList<>();
    FaultListener listener =
        new FaultListener() {
          @Override
          public void retrying(String worker, String reason) {
            faults.add(reason);
            readinessWhileDown.add(readiness.call().getStatus().name());
            if (faults.size() == 3) {
              flaky.mode = FlakyRegistry.Mode.UP; // the registry comes back
            }
          }

          @Override
          public void recovered(String worker) {
            faults.add("recovered");
          }
        };
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      String collection = "registry_outage";
      client
          .createCollectionAsync(
              collection + "_v1",
              VectorParams.newBuilder().setSize(16).setDistance(Distance.Cosine).build())
          .get();
      client.createAliasAsync(collection, collection + "_v1").get();
      dev.indexer.qdrant.Fences.ensure(client, collection, collection + "_v1");
      IndexContents.createDocumentIndexes(client, collection + "_v1");
      HashEmbedder embedder = new HashEmbedder(16, 10);
      DocumentIndexer indexer =
          new DocumentIndexer(
              new MarkupNormaliser(),
              PolicyPiiRedactor.of(PiiPolicy.defaults()),
              new TokenChunker(HashEmbedder.WORDS, 10, 8, 0),
              embedder,
              new PointWriter(client, collection),
              Clock.systemUTC());
      ProcessingSettings settings =
          new ProcessingSettings(
              1_000_000, false, Duration.ofMillis(5), Duration.ofMillis(20), () -> false);
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "registry-outage-test");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("ttd-state").toString());
      EventDecoder decoder =
          new EventDecoder(new GuardedRegistry(flaky, status, Duration.ofSeconds(2)));

      byte[] key =
          AvroSerdes.<Object>serializer(registry, true)
              .serialize(
                  TOPICS.documents(), new dev.indexer.event.avro.DocumentKey("acme", "doc-1"));
      byte[] value =
          AvroSerdes.<Object>serializer(registry, false)
              .serialize(
                  TOPICS.documents(),
                  dev.indexer.event.avro.DocumentChangeEvent.newBuilder()
                      .setEventId("e1")
                      .setDocumentId("doc-1")
                      .setTenant("acme")
                      .setOperation(dev.indexer.event.avro.Operation.UPSERT)
                      .setVersion(1L)
                      .setEventTime(Instant.parse("2026-01-01T00:00:00Z"))
                      .setContent(
                          "Kafka Streams keeps a manifest per document. Qdrant stores the vectors.")
                      .build());
      flaky.mode = FlakyRegistry.Mode.REFUSED; // down from the start: nothing is cached yet

      try (TopologyTestDriver driver =
          new TopologyTestDriver(
              IndexerTopology.build(TOPICS, decoder, indexer, settings, listener), props)) {
        driver
            .createInputTopic(
                TOPICS.documents(), new ByteArraySerializer(), new ByteArraySerializer())
            .pipeInput(key, value);
        TestOutputTopic<byte[], byte[]> statuses =
            driver.createOutputTopic(
                TOPICS.status(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        TestOutputTopic<byte[], byte[]> deadLetters =
            driver.createOutputTopic(
                TOPICS.deadLetter(), new ByteArrayDeserializer(), new ByteArrayDeserializer());

        assertThat(faults).hasSize(4).endsWith("recovered");
        assertThat(faults.get(0)).contains("schema registry unavailable");
        assertThat(readinessWhileDown).containsOnly("DOWN");
        assertThat(readiness.call().getStatus().name()).isEqualTo("UP");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(new String(statuses.readValue(), java.nio.charset.StandardCharsets.UTF_8))
            .contains("\"outcome\":\"INDEXED\"");
        assertThat(IndexContents.document(client, collection, "acme", "doc-1")).isNotEmpty();
      }
    }
  }
}
