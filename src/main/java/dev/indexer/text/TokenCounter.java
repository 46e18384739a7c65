package dev.indexer.text;

/** Counts tokens the way the embedding model's own tokenizer does. */
public interface TokenCounter {

  /** Tokens of {@code text} alone, without the model's special tokens. */
  int count(String text);

  /** Tokens the model adds around every input (such as [CLS] and [SEP]). */
  int specialTokens();
}
