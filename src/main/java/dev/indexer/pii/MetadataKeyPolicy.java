package dev.indexer.pii;

/** How the value under one metadata key is treated. */
public enum MetadataKeyPolicy {
  /** Redacted like the content. */
  SCAN,
  /** Left out of the index altogether. */
  DROP,
  /** Kept as it is: only for keys known to hold no personal data (ids, enums, dates). */
  KEEP
}
