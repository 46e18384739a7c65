package dev.indexer.bench;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.TokenCounter;
import dev.indexer.testkit.HashEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything of the real model but the model: its tokenizer (so chunking costs what it really
 * costs), its dimension and limit, and a hash of the text as the vector.
 */
final class TrivialEmbedder implements Embedder {

  private final TokenCounter counter;
  private final int dimension;
  private final int maxTokens;

  TrivialEmbedder(Embedder real) {
    this(real.tokenCounter(), real.dimension(), real.maxTokens());
  }

  TrivialEmbedder(TokenCounter counter, int dimension, int maxTokens) {
    this.counter = counter;
    this.dimension = dimension;
    this.maxTokens = maxTokens;
  }

  @Override
  public String modelId() {
    return "trivial-hash-" + dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public int maxTokens() {
    return maxTokens;
  }

  @Override
  public TokenCounter tokenCounter() {
    return counter;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(HashEmbedder.vector(t, dimension));
    }
    return out;
  }
}
