package dev.indexer.pipeline;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How the processor treats faults and limits.
 *
 * @param maxEventBytes larger event values are dead-lettered
 * @param keepOriginalInDeadLetter copy the rejected key and value bytes into the dead letter
 * @param initialBackoff first wait after a transient fault
 * @param maxBackoff longest wait between retries (jittered)
 * @param stopping true once the service shuts down: retries then give up, uncommitted
 * @param batchPoints Qdrant writes of many events are held until this many points are pending or
 *     the transaction commits, then sent as one request; 0 writes every event on its own
 */
public record ProcessingSettings(
    int maxEventBytes,
    boolean keepOriginalInDeadLetter,
    Duration initialBackoff,
    Duration maxBackoff,
    BooleanSupplier stopping,
    int batchPoints) {

  /** Settings that write every event on its own. */
  public ProcessingSettings(
      int maxEventBytes,
      boolean keepOriginalInDeadLetter,
      Duration initialBackoff,
      Duration maxBackoff,
      BooleanSupplier stopping) {
    this(maxEventBytes, keepOriginalInDeadLetter, initialBackoff, maxBackoff, stopping, 0);
  }
}
