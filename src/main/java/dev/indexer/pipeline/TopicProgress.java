package dev.indexer.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a Kafka Streams application (a generation's pipeline) has read the documents topic, from
 * the committed offsets of its consumer group: events done of the events in the topic, and the lag.
 * Offsets count events, so {@code done} and {@code total} are events, which a compacted topic keeps
 * about one per document.
 */
public final class TopicProgress {

  /**
   * Where an application stands: events done, events in the topic, events still to read, and those
   * by partition.
   */
  public record Progress(long done, long total, long lag, Map<Integer, Long> partitionLag) {

    public Progress {
      partitionLag = Map.copyOf(partitionLag);
    }

    /** Done over total, 1 for an empty topic. */
    public double fraction() {
      return total == 0 ? 1 : (double) done / total;
    }
  }

  private final Admin admin;
  private final String topic;
  private final Duration timeout;

  public TopicProgress(Admin admin, String topic, Duration timeout) {
    this.admin = admin;
    this.topic = topic;
    this.timeout = timeout;
  }

  /**
   * The progress of {@code applicationId} (its consumer group). A partition it has committed
   * nothing for counts as not started. The whole lookup gets the timeout given at construction.
   *
   * @throws IllegalStateException when Kafka does not answer in time
   */
  public Progress of(String applicationId) {
    // One deadline for the whole lookup (four requests), not one per request.
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      List<TopicPartition> partitions =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(remainingMillis(deadline), TimeUnit.MILLISECONDS)
              .get(topic)
              .partitions()
              .stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      Map<TopicPartition, ListOffsetsResultInfo> begin =
          offsets(partitions, OffsetSpec.earliest(), deadline);
      Map<TopicPartition, ListOffsetsResultInfo> end =
          offsets(partitions, OffsetSpec.latest(), deadline);
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(applicationId)
              .partitionsToOffsetAndMetadata()
              .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
      long done = 0;
      long total = 0;
      long lag = 0;
      Map<Integer, Long> byPartition = new java.util.TreeMap<>();
      for (TopicPartition tp : partitions) {
        long b = begin.get(tp).offset();
        long e = end.get(tp).offset();
        OffsetAndMetadata c = committed.get(tp);
        long position = c == null ? b : Math.min(e, Math.max(b, c.offset()));
        total += e - b;
        done += position - b;
        lag += e - position;
        byPartition.put(tp.partition(), e - position);
      }
      return new Progress(done, total, lag, byPartition);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the offsets of " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Kafka did not give the offsets of " + topic + " (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  private Map<TopicPartition, ListOffsetsResultInfo> offsets(
      List<TopicPartition> partitions, OffsetSpec spec, long deadline)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(tp -> request.put(tp, spec));
    // The last stable offset: an open transaction's records are not yet events to process.
    return admin
        .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
        .all()
        .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
  }

  /** What is left of the time allowed for one lookup, at least a millisecond. */
  private static long remainingMillis(long deadline) {
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
  }
}
