package dev.indexer.embed;

/**
 * The embedding server refused the request itself (HTTP 400, 413, 422 and similar): permanent
 * for that input, retrying cannot help.
 */
public class EmbeddingRejectedException extends RuntimeException {

  public EmbeddingRejectedException(String message) {
    super(message);
  }
}
