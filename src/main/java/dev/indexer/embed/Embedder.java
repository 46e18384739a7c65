package dev.indexer.embed;

import java.util.List;

/** Port for turning texts into vectors; the pipeline never talks to a model client directly. */
public interface Embedder extends AutoCloseable {

  /** Stable id of the model, stored on every point (changing models means re-indexing). */
  String modelId();

  /** Vector dimension; the collection is created with it. */
  int dimension();

  /** Longest input in the model's own tokens that the model reads without truncating. */
  int maxTokens();

  /** The model's own tokenizer, for measuring chunks. */
  TokenCounter tokenCounter();

  /**
   * One vector per text, in order, embedded as documents (chunks). Transient failures throw {@link
   * EmbeddingUnavailableException}.
   */
  List<float[]> embed(List<String> texts);

  /**
   * As {@link #embed(List)}, given each text's tokens as {@link #tokenCounter()} counts them
   * (special tokens not included), as the chunker has counted them already; an embedder that needs
   * the counts (to bound a request) takes these instead of counting again.
   */
  default List<float[]> embed(List<String> texts, int[] tokens) {
    return embed(texts);
  }

  /**
   * Most texts one {@link #embed} call should carry: an {@link EmbeddingBatcher} fills its calls up
   * to this. A remote embedder's request size; in-process, enough texts to keep the model's threads
   * busy.
   */
  default int batchSize() {
    return 32;
  }

  /** Most tokens (special tokens included) one {@link #embed} call should carry. */
  default int batchTokens() {
    return Integer.MAX_VALUE;
  }

  /** How many {@link #embed} calls the embedder serves at once, to the benefit of throughput. */
  default int concurrency() {
    return 1;
  }

  /**
   * The vector of a search query, to compare with the vectors of {@link #embed}. Models trained
   * with an instruction for queries (bge: "Represent this sentence for searching relevant passages:
   * ") apply it here; for the others a query is embedded like any text.
   */
  default float[] embedQuery(String query) {
    return embed(List.of(query)).get(0);
  }

  /**
   * Releases threads, connections, model sessions and native tokenizers; the embedder is not used
   * afterwards. Nothing by default.
   */
  @Override
  default void close() {}
}
