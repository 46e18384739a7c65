package dev.indexer.embed;

import dev.indexer.fault.TransientException;
import java.time.Duration;

/** The embedding backend is down or overloaded: transient, the caller retries with backoff. */
public class EmbeddingUnavailableException extends TransientException {

  public EmbeddingUnavailableException(String message, Throwable cause) {
    this(message, cause, null);
  }

  public EmbeddingUnavailableException(String message) {
    this(message, null, null);
  }

  /**
   * @param retryAfter how long the server asked callers to wait (its Retry-After), or null
   */
  public EmbeddingUnavailableException(String message, Throwable cause, Duration retryAfter) {
    super(message, cause, retryAfter);
  }
}
