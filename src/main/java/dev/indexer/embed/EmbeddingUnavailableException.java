package dev.indexer.embed;

/** The embedding backend is down or overloaded: transient, the caller retries with backoff. */
public class EmbeddingUnavailableException extends RuntimeException {

  public EmbeddingUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public EmbeddingUnavailableException(String message) {
    super(message);
  }
}
