package dev.indexer.qdrant;

/** Qdrant did not answer or refused for a passing reason: the caller retries with backoff. */
public class QdrantUnavailableException extends RuntimeException {

  public QdrantUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
