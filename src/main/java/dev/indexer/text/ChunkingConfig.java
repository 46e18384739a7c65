package dev.indexer.text;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.OptionalInt;

/** How documents are cut into chunks, in the embedding model's own tokens. */
@ConfigMapping(prefix = "indexer.chunking")
public interface ChunkingConfig {

  /**
   * Tokens to pack a chunk up to. Unset: as many as the model reads (its limit less its special
   * tokens). A larger value fails at start, since the model would silently cut the chunk.
   */
  OptionalInt size();

  /** Tokens of trailing sentences repeated at the start of the next chunk. */
  @WithDefault("16")
  int overlap();
}
