package dev.indexer.embed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds the texts of many callers together: texts wait in one queue, in the order they came, and
 * each of {@code workers} threads takes as many as one call may carry ({@code maxTexts}, {@code
 * maxTokens}) and embeds them in one {@link Embedder#embed(List, int[])} call. When the embedder
 * keeps up, a text goes out at once with whatever else is waiting; when it does not, texts gather
 * while every worker is busy, and calls fill. Nothing waits for a call to fill: batches come from
 * load, never from a delay.
 *
 * <p>Each text gets its own future. A failed call fails the futures of its texts only, with the
 * embedder's exception; whoever waits decides what that means (the pipeline embeds its own texts
 * again, alone, under its retry rules, so that one text the model refuses never takes other
 * documents with it).
 */
public final class EmbeddingBatcher implements AutoCloseable {

  /** A text waiting for its call, and the thread that asked for it. */
  private record Item(String text, int tokens, CompletableFuture<float[]> vector, Thread caller) {}

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final Embedder embedder;
  private final int maxTexts;
  private final int maxTokens;
  private final int workers;
  private final int window;
  private final ArrayDeque<Item> queue = new ArrayDeque<>();
  private final ExecutorService threads;
  private final EmbeddingMetrics metrics;
  private boolean closed;

  /**
   * @param maxTexts most texts in one call
   * @param maxTokens most tokens in one call, each text's special tokens included; a text over it
   *     goes alone
   * @param workers calls at once
   */
  public EmbeddingBatcher(Embedder embedder, int maxTexts, int maxTokens, int workers) {
    this(
        embedder,
        maxTexts,
        maxTokens,
        workers,
        defaultWindow(workers, maxTexts),
        EmbeddingMetrics.unregistered());
  }

  /**
   * @param window most texts one caller (a stream thread) should have waiting at once: enough to
   *     keep every worker's calls full while the caller waits for the oldest
   */
  public EmbeddingBatcher(
      Embedder embedder,
      int maxTexts,
      int maxTokens,
      int workers,
      int window,
      EmbeddingMetrics metrics) {
    if (maxTexts < 1 || maxTokens < 1 || workers < 1 || window < 1) {
      throw new IllegalArgumentException(
          "batch limits must be positive: texts "
              + maxTexts
              + ", tokens "
              + maxTokens
              + ", workers "
              + workers
              + ", window "
              + window);
    }
    this.embedder = embedder;
    this.maxTexts = maxTexts;
    this.maxTokens = maxTokens;
    this.workers = workers;
    this.window = window;
    this.metrics = metrics;
    String prefix = "embedding-batch-" + INSTANCES.incrementAndGet() + "-";
    AtomicInteger count = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, prefix + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    for (int i = 0; i < workers; i++) {
      threads.execute(this::work);
    }
  }

  /** A batcher with the embedder's own limits ({@link Embedder#batchSize} and the others). */
  public static EmbeddingBatcher of(Embedder embedder) {
    return of(embedder, EmbeddingMetrics.unregistered());
  }

  /** As {@link #of(Embedder)}, counting calls and their texts in {@code metrics}. */
  public static EmbeddingBatcher of(Embedder embedder, EmbeddingMetrics metrics) {
    return of(embedder, metrics, java.util.OptionalInt.empty());
  }

  /** As {@link #of(Embedder, EmbeddingMetrics)}, with a window, or the default when empty. */
  public static EmbeddingBatcher of(
      Embedder embedder, EmbeddingMetrics metrics, java.util.OptionalInt window) {
    int workers = embedder.concurrency();
    int texts = embedder.batchSize();
    return new EmbeddingBatcher(
        embedder,
        texts,
        embedder.batchTokens(),
        workers,
        window.orElse(defaultWindow(workers, texts)),
        metrics);
  }

  /** Twice what the calls at once carry: every call full while a caller waits for its oldest. */
  private static int defaultWindow(int workers, int texts) {
    return 2 * workers * texts;
  }

  public int maxTexts() {
    return maxTexts;
  }

  public int maxTokens() {
    return maxTokens;
  }

  public int workers() {
    return workers;
  }

  /** Most texts one caller should have waiting at once (see the constructor). */
  public int window() {
    return window;
  }

  /** The embedder whose calls this batcher fills. */
  public Embedder embedder() {
    return embedder;
  }

