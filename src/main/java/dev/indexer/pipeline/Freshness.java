package dev.indexer.pipeline;

import java.time.Instant;

/**
 * Told when a change became searchable: Qdrant has applied its writes ({@code wait=true}), so the
 * next search sees it. Events that change nothing in the index (stale, unchanged, rejected) are not
 * told.
 */
public interface Freshness {

  Freshness NONE = (kafkaTimestamp, eventTime) -> {};

  /**
   * @param kafkaTimestamp the event's Kafka record timestamp, epoch milliseconds
   * @param eventTime when the change happened at the source, as the event says; null when it does
   *     not
   */
  void searchable(long kafkaTimestamp, Instant eventTime);
}
