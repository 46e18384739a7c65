package dev.indexer.ops;

import dev.indexer.event.InvalidEventException;
import dev.indexer.pipeline.ProcessingGate;
import dev.indexer.pipeline.ShutdownSignal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * State of the indexing pipeline: which stream threads hold an event up on a transient fault
 * (Qdrant, the embedding backend or the registry unavailable), whether processing is paused until a
 * backend is back, and whether the service is shutting down. Each thread's fault is kept on its
 * own, so one thread's recovery does not hide another's outage.
 */
@ApplicationScoped
public class IndexerHealth implements ProcessingGate.Listener, ShutdownSignal {

  /** A thread's current fault: what fails, and since when. */
  public record Fault(String reason, Instant since) {}

  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final Map<InvalidEventException.Reason, Counter> deadLetters =
      new EnumMap<>(InvalidEventException.Reason.class);
  private volatile String paused;
  private volatile boolean stopping;

  private final java.time.Clock clock;

  /** Counters in a registry nobody reads. */
  public IndexerHealth() {
    this(new SimpleMeterRegistry());
  }

  /** With the clock that dates faults and measures their age; counters nobody reads. */
  IndexerHealth(java.time.Clock clock) {
    this(new SimpleMeterRegistry(), clock);
  }

  /**
   * Registers {@code indexer.dead.letters} by {@code reason}, every reason from zero: events
   * rejected to the dead-letter topic.
   */
  @Inject
  public IndexerHealth(MeterRegistry registry) {
    this(registry, java.time.Clock.systemUTC());
  }

  private IndexerHealth(MeterRegistry registry, java.time.Clock clock) {
    this.clock = clock;
    for (InvalidEventException.Reason reason : InvalidEventException.Reason.values()) {
      deadLetters.put(
          reason,
          Counter.builder("indexer.dead.letters")
              .description("Events rejected to the dead-letter topic, by reason")
              .tag("reason", reason.name())
              .register(registry));
    }
  }

  @Override
  public void rejected(InvalidEventException.Reason reason) {
    deadLetters.get(reason).increment();
  }

  /** Events rejected for {@code reason} so far. */
  public double deadLetters(InvalidEventException.Reason reason) {
    return deadLetters.get(reason).count();
  }

  @Override
  public void retrying(String worker, String reason) {
    faults.compute(
        worker,
        (thread, fault) -> new Fault(reason, fault == null ? clock.instant() : fault.since()));
  }

  @Override
  public void recovered(String worker) {
    faults.remove(worker);
  }

  /** Processing is paused until a backend is back: {@code reason} is the fault that paused it. */
  @Override
  public void paused(String reason) {
    paused = reason;
  }

  /** Processing resumed. */
  @Override
  public void resumed() {
    paused = null;
  }

  /** True once the application shuts down: retry loops stop so that Kafka Streams can close. */
  @Override
  public boolean stopping() {
    return stopping;
  }

  /**
   * Observed before Quarkus closes Kafka Streams (which observes the same event at the default
   * priority and waits for the stream threads): a thread waiting out an outage must learn of the
   * shutdown first, or the close would wait for the outage to end.
   */
  void onStop(@Observes @Priority(1) ShutdownEvent event) {
    stopping = true;
  }

  /**
   * The gauges of this state: {@code indexer_retry_oldest_wait_seconds}, how long the event held up
   * longest has been retrying (0 when none is), and {@code indexer_processing_paused} (1 while
   * processing is paused until a backend is back).
   */
  void registerMetrics(@Observes io.quarkus.runtime.StartupEvent event, MeterRegistry registry) {
    register(registry);
  }

  /** Registers the gauges with {@code registry}. */
  public void register(MeterRegistry registry) {
    Gauge.builder("indexer.retry.oldest.wait", this, IndexerHealth::oldestWaitSeconds)
        .description("How long the event held up longest by a transient fault has been retrying")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("indexer.processing.paused", this, h -> h.pausedFor() == null ? 0 : 1)
        .description("1 while processing is paused until Qdrant or the embedder answers again")
        .register(registry);
  }

  private double oldestWaitSeconds() {
    return oldestFault()
        .map(f -> Math.max(0, clock.millis() - f.since().toEpochMilli()) / 1000.0)
        .orElse(0.0);
  }

  /** The oldest fault holding a thread up, if any. */
  public Optional<Fault> oldestFault() {
    return faults.values().stream().min(Comparator.comparing(Fault::since));
  }

  /** How many stream threads hold an event up on a transient fault. */
  public int threadsRetrying() {
    return faults.size();
  }

  /** The fault that paused processing, or {@code null} while it is not paused. */
  public String pausedFor() {
    return paused;
  }
}
