package dev.indexer.text;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.TokenCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The text stages: normalisation by content type, and a chunker measured in the configured model's
 * tokens and checked against its limit.
 */
@ApplicationScoped
public class TextStageProducer {

  @Produces
  @ApplicationScoped
  Normaliser normaliser() {
    return new MarkupNormaliser();
  }

  @Produces
  @ApplicationScoped
  Chunker chunker(Embedder embedder, ChunkingConfig config) {
    TokenCounter counter = embedder.tokenCounter();
    int room = embedder.maxTokens() - counter.specialTokens();
    int size = config.size().orElse(room);
    try {
      return new TokenChunker(
          counter, embedder.maxTokens(), size, config.overlap(), config.headingContext());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "indexer.chunking.size / indexer.chunking.overlap for model "
              + embedder.modelId()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
