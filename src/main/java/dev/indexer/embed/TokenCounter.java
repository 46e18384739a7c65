package dev.indexer.embed;

/** Counts tokens the way the embedding model's own tokenizer does. */
public interface TokenCounter extends AutoCloseable {

  /** Tokens of {@code text} alone, without the model's special tokens. */
  int count(String text);

  /** Tokens the model adds around every input (such as [CLS] and [SEP]). */
  int specialTokens();

  /**
   * Whether {@code count(a + w + b) == count(a) + count(b)} for any texts {@code a}, {@code b} and
   * white space {@code w}, as for tokenizers that split at white space before anything else. The
   * chunker then adds up the counts of its pieces instead of counting each chunk again.
   */
  default boolean additiveAtWhitespace() {
    return false;
  }

  /**
   * Releases what the counter holds outside the Java heap (a native tokenizer); nothing by default.
   */
  @Override
  default void close() {}
}
