package dev.indexer.testkit;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.TokenCounter;
import java.util.List;

/**
 * An embedder that forwards everything to another; tests override {@link #embed} to observe or
 * delay it.
 */
public class ForwardingEmbedder implements Embedder {

  protected final Embedder delegate;

  public ForwardingEmbedder(Embedder delegate) {
    this.delegate = delegate;
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public int maxTokens() {
    return delegate.maxTokens();
  }

  @Override
  public TokenCounter tokenCounter() {
    return delegate.tokenCounter();
  }

  @Override
  public int batchSize() {
    return delegate.batchSize();
  }

  @Override
  public int batchTokens() {
    return delegate.batchTokens();
  }

  @Override
  public int concurrency() {
    return delegate.concurrency();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return delegate.embed(texts);
  }
}
