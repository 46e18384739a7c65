package dev.indexer.reliability;

import dev.indexer.pipeline.JsonSerde;
import dev.indexer.pipeline.StatusEvent;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads what topics hold, as a read_committed consumer sees it. */
final class TopicContents {

  private static final JsonSerde<StatusEvent> STATUS = new JsonSerde<>(StatusEvent.class);

  private TopicContents() {}

  /** Every committed record of a topic right now: each partition read to its stable end. */
  static List<ConsumerRecord<byte[], byte[]>> all(EmbeddedKafka kafka, String topic) {
    Map<String, Object> config = kafka.consumerConfig("reliability-reader-" + System.nanoTime());
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end");
        }
        consumer.poll(Duration.ofMillis(100)).forEach(out::add);
      }
    }
    return out;
  }

  /** Waits until the status topic holds at least {@code count} committed records, and returns them all. */
  static List<StatusEvent> awaitStatuses(EmbeddedKafka kafka, String topic, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ConsumerRecord<byte[], byte[]>> records = all(kafka, topic);
    while (records.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + records.size() + " of " + count + " statuses within " + timeout.toSeconds() + " s");
      }
      Thread.sleep(500);
      records = all(kafka, topic);
    }
    List<StatusEvent> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      out.add(STATUS.deserializer().deserialize(topic, r.value()));
    }
    return out;
  }
}
