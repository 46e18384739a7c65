package dev.indexer.bench;

import dev.indexer.testkit.kafka.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Counts the status records of a run, and the chunks and embeddings they report. */
final class StatusReader implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;
  private long statuses;
  private long embedded;
  private long chunks;

  StatusReader(EmbeddedKafka kafka, String topic, String group) {
    consumer =
        new KafkaConsumer<>(
            kafka.consumerConfig(group), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> parts =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(parts);
    consumer.seekToBeginning(parts);
  }

  /**
   * Reads until {@code total} status records have been seen since the start; {@code failure} names
   * why the pipeline can no longer make progress, or is null while it can.
   */
  void await(long total, Duration timeout, Supplier<IllegalStateException> failure) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (statuses < total) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + statuses + " of " + total + " events processed in " + timeout);
      }
      IllegalStateException stopped = failure.get();
      if (stopped != null) {
        throw stopped;
      }
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
        statuses++;
        String v = new String(r.value(), StandardCharsets.UTF_8);
        embedded += number(v, "\"embedded\":");
        chunks += number(v, "\"chunks\":");
      }
    }
  }

  long statuses() {
    return statuses;
  }

  long embedded() {
    return embedded;
  }

  long chunks() {
    return chunks;
  }

  private static long number(String json, String key) {
    int i = json.indexOf(key);
    if (i < 0) {
      return 0;
    }
    int start = i + key.length();
    int end = start;
    while (end < json.length() && Character.isDigit(json.charAt(end))) {
      end++;
    }
    return end == start ? 0 : Long.parseLong(json.substring(start, end));
  }

  @Override
  public void close() {
    consumer.close();
  }
}
