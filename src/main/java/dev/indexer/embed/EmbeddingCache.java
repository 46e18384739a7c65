package dev.indexer.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Vectors of recently embedded texts, bounded in entries, so that a chunk repeated in another
 * document is embedded once. The key holds everything the vector depends on: the hash of the
 * embedded text, the model, and the PII policy that produced the text.
 */
public final class EmbeddingCache {

  public record Key(String textHash, String modelId, String policyVersion) {}

  private final Cache<Key, float[]> cache;

  public EmbeddingCache(long maxEntries) {
    this.cache = maxEntries > 0 ? Caffeine.newBuilder().maximumSize(maxEntries).build() : null;
  }

  /** A cache that keeps nothing. */
  public static EmbeddingCache disabled() {
    return new EmbeddingCache(0);
  }

  /** The cached vector, or {@code null}. */
  public float[] get(Key key) {
    return cache == null ? null : cache.getIfPresent(key);
  }

  public void put(Key key, float[] vector) {
    if (cache != null) {
      cache.put(key, vector);
    }
  }
}
