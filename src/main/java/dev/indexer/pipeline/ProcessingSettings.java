package dev.indexer.pipeline;

import dev.indexer.event.EventLimits;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How the processor treats faults and limits.
 *
 * @param limits bounds on one event; an event over them is dead-lettered
 * @param deadLetterOriginalBytes copy the rejected key and value bytes into the dead letter when
 *     they add up to at most this many bytes (so that the dead letter fits the topic's message
 *     size); 0 never copies them
 * @param initialBackoff first wait after a transient fault
 * @param maxBackoff longest wait between retries (jittered)
 * @param retryBudget how long one event may wait out a transient fault before it is given up on for
 *     now (its transaction aborts, processing pauses; see {@link ProcessingGate})
 * @param stopping true once the service shuts down: retries then give up, uncommitted
 * @param batchPoints Qdrant writes of many events are held until this many points are pending or
 *     the transaction commits, then sent as one request; 0 writes every event on its own
 * @param generation the index generation the pipeline builds, sent as the {@value
 *     #GENERATION_HEADER} header of its status records and dead letters (two generations share
 *     those topics while one is built beside the other); 0: no header
 * @param retention how long the manifests of deleted documents are kept
 */
public record ProcessingSettings(
    EventLimits limits,
    int deadLetterOriginalBytes,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration retryBudget,
    BooleanSupplier stopping,
    int batchPoints,
    int generation,
    ManifestRetention retention) {

  /** The header of status records and dead letters that names the generation that wrote them. */
  public static final String GENERATION_HEADER = "x-generation";

  /** The retry budget of settings that do not name one: the service's default. */
  public static final Duration DEFAULT_RETRY_BUDGET = Duration.ofSeconds(30);

  /** Below the broker's default message size (1 MB), with room for the headers. */
  public static final int DEFAULT_DEAD_LETTER_ORIGINAL_BYTES = 900_000;

  /** Settings that name no generation and keep the manifests of deleted documents forever. */
  public ProcessingSettings(
      EventLimits limits,
      int deadLetterOriginalBytes,
      Duration initialBackoff,
      Duration maxBackoff,
      Duration retryBudget,
      BooleanSupplier stopping,
      int batchPoints) {
    this(
        limits,
        deadLetterOriginalBytes,
        initialBackoff,
        maxBackoff,
        retryBudget,
        stopping,
        batchPoints,
        0,
        ManifestRetention.disabled());
  }

  /** The same settings with the manifests of deleted documents kept as {@code retention} says. */
  public ProcessingSettings withRetention(ManifestRetention retention) {
    return new ProcessingSettings(
        limits,
        deadLetterOriginalBytes,
        initialBackoff,
        maxBackoff,
        retryBudget,
        stopping,
        batchPoints,
        generation,
        retention);
  }

  /** The default limits but for the event size, with batching as given. */
  public ProcessingSettings(
      int maxEventBytes,
      boolean keepOriginalInDeadLetter,
      Duration initialBackoff,
      Duration maxBackoff,
      BooleanSupplier stopping,
      int batchPoints) {
    this(
        EventLimits.defaults().withMaxEventBytes(maxEventBytes),
        keepOriginalInDeadLetter ? DEFAULT_DEAD_LETTER_ORIGINAL_BYTES : 0,
        initialBackoff,
        maxBackoff,
        DEFAULT_RETRY_BUDGET,
        stopping,
        batchPoints);
  }

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
