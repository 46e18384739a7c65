package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** How far a consumer group has read a topic, from a real broker. */
class TopicProgressTest {

  private static final StringSerializer S = new StringSerializer();

  @Test
  void eventsDoneTotalAndLagFollowTheGroupsCommittedOffsets() throws Exception {
    EmbeddedKafka kafka = KafkaBrokerResource.kafka();
    String topic = "progress-" + UUID.randomUUID();
    kafka.createTopics(3, topic);
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      records.add(new ProducerRecord<>(topic, i % 3, "k" + i, "v" + i));
    }
    kafka.produce(topic, S, S, records);
    TopicProgress progress = new TopicProgress(kafka.admin(), topic, Duration.ofSeconds(10));

    assertThat(progress.of("nobody"))
        .isEqualTo(new TopicProgress.Progress(0, 30, 30, Map.of(0, 10L, 1, 10L, 2, 10L)));

    kafka
        .admin()
        .alterConsumerGroupOffsets(
            "half",
            Map.of(
                new TopicPartition(topic, 0), new OffsetAndMetadata(10),
                new TopicPartition(topic, 1), new OffsetAndMetadata(5)))
        .all()
        .get();
    TopicProgress.Progress half = progress.of("half");
    assertThat(half)
        .isEqualTo(new TopicProgress.Progress(15, 30, 15, Map.of(0, 0L, 1, 5L, 2, 10L)));
    assertThat(half.fraction()).isEqualTo(0.5);
  }

  @Test
  void aReadCommittedConsumerThatCommitsItsPositionHasNoLagAfterTransactions() throws Exception {
    EmbeddedKafka kafka = KafkaBrokerResource.kafka();
    String topic = "progress-tx-" + UUID.randomUUID();
    kafka.createTopics(1, topic);
    Map<String, Object> config = kafka.producerConfig();
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "progress-" + UUID.randomUUID());
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      for (int t = 0; t < 3; t++) {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(topic, new byte[] {1}, new byte[] {(byte) t}));
        producer.commitTransaction();
      }
    }
    TopicPartition tp = new TopicPartition(topic, 0);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            kafka.consumerConfig("tx-reader"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.assign(List.of(tp));
      int read = 0;
      long deadline = System.currentTimeMillis() + 10_000;
      while (read < 3 && System.currentTimeMillis() < deadline) {
        ConsumerRecords<byte[], byte[]> polled = consumer.poll(Duration.ofMillis(200));
        read += polled.count();
      }
      assertThat(read).isEqualTo(3);
      consumer.commitSync(Map.of(tp, new OffsetAndMetadata(consumer.position(tp))));
    }
    TopicProgress.Progress p =
        new TopicProgress(kafka.admin(), topic, Duration.ofSeconds(10)).of("tx-reader");
    assertThat(p.lag()).as("the commit markers are behind the position").isZero();
    assertThat(p.total()).as("3 records and 3 commit markers").isEqualTo(6);
  }
}