  /**
   * Queues texts; each future completes with its text's vector, or with the exception of the call
   * that carried it ({@link EmbeddingUnavailableException} once the batcher is closed).
   *
   * @param tokens each text's tokens as the embedder's token counter counts them, special tokens
   *     not included
   */
  public List<CompletableFuture<float[]>> submit(List<String> texts, int[] tokens) {
    if (tokens.length != texts.size()) {
      throw new IllegalArgumentException(tokens.length + " token counts for " + texts.size());
    }
    int special = embedder.tokenCounter().specialTokens();
    List<CompletableFuture<float[]>> vectors = new ArrayList<>(texts.size());
    List<Item> items = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      CompletableFuture<float[]> vector = new CompletableFuture<>();
      vectors.add(vector);
      items.add(new Item(texts.get(i), tokens[i] + special, vector, Thread.currentThread()));
    }
    synchronized (queue) {
      if (!closed) {
        queue.addAll(items);
        queue.notifyAll();
        return vectors;
      }
    }
    EmbeddingUnavailableException e = closedException();
    vectors.forEach(v -> v.completeExceptionally(e));
    return vectors;
  }

  /**
   * Puts the queued texts of the calling thread before all others, in their order: the thread waits
   * for them now (a stream thread about to commit), while the others' texts are only on their way.
   * Calls already under way are not touched.
   */
  public void expedite() {
    Thread caller = Thread.currentThread();
    synchronized (queue) {
      List<Item> own = new ArrayList<>();
      List<Item> others = new ArrayList<>();
      for (Item item : queue) {
        (item.caller() == caller ? own : others).add(item);
      }
      if (own.isEmpty() || others.isEmpty()) {
        return;
      }
      queue.clear();
      queue.addAll(own);
      queue.addAll(others);
    }
  }

  /** Texts queued and not yet taken by a call. */
  public int queued() {
    synchronized (queue) {
      return queue.size();
    }
  }

  private void work() {
    while (true) {
      List<Item> call = next();
      if (call == null) {
        return;
      }
      List<String> texts = new ArrayList<>(call.size());
      int[] tokens = new int[call.size()];
      int special = embedder.tokenCounter().specialTokens();
      for (int i = 0; i < call.size(); i++) {
        texts.add(call.get(i).text());
        tokens[i] = call.get(i).tokens() - special;
      }
      List<float[]> vectors;
      try {
        metrics.call(call.size());
        vectors = embedder.embed(texts, tokens);
        if (vectors.size() != call.size()) {
          throw new EmbeddingUnavailableException(
              "the embedder returned " + vectors.size() + " vectors for " + call.size() + " texts");
        }
      } catch (RuntimeException | Error e) {
        call.forEach(item -> item.vector().completeExceptionally(e));
        if (e instanceof Error error) {
          throw error;
        }
        continue;
      }
      for (int i = 0; i < call.size(); i++) {
        call.get(i).vector().complete(vectors.get(i));
      }
    }
  }

  /** The next call's texts, waiting for the first; null once closed. */
  private List<Item> next() {
    synchronized (queue) {
      while (queue.isEmpty() && !closed) {
        try {
          queue.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
      if (closed) {
        return null;
      }
      List<Item> call = new ArrayList<>();
      int tokens = 0;
      while (!queue.isEmpty() && call.size() < maxTexts) {
        Item next = queue.peekFirst();
        if (!call.isEmpty() && tokens + next.tokens() > maxTokens) {
          break;
        }
        call.add(queue.pollFirst());
        tokens += next.tokens();
        if (tokens >= maxTokens) {
          break;
        }
      }
      return call;
    }
  }

  /** Stops the workers; texts still queued fail as unavailable (their events are retried). */
  @Override
  public void close() {
    List<Item> left;
    synchronized (queue) {
      if (closed) {
        return;
      }
      closed = true;
      left = new ArrayList<>(queue);
      queue.clear();
      queue.notifyAll();
    }
    EmbeddingUnavailableException e = closedException();
    left.forEach(item -> item.vector().completeExceptionally(e));
    threads.shutdown();
  }

  private static EmbeddingUnavailableException closedException() {
    return new EmbeddingUnavailableException("the embedding batcher is closed");
  }
}
