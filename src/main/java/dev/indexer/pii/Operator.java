package dev.indexer.pii;

/** What replaces a finding in the redacted text. */
public enum Operator {
  /** A typed placeholder such as {@code <EMAIL>}. */
  PLACEHOLDER,
  /** The mask character repeated once per character of the finding. */
  MASK,
  /**
   * A keyed HMAC-SHA256 pseudonym such as {@code <EMAIL_9f86d081884c7d65>}: the same value gives
   * the same token in every document (joins and de-duplication keep working), and without the key
   * the token cannot be tied back to the value.
   */
  HMAC,
  /** Nothing: the finding is cut out. */
  REMOVE
}
