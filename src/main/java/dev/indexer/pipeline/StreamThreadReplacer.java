package dev.indexer.pipeline;

import io.quarkus.logging.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * What happens when a stream thread dies of an exception that processing did not handle: the thread
 * is replaced (its tasks are processed again from their last commit), instead of Kafka Streams'
 * default of shutting the whole client down, which would fail liveness and, under Kubernetes,
 * restart the pod at the same offset on every instance in turn. Only when threads keep dying
 * ({@link #MAX_REPLACEMENTS} within {@link #WINDOW}) does the client shut down, so that a fault
 * that no new thread can get past still shows in liveness.
 */
public final class StreamThreadReplacer implements StreamsUncaughtExceptionHandler {

  static final int MAX_REPLACEMENTS = 10;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private final Clock clock;
  private final Deque<Instant> replacements = new ArrayDeque<>();

  public StreamThreadReplacer() {
    this(Clock.systemUTC());
  }

  StreamThreadReplacer(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
    Instant now = clock.instant();
    while (!replacements.isEmpty() && replacements.peekFirst().isBefore(now.minus(WINDOW))) {
      replacements.removeFirst();
    }
    // The type and where it was thrown: messages of libraries may quote the data they failed on.
    String what = ProcessingFailure.describe(exception);
    if (replacements.size() >= MAX_REPLACEMENTS) {
      Log.errorf(
          "A stream thread died (%s); %d threads died within %s: shutting Kafka Streams down",
          what, replacements.size() + 1, WINDOW);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    replacements.addLast(now);
    Log.errorf(
        "A stream thread died (%s); it is replaced and its tasks resume from their last commit",
        what);
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }
}
