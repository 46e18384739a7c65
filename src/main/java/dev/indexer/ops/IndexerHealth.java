package dev.indexer.ops;

import dev.indexer.event.InvalidEventException;
import dev.indexer.pipeline.ProcessingGate;
import dev.indexer.pipeline.ShutdownSignal;
import io.micrometer.core.instrument.Counter;
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

  /** Counters in a registry nobody reads. */
  public IndexerHealth() {
    this(new SimpleMeterRegistry());
  }

  /**
   * Registers {@code indexer.dead.letters} by {@code reason}, every reason from zero: events
   * rejected to the dead-letter topic.
   */
  @Inject
  public IndexerHealth(MeterRegistry registry) {
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
        (thread, fault) -> new Fault(reason, fault == null ? Instant.now() : fault.since()));
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
