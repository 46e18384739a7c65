package dev.indexer.pipeline;

/** What processing one event did; reported in the status topic. */
public enum Outcome {
  INDEXED,
  DELETED,
  REJECTED
}
