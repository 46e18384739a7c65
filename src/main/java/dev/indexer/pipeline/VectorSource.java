package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbeddingBatcher;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Vectors being embedded now, by what they are the vector of: asked for once. */
  private final Map<EmbeddingCache.Key, CompletableFuture<float[]>> inFlight =
      new ConcurrentHashMap<>();

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
    return vectors(plan, previous, null).await();
  }

  /**
   * The vectors of the plan's chunks, those the model must compute still being embedded when {@code
   * batcher} is not null (with the chunks of other events), else embedded now.
   */
  Pending vectors(ChangePlan plan, Manifest previous, EmbeddingBatcher batcher) {
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
    float[][] vectors = new float[ids.size()][];
    List<Integer> missing = new ArrayList<>();
    List<EmbeddingCache.Key> keys = new ArrayList<>(ids.size());
    List<Integer> joined = new ArrayList<>();
    List<CompletableFuture<float[]>> joinedVectors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      EmbeddingCache.Key key =
          new EmbeddingCache.Key(
              ChangePlanner.sha256(plan.chunks().get(i).embedText()),
              embedder.modelId(),
              plan.policyVersion());
      keys.add(key);
      float[] vector = known.get(ids.get(i));
      if (vector == null) {
        vector = cache.get(key);
      }
      if (vector != null) {
        vectors[i] = vector;
        cache.put(key, vector);
        continue;
      }
      CompletableFuture<float[]> underway = batcher == null ? null : inFlight.get(key);
      if (underway != null) {
        // Being embedded for another event right now: paid for once, like a cached vector.
        joined.add(i);
        joinedVectors.add(underway);
      } else {
        missing.add(i);
      }
    }
    List<String> texts = missing.stream().map(i -> plan.chunks().get(i).embedText()).toList();
    int[] tokens = missing.stream().mapToInt(i -> plan.chunks().get(i).tokens()).toArray();
    if (batcher == null) {
      List<float[]> fresh = embedder.embed(texts, tokens);
      for (int j = 0; j < missing.size(); j++) {
        vectors[missing.get(j)] = fresh.get(j);
        cache.put(keys.get(missing.get(j)), fresh.get(j));
      }
      count(ids.size(), missing.size(), reused);
      return new Pending(vectors, List.of(), reused, missing.size(), null);
    }
    // Counted once, when asked for: the event's waiting and any embedding again are not.
    count(ids.size(), missing.size(), reused);
    List<CompletableFuture<float[]>> fresh = batcher.submit(texts, tokens);
    for (int j = 0; j < missing.size(); j++) {
      EmbeddingCache.Key key = keys.get(missing.get(j));
      CompletableFuture<float[]> vector = fresh.get(j);
      if (inFlight.putIfAbsent(key, vector) == null) {
        vector.whenComplete(
            (v, failure) -> {
              if (v != null) {
                cache.put(key, v);
              }
              inFlight.remove(key, vector);
            });
      }
    }
    List<Waiting> waiting = new ArrayList<>(missing.size() + joined.size());
    for (int j = 0; j < missing.size(); j++) {
      int i = missing.get(j);
      waiting.add(new Waiting(i, texts.get(j), tokens[j], fresh.get(j)));
    }
    for (int j = 0; j < joined.size(); j++) {
      int i = joined.get(j);
      waiting.add(
          new Waiting(
              i,
              plan.chunks().get(i).embedText(),
              plan.chunks().get(i).tokens(),
              joinedVectors.get(j)));
    }
    return new Pending(vectors, waiting, reused, missing.size(), embedder);
  }

  private void count(int chunks, int embedded, int reused) {
    metrics.embedded(embedded);
    metrics.reused(reused);
    metrics.cached(chunks - embedded - reused);
  }

  /** A chunk whose vector is being embedded. */
  private record Waiting(int index, String text, int tokens, CompletableFuture<float[]> vector) {}

  /**
   * A plan's vectors, some of which may still be being embedded by an {@link EmbeddingBatcher}.
   * {@link #await} waits for them; a chunk whose call failed is embedded again, with the other
   * failed chunks of the same plan only, in the calling thread, so that whoever calls it retries it
   * under its own rules and a text the model refuses fails its own event only.
   */
  static final class Pending {
    private final float[][] vectors;
    private final List<Waiting> waiting;
    private final int reused;
    private final int embedded;
    private final Embedder again;

    private Pending(
        float[][] vectors, List<Waiting> waiting, int reused, int embedded, Embedder again) {
      this.vectors = vectors;
      this.waiting = waiting;
      this.reused = reused;
      this.embedded = embedded;
      this.again = again;
    }

    /** Chunks the model embeds for this plan (not those another event asked for first). */
    int embedded() {
      return embedded;
    }

    /** Chunks still being embedded. */
    int waiting() {
      int n = 0;
      for (Waiting w : waiting) {
        if (!w.vector().isDone()) {
          n++;
        }
      }
      return n;
    }

    /** Whether every vector is known or its call has ended (well or not). */
    boolean done() {
      for (Waiting w : waiting) {
        if (!w.vector().isDone()) {
          return false;
        }
      }
      return true;
    }

    /** Whether a call of one of its chunks failed: {@link #await} will embed them again. */
    boolean failed() {
      for (Waiting w : waiting) {
        if (w.vector().isCompletedExceptionally()) {
          return true;
        }
      }
      return false;
    }

    /** Waits for the oldest call among its chunks, at most {@code millis}. */
    void awaitSome(long millis) throws InterruptedException {
      for (Waiting w : waiting) {
        if (!w.vector().isDone()) {
          try {
            w.vector().get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
          } catch (java.util.concurrent.ExecutionException
              | java.util.concurrent.TimeoutException e) {
            // failed: embedded again by await(); late: the caller looks again
          }
          return;
        }
      }
    }

    /**
     * The vectors, in chunk order, once every call has ended; chunks whose call failed embedded
     * again now.
     *
     * @throws RuntimeException what the embedder throws for those chunks
     */
    Vectors await() {
      List<Waiting> failed = new ArrayList<>();
      for (Waiting w : waiting) {
        if (vectors[w.index()] != null) {
          continue;
        }
        try {
          vectors[w.index()] = w.vector().get();
        } catch (java.util.concurrent.ExecutionException e) {
          failed.add(w);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new dev.indexer.embed.EmbeddingUnavailableException(
              "interrupted while waiting for embeddings", e);
        }
      }
      if (!failed.isEmpty()) {
        List<float[]> fresh =
            again.embed(
                failed.stream().map(Waiting::text).toList(),
                failed.stream().mapToInt(Waiting::tokens).toArray());
        for (int j = 0; j < failed.size(); j++) {
          vectors[failed.get(j).index()] = fresh.get(j);
        }
      }
      return new Vectors(java.util.Arrays.asList(vectors.clone()), reused, embedded);
    }
  }
}
