package dev.indexer.pii;

/**
 * A recognizer failed, so the text could not be checked. Thrown instead of returning unchecked text
 * (fail-closed). The message names the recognizer only, never any of the text.
 */
public final class PiiRedactionException extends RuntimeException {

  public PiiRedactionException(String recognizer, Throwable cause) {
    super("PII recognizer failed: " + recognizer + " (" + cause.getClass().getName() + ")");
  }
}
