package dev.indexer.pipeline;

import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Pauses processing of the whole Kafka Streams client once an event has waited out its retry budget
 * on a transient fault, and resumes it once every backend answers again. While paused, the stream
 * threads keep polling (so the instance keeps its partitions and no rebalance follows) but take no
 * new event: a long outage costs each stream thread one aborted transaction, instead of one every
 * transaction timeout, and no thread sits in a retry loop past its poll interval.
 */
public final class ProcessingGate implements FaultListener, AutoCloseable {

  /** A check that a backend can be used again; throws while it cannot. */
  @FunctionalInterface
  public interface Probe {
    void check() throws Exception;
  }

  /** Told of faults, and when processing pauses and resumes (for health). */
  public interface Listener extends FaultListener {
    void paused(String reason);

    void resumed();
  }

  static final Duration FIRST_PROBE = Duration.ofSeconds(1);
  static final Duration LONGEST_PROBE_WAIT = Duration.ofSeconds(30);

  private final List<Probe> probes;
  private final Listener listener;
  private final ScheduledExecutorService scheduler = Daemons.scheduler("processing-gate");
  private volatile KafkaStreams streams;
  private boolean paused;
  private int pauses;

  public ProcessingGate(List<Probe> probes, Listener listener) {
    this.probes = List.copyOf(probes);
    this.listener = listener;
  }

  @Override
  public void retrying(String worker, String reason) {
    listener.retrying(worker, reason);
  }

  @Override
  public void recovered(String worker) {
    listener.recovered(worker);
  }

  @Override
  public void rejected(dev.indexer.event.InvalidEventException.Reason reason) {
    listener.rejected(reason);
  }

  /** An event waited out its retry budget: processing pauses until the probes pass. */
  @Override
  public void gaveUp(String worker, String reason) {
    listener.recovered(
        worker); // the thread no longer waits: the pause reports the fault from now on
    pause(reason);
  }

  /** The client to pause and resume; until it is set, pausing only reports. */
  public void attach(KafkaStreams streams) {
    this.streams = streams;
  }

  /** Pauses processing (once, however many threads give up) until the probes pass. */
  public synchronized void pause(String reason) {
    if (paused) {
      return;
    }
    paused = true;
    pauses++;
    KafkaStreams s = streams;
    if (s != null) {
      s.pause();
    }
    listener.paused(reason);
    Log.warnf("Processing paused until the backends answer again: %s", reason);
    scheduler.schedule(() -> probe(FIRST_PROBE), FIRST_PROBE.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void probe(Duration waited) {
    try {
      for (Probe p : probes) {
        p.check();
      }
    } catch (Exception e) {
      Duration next =
          waited.multipliedBy(2).compareTo(LONGEST_PROBE_WAIT) > 0
              ? LONGEST_PROBE_WAIT
              : waited.multipliedBy(2);
      scheduler.schedule(() -> probe(next), next.toMillis(), TimeUnit.MILLISECONDS);
      return;
    }
    synchronized (this) {
      paused = false;
      KafkaStreams s = streams;
      if (s != null) {
        s.resume();
      }
    }
    listener.resumed();
    Log.info("The backends answer again: processing resumed");
  }

  /** Whether a Kafka Streams client is attached: without one, pausing only reports. */
  public boolean attached() {
    return streams != null;
  }

  /** Whether processing is paused now. */
  public synchronized boolean paused() {
    return paused;
  }

  /** How often processing has paused since start. */
  public synchronized int pauses() {
    return pauses;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
