package dev.indexer.qdrant;

import dev.indexer.fault.TransientException;

/** Qdrant did not answer or refused for a passing reason: the caller retries with backoff. */
public class QdrantUnavailableException extends TransientException {

  public QdrantUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
