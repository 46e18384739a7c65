package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbeddingCache;
import dev.indexer.embed.EmbeddingMetrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The vectors of a plan's chunks, each paid for once: first those the document's points already
 * hold (chunks it keeps), then those embedded recently for any document (the cache), and only the
 * rest from the model.
 */
final class VectorSource {

  /**
   * A plan's vectors, in chunk order.
   *
   * @param reused read back from the document's points
   * @param embedded computed by the model now
   */
  record Vectors(List<float[]> vectors, int reused, int embedded) {}

  private final Embedder embedder;
  private final EmbeddingCache cache;
  private final EmbeddingMetrics metrics;

  /** The vectors stored for these point ids (missing ids left out). */
  private final Function<Collection<UUID>, Map<UUID, float[]>> stored;

  VectorSource(
      Embedder embedder,
      EmbeddingCache cache,
      EmbeddingMetrics metrics,
      Function<Collection<UUID>, Map<UUID, float[]>> stored) {
    this.embedder = embedder;
    this.cache = cache;
    this.metrics = metrics;
    this.stored = stored;
  }

  /**
   * The vectors of the plan's chunks.
   *
   * @param previous the document's manifest, whose points' vectors are read back when they can be
   *     reused; null when it has none
   */
  Vectors vectors(ChangePlan plan, Manifest previous) {
    List<UUID> ids = plan.ids();
    Map<UUID, float[]> known = new HashMap<>();
    if (plan.vectorsReusable(previous, embedder.modelId())) {
      Set<UUID> wanted = new HashSet<>(ids);
      List<UUID> kept =
          previous.chunks().stream()
              .map(c -> UUID.fromString(c.pointId()))
              .filter(wanted::contains)
              .toList();
      known.putAll(stored.apply(kept));
    }
    int reused = known.size();
    List<Integer> missing = new ArrayList<>();
    List<EmbeddingCache.Key> keys = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      EmbeddingCache.Key key =
          new EmbeddingCache.Key(
              ChangePlanner.sha256(plan.chunks().get(i).embedText()),
              embedder.modelId(),
              plan.policyVersion());
      keys.add(key);
      float[] vector = known.get(ids.get(i));
      if (vector == null && (vector = cache.get(key)) != null) {
        known.put(ids.get(i), vector);
      }
      if (vector == null) {
        missing.add(i);
      } else {
        cache.put(key, vector);
      }
    }
    List<float[]> fresh =
        embedder.embed(
            missing.stream().map(i -> plan.chunks().get(i).embedText()).toList(),
            missing.stream().mapToInt(i -> plan.chunks().get(i).tokens()).toArray());
    for (int j = 0; j < missing.size(); j++) {
      known.put(ids.get(missing.get(j)), fresh.get(j));
      cache.put(keys.get(missing.get(j)), fresh.get(j));
    }
    metrics.embedded(missing.size());
    metrics.reused(reused);
    metrics.cached(ids.size() - missing.size() - reused);
    return new Vectors(ids.stream().map(known::get).toList(), reused, missing.size());
  }
}
