package dev.indexer.pipeline;

/** What processing one event did; reported in the status topic. */
public enum Outcome {
  /** New or changed content written to Qdrant. */
  INDEXED,
  /** The document's points removed. */
  DELETED,
  /** Same content, version and attributes as already indexed: nothing written. */
  UNCHANGED,
  /** Older than the newest version already applied: skipped. */
  SKIPPED_STALE,
  /** Invalid: sent to the dead-letter topic. */
  REJECTED
}
