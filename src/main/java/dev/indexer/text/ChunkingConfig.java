package dev.indexer.text;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.OptionalInt;

/** How documents are cut into chunks, in the embedding model's own tokens. */
@ConfigMapping(prefix = "indexer.chunking")
public interface ChunkingConfig {

  /**
   * Tokens to pack a chunk up to, heading context included. Unset: as many as the model reads (its
   * limit less its special tokens). A larger value fails at start, since the model would silently
   * cut the chunk.
   */
  @Positive
  OptionalInt size();

  /**
   * Tokens of trailing sentences repeated at the start of the next chunk when a cut falls inside a
   * paragraph. At least 0 and below the chunk size.
   */
  @WithDefault("16")
  @PositiveOrZero
  int overlap();

  /**
   * Whether the embedded text starts with the chunk's heading path ("Install > Linux"). The path is
   * stored in the payload either way.
   */
  @WithDefault("true")
  boolean headingContext();
}
