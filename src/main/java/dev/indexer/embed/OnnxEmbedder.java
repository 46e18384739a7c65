package dev.indexer.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * An ONNX model that ships inside a Maven artifact and runs in this JVM. Documents are embedded as
 * they are; queries after the model's query instruction, if it was trained with one.
 */
public final class OnnxEmbedder implements Embedder {

  private volatile boolean closed;

  private final String modelId;
  private final int maxTokens;
  private final EmbeddingModel model;
  private final TokenCounter tokenCounter;
  private final int dimension;
  private final String queryPrefix;

  public OnnxEmbedder(
      String modelId, int maxTokens, EmbeddingModel model, TokenCounter tokenCounter) {
    this(modelId, maxTokens, model, tokenCounter, "");
  }

  /**
   * @param queryPrefix put before every query, not before documents; empty for none
   */
  public OnnxEmbedder(
      String modelId,
      int maxTokens,
      EmbeddingModel model,
      TokenCounter tokenCounter,
      String queryPrefix) {
    this.modelId = modelId;
    this.queryPrefix = queryPrefix;
    this.maxTokens = maxTokens;
    this.model = model;
    this.tokenCounter = tokenCounter;
    this.dimension = model.dimension();
  }

  @Override
  public String modelId() {
    return modelId;
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
    return tokenCounter;
  }

  /** Texts of one call: enough to share among the model's threads (one per core). */
  @Override
  public int batchSize() {
    return 16;
  }

  /**
   * Calls at once: one per core, so that the model's threads have the next call's texts while one
   * call's last text is still being embedded.
   */
  @Override
  public int concurrency() {
    return Runtime.getRuntime().availableProcessors();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      segments.add(TextSegment.from(text));
    }
    return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
  }

  @Override
  public float[] embedQuery(String query) {
    return embed(List.of(queryPrefix + query)).get(0);
  }

  /** Frees the model's ONNX session and the tokenizer that measures chunks; once only. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (model instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the model " + modelId, e);
      }
    }
    tokenCounter.close();
  }

  /** What {@link #embedQuery} puts before a query; empty for none. */
  public String queryPrefix() {
    return queryPrefix;
  }
}
