package dev.indexer.pipeline;

import java.util.List;

/** Told of the vectors of every document version the pipeline indexes (for drift monitoring). */
@FunctionalInterface
public interface IndexedVectors {

  /** Nobody listens. */
  IndexedVectors NONE = vectors -> {};

  /**
   * The vectors of a document version's chunks, in chunk order, as they are about to be written.
   * Runs in the stream thread: it must be quick and must not keep the list.
   */
  void indexed(List<float[]> vectors);
}
