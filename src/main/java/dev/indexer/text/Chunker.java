package dev.indexer.text;

import java.util.List;

/** Splits a normalised document's blocks into chunks that the embedding model reads whole. */
public interface Chunker {

  /** Chunks in document order; no blocks, or only blank ones, yield none. */
  List<Chunk> chunk(List<TextBlock> blocks);
}
