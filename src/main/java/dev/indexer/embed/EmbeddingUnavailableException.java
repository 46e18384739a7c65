package dev.indexer.embed;

import dev.indexer.fault.TransientException;
import java.time.Duration;
import java.util.Optional;

/** The embedding backend is down or overloaded: transient, the caller retries with backoff. */
public class EmbeddingUnavailableException extends TransientException {

  private final Duration retryAfter;

  public EmbeddingUnavailableException(String message, Throwable cause) {
    this(message, cause, null);
  }

  public EmbeddingUnavailableException(String message) {
    this(message, null, null);
  }

  /** @param retryAfter how long the server asked callers to wait (its Retry-After), or null */
  public EmbeddingUnavailableException(String message, Throwable cause, Duration retryAfter) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the server asked callers to wait before the next request (its Retry-After, at most
   * 10 minutes), when it said; a retry loop should wait at least this long.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
