package dev.indexer.event;

import dev.indexer.fault.TransientException;

/**
 * The schema registry could not be reached, did not answer in time, or answered that it cannot
 * serve now (408, 429, 5xx) or refused the service's credentials (401, 403): no event is at fault,
 * so the event waits in the pipeline's retry loop and is decoded once the registry is back. The
 * message names neither the registry's address nor anything of the event.
 */
public class RegistryUnavailableException extends TransientException {

  private final String fault;

  public RegistryUnavailableException(String fault, Throwable cause) {
    super("schema registry unavailable: " + fault, cause);
    this.fault = fault;
  }

  /** What went wrong, briefly, such as {@code HTTP 503} or {@code ConnectException}. */
  public String fault() {
    return fault;
  }
}
