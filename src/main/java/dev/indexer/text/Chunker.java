package dev.indexer.text;

import java.util.List;

/** Splits normalised document text into chunks that the embedding model reads whole. */
public interface Chunker {

  /** Chunks in document order; empty or whitespace-only text yields none. */
  List<Chunk> chunk(String text);
}
