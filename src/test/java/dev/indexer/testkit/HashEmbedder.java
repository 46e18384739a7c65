package dev.indexer.testkit;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.TokenCounter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for a model in topology tests: the vector is derived from a hash of the
 * text, tokens are whitespace-separated words, and every embedded text is counted so tests can
 * assert what was (not) embedded.
 */
public final class HashEmbedder implements Embedder {

  public static final TokenCounter WORDS =
      new TokenCounter() {
        @Override
        public int count(String text) {
          String s = text.strip();
          return s.isEmpty() ? 0 : s.split("\\s+").length;
        }

        @Override
        public int specialTokens() {
          return 2;
        }
      };

  private final int dimension;
  private final int maxTokens;
  private final AtomicInteger embedded = new AtomicInteger();
  private final List<String> texts = new ArrayList<>();

  public HashEmbedder(int dimension, int maxTokens) {
    this.dimension = dimension;
    this.maxTokens = maxTokens;
  }

  @Override
  public String modelId() {
    return "hash-" + dimension;
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
    return WORDS;
  }

  @Override
  public synchronized List<float[]> embed(List<String> batch) {
    List<float[]> out = new ArrayList<>(batch.size());
    for (String text : batch) {
      embedded.incrementAndGet();
      texts.add(text);
      out.add(vector(text, dimension));
    }
    return out;
  }

  /** Number of texts embedded so far. */
  public int embeddedCount() {
    return embedded.get();
  }

  /** Every text embedded so far, in order. */
  public synchronized List<String> embeddedTexts() {
    return List.copyOf(texts);
  }

  public static float[] vector(String text, int dimension) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      float[] v = new float[dimension];
      for (int i = 0; i < dimension; i++) {
        v[i] = (hash[i % hash.length] + 129) / 256f;
      }
      return v;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
