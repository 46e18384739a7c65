package dev.indexer.fault;

import java.time.Duration;
import java.util.Optional;

/**
 * A fault that a later attempt can get past without touching the event: a backend (Qdrant, the
 * embedding server, the schema registry) down, overloaded or misconfigured. Whoever sees such a
 * fault decides it once by throwing a subclass; the pipeline retries it with backoff, reports it in
 * readiness and never dead-letters the event for it.
 */
public abstract class TransientException extends RuntimeException {

  private final Duration retryAfter;

  protected TransientException(String message, Throwable cause) {
    this(message, cause, null);
  }

  /**
   * @param retryAfter how long the backend asked callers to wait (a Retry-After), or null
   */
  protected TransientException(String message, Throwable cause, Duration retryAfter) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the backend asked callers to wait before the next attempt, when it said: the retry
   * loop waits at least this long, and gives up at once when it is beyond the retry budget.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
