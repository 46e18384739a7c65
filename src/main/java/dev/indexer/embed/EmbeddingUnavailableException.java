package dev.indexer.embed;

import dev.indexer.fault.TransientException;

/** The embedding backend is down or overloaded: transient, the caller retries with backoff. */
public class EmbeddingUnavailableException extends TransientException {

  public EmbeddingUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public EmbeddingUnavailableException(String message) {
    super(message, null);
  }
}
