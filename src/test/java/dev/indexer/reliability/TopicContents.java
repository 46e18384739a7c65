package dev.indexer.reliability;

import dev.indexer.pipeline.JsonSerde;
import dev.indexer.pipeline.StatusEvent;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what topics hold, as a read_committed consumer sees it. */
final class TopicContents {

  private static final JsonSerde<StatusEvent> STATUS = new JsonSerde<>(StatusEvent.class);

  private TopicContents() {}

  /** Every committed record of a topic right now: each partition read to its stable end. */
  static List<ConsumerRecord<byte[], byte[]>> all(EmbeddedKafka kafka, String topic) {
    return kafka.readCommitted(topic, Duration.ofSeconds(60));
  }

  /**
   * Waits until the status topic holds at least {@code count} committed records, and returns them
   * all.
   */
  static List<StatusEvent> awaitStatuses(
      EmbeddedKafka kafka, String topic, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ConsumerRecord<byte[], byte[]>> records = all(kafka, topic);
    while (records.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only "
                + records.size()
                + " of "
                + count
                + " statuses within "
                + timeout.toSeconds()
                + " s");
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
