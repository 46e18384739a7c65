package dev.indexer.embed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which embedding model turns chunks into vectors. */
@ConfigMapping(prefix = "indexer.embedding")
public interface EmbeddingConfig {

  /**
   * The model. {@code all-minilm-l6-v2-q}: all-MiniLM-L6-v2, quantized, 384 dimensions, 128 tokens,
   * runs in-process from the jar.
   */
  @WithDefault("all-minilm-l6-v2-q")
  String model();
}
