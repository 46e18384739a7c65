package dev.indexer.pii;

/** Removes personal data from text before it is embedded or stored anywhere. */
public interface PiiRedactor {

  /** The text with every finding replaced; throws rather than return text it could not check. */
  Redaction redact(String text);

  /**
   * Identifies the redaction policy (recognizers and operators). Stored on every point, so that a
   * policy change can find what it affects, and part of the embedding cache key.
   */
  String policyVersion();
}
