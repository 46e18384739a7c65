package dev.indexer.text;

import java.util.List;

/** Splits a normalised document's blocks into chunks that the embedding model reads whole. */
public interface Chunker {

  /** Chunks in document order; no blocks, or only blank ones, yield none. */
  List<Chunk> chunk(List<TextBlock> blocks);

  /**
   * The settings that decide where chunks end, such as {@code tokens=126,overlap=16,headings=true}:
   * two chunkers with the same settings cut every text alike.
   */
  String settings();
}
