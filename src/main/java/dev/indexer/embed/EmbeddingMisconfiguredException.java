package dev.indexer.embed;

/**
 * The embedding server and this service's configuration disagree: vectors of another dimension than
 * configured, a model the server does not serve, a refused API key or a wrong URL. No event is at
 * fault, so none is dead-lettered: the pipeline retries like any outage, readiness shows this
 * message (which names the property to fix), and processing resumes once an operator fixes either
 * side.
 */
public class EmbeddingMisconfiguredException extends EmbeddingUnavailableException {

  public EmbeddingMisconfiguredException(String message) {
    super(message);
  }
}
