package dev.indexer.fault;

/**
 * A fault that a later attempt can get past without touching the event: a backend (Qdrant, the
 * embedding server, the schema registry) down, overloaded or misconfigured. Whoever sees such a
 * fault decides it once by throwing a subclass; the pipeline retries it with backoff, reports it
 * in readiness and never dead-letters the event for it.
 */
public abstract class TransientException extends RuntimeException {

  protected TransientException(String message, Throwable cause) {
    super(message, cause);
  }
}
