package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.GenerationSettings;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.QdrantConfigs;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qdrant.client.QdrantClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The progress of a generation built beside the live one, as its gauges show it: events done and
 * total of the documents topic, and the lag, from its pipeline's committed offsets.
 */
class GenerationProgressTest {

  @Test
  void theGaugesFollowThePipelinesCommittedOffsets() throws Exception {
    EmbeddedKafka kafka = KafkaBrokerResource.kafka();
    String topic = "progress-" + System.nanoTime();
    kafka.createTopics(1, topic);
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      records.add(new ProducerRecord<>(topic, "k" + i, "v" + i));
    }
    kafka.produce(topic, new StringSerializer(), new StringSerializer(), records);
    String app = "progress-app-v2-" + System.nanoTime();
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      new CollectionManager(client, QdrantConfigs.withAlias("prog"), 1, new HashEmbedder(8, 64))
          .ensureGeneration(new GenerationSettings("hash-8", 8, "Cosine", "t=10", "pii-1", "app"));
      CollectionManager second =
          new CollectionManager(
              client, QdrantConfigs.withAlias("prog"), 2, new HashEmbedder(8, 64));
      second.ensureGeneration(new GenerationSettings("hash-8", 8, "Cosine", "t=20", "pii-1", app));
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      Generations generations =
          new Generations(
              second,
              () ->
                  Optional.of(
                      Map.<String, Object>of(
                          AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers())),
              topic,
              registry,
              Duration.ofSeconds(10),
              app);
      try {
        commit(kafka, app, topic, 4);
        generations.report();
        assertThat(gauge(registry, "indexer.generation.events.done")).isEqualTo(4);
        assertThat(gauge(registry, "indexer.generation.events.total")).isEqualTo(10);
        assertThat(gauge(registry, "indexer.generation.lag")).isEqualTo(6);
        assertThat(
                registry
                    .get("indexer.generation.partition.lag")
                    .tag("generation", "2")
                    .tag("partition", "0")
                    .gauge()
                    .value())
            .isEqualTo(6);

        commit(kafka, app, topic, 10);
        generations.report();
        assertThat(gauge(registry, "indexer.generation.lag")).isZero();
        assertThat(generations.progressOf(app).orElseThrow().lag()).isZero();
      } finally {
        generations.close();
      }
    }
  }

  private static double gauge(SimpleMeterRegistry registry, String name) {
    return registry.get(name).tag("generation", "2").gauge().value();
  }

  private static void commit(EmbeddedKafka kafka, String group, String topic, long offset)
      throws Exception {
    kafka
        .admin()
        .alterConsumerGroupOffsets(
            group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(offset)))
        .all()
        .get();
  }
}
