package dev.indexer.embed;

import dev.indexer.text.TokenCounter;
import java.util.List;

/** Port for turning texts into vectors; the pipeline never talks to a model client directly. */
public interface Embedder {

  /** Stable id of the model, stored on every point (changing models means re-indexing). */
  String modelId();

  /** Vector dimension; the collection is created with it. */
  int dimension();

  /** Longest input in the model's own tokens that the model reads without truncating. */
  int maxTokens();

  /** The model's own tokenizer, for measuring chunks. */
  TokenCounter tokenCounter();

  /** One vector per text, in order. Transient failures throw {@link EmbeddingUnavailableException}. */
  List<float[]> embed(List<String> texts);
}
