package dev.indexer.bench;

import dev.indexer.embed.Embedder;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.text.TokenCounter;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything of the real model but the model: its tokenizer (so chunking costs what it really
 * costs), its dimension and limit, and a hash of the text as the vector.
 */
final class TrivialEmbedder implements Embedder {

  private final Embedder real;

  TrivialEmbedder(Embedder real) {
    this.real = real;
  }

  @Override
  public String modelId() {
    return "trivial-hash-" + real.dimension();
  }

  @Override
  public int dimension() {
    return real.dimension();
  }

  @Override
  public int maxTokens() {
    return real.maxTokens();
  }

  @Override
  public TokenCounter tokenCounter() {
    return real.tokenCounter();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(HashEmbedder.vector(t, real.dimension()));
    }
    return out;
  }
}
