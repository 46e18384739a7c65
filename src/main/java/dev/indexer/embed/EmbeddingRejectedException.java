package dev.indexer.embed;

import dev.indexer.event.InvalidEventException;

/**
 * The embedding server refused an input of the event (HTTP 400, 413, 422 and similar) while it
 * embeds a plain one-word request: permanent for that event, which is dead-lettered with reason
 * {@code EMBEDDING_REJECTED}. A server that refuses even that one-word request is misconfigured
 * instead ({@link EmbeddingMisconfiguredException}, transient).
 */
public class EmbeddingRejectedException extends InvalidEventException {

  public EmbeddingRejectedException(String message) {
    super(Reason.EMBEDDING_REJECTED, message);
  }
}
