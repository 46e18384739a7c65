package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.testkit.ForwardingEmbedder;
import dev.indexer.testkit.HashEmbedder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The texts of many callers embedded together: calls filled up to the limits in the order texts
 * came, as many calls at once as there are workers, each text's vector back to its own caller, a
 * failed call failing only its own texts.
 */
class EmbeddingBatcherTest {

  private static final int DIM = 8;

  /** Records the size of every call; the first call waits until {@code gate} opens. */
  static final class Recording extends ForwardingEmbedder {
    final List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
    final List<List<String>> texts = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch gate;
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostRunning = new AtomicInteger();
    volatile long sleepMillis;
    volatile String poison;

    Recording(CountDownLatch gate) {
      super(new HashEmbedder(DIM, 1000));
      this.gate = gate;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
      int now = running.incrementAndGet();
      mostRunning.accumulateAndGet(now, Math::max);
      try {
        calls.add(texts.size());
        this.texts.add(List.copyOf(texts));
        gate.await(10, TimeUnit.SECONDS);
        if (sleepMillis > 0) {
          Thread.sleep(sleepMillis);
        }
        if (poison != null && texts.contains(poison)) {
          throw new EmbeddingUnavailableException("the server is down");
        }
        return super.embed(texts);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmbeddingUnavailableException("interrupted", e);
      } finally {
        running.decrementAndGet();
      }
    }
  }

  private static int[] tokens(int n, int each) {
    int[] t = new int[n];
    java.util.Arrays.fill(t, each);
    return t;
  }

  private static List<String> texts(String prefix, int n) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(prefix + " text " + i);
    }
    return texts;
  }

  @Test
  void textsOfManyCallersAreEmbeddedTogetherUpToTheCountLimit() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    Recording embedder = new Recording(gate);
    try (EmbeddingBatcher batcher = new EmbeddingBatcher(embedder, 8, 100_000, 1)) {
      List<CompletableFuture<float[]>> first = batcher.submit(List.of("alone"), tokens(1, 1));
      // The one worker is busy with the first call: what comes meanwhile waits, and fills calls.
      awaitCalls(embedder, 1);
      List<List<String>> groups = new ArrayList<>();
      List<List<CompletableFuture<float[]>>> results = new ArrayList<>();
      for (int g = 0; g < 10; g++) {
        groups.add(texts("caller " + g, 3));
        results.add(batcher.submit(groups.get(g), tokens(3, 2)));
      }
      gate.countDown();
      assertThat(first.get(0).get(10, TimeUnit.SECONDS))
          .isEqualTo(HashEmbedder.vector("alone", DIM));
      for (int g = 0; g < 10; g++) {
        for (int i = 0; i < 3; i++) {
          assertThat(results.get(g).get(i).get(10, TimeUnit.SECONDS))
              .as("caller %d, text %d", g, i)
              .isEqualTo(HashEmbedder.vector(groups.get(g).get(i), DIM));
        }
      }
      // 30 texts behind the first call: 8 + 8 + 8 + 6.
      assertThat(embedder.calls).containsExactly(1, 8, 8, 8, 6);
    }
  }

  @Test
  void aCallHoldsNoMoreTokensThanItsLimitAndALongTextGoesAlone() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    Recording embedder = new Recording(gate);
    // Each text counts its tokens plus the model's special tokens (2 for the hash embedder).
    try (EmbeddingBatcher batcher = new EmbeddingBatcher(embedder, 64, 50, 1)) {
      batcher.submit(List.of("first"), tokens(1, 1));
      awaitCalls(embedder, 1);
      List<CompletableFuture<float[]>> small = batcher.submit(texts("small", 5), tokens(5, 20));
      List<CompletableFuture<float[]>> huge = batcher.submit(List.of("huge"), tokens(1, 400));
      List<CompletableFuture<float[]>> after = batcher.submit(texts("after", 1), tokens(1, 20));
      gate.countDown();
      CompletableFuture.allOf(small.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
      assertThat(huge.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(HashEmbedder.vector("huge", DIM));
      after.get(0).get(10, TimeUnit.SECONDS);
      // 22 tokens each: two fit in 50; the text over the limit alone; then the last one.
      assertThat(embedder.calls).containsExactly(1, 2, 2, 1, 1, 1);
    }
  }

  @Test
  void noMoreCallsRunAtOnceThanThereAreWorkers() throws Exception {
    Recording embedder = new Recording(new CountDownLatch(0));
    embedder.sleepMillis = 20;
    try (EmbeddingBatcher batcher = new EmbeddingBatcher(embedder, 2, 100_000, 3)) {
      List<CompletableFuture<float[]>> all = new ArrayList<>();
      for (int g = 0; g < 20; g++) {
        all.addAll(batcher.submit(texts("caller " + g, 2), tokens(2, 2)));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      assertThat(embedder.mostRunning.get()).isEqualTo(3);
      assertThat(embedder.calls).allMatch(n -> n <= 2);
    }
  }

  @Test
  void aFailedCallFailsOnlyItsOwnTexts() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    Recording embedder = new Recording(gate);
    embedder.poison = "bad text 0";
    try (EmbeddingBatcher batcher = new EmbeddingBatcher(embedder, 3, 100_000, 1)) {
      batcher.submit(List.of("first"), tokens(1, 1));
      awaitCalls(embedder, 1);
      List<CompletableFuture<float[]>> good1 = batcher.submit(texts("good", 2), tokens(2, 1));
      List<CompletableFuture<float[]>> bad = batcher.submit(texts("bad", 1), tokens(1, 1));
      List<CompletableFuture<float[]>> good2 = batcher.submit(texts("later", 3), tokens(3, 1));
      gate.countDown();
      // good1 and bad share the second call, which fails; the third call is unaffected.
      assertThatThrownBy(() -> bad.get(0).get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(EmbeddingUnavailableException.class);
      assertThat(good1.get(0)).failsWithin(10, TimeUnit.SECONDS);
      for (CompletableFuture<float[]> f : good2) {
        assertThat(f.get(10, TimeUnit.SECONDS)).hasSize(DIM);
      }
      assertThat(embedder.calls).containsExactly(1, 3, 3);
    }
  }

  @Test
  void aThreadThatWaitsForItsTextsNowHasThemGoFirst() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    Recording embedder = new Recording(gate);
    try (EmbeddingBatcher batcher = new EmbeddingBatcher(embedder, 3, 100_000, 1)) {
      batcher.submit(List.of("first"), tokens(1, 1));
      awaitCalls(embedder, 1);
      Thread other = new Thread(() -> batcher.submit(texts("other", 3), tokens(3, 1)));
      other.start();
      other.join();
      List<CompletableFuture<float[]>> own = batcher.submit(texts("own", 3), tokens(3, 1));
      batcher.expedite();
      gate.countDown();
      CompletableFuture.allOf(own.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
      awaitCalls(embedder, 3);
      assertThat(embedder.texts.get(1)).containsExactlyElementsOf(texts("own", 3));
      assertThat(embedder.texts.get(2)).containsExactlyElementsOf(texts("other", 3));
    }
  }

  @Test
  void closingFailsWhatIsStillQueuedAndRefusesMore() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    Recording embedder = new Recording(gate);
    EmbeddingBatcher batcher = new EmbeddingBatcher(embedder, 4, 100_000, 1);
    batcher.submit(List.of("first"), tokens(1, 1));
    awaitCalls(embedder, 1);
    List<CompletableFuture<float[]>> queued = batcher.submit(texts("queued", 2), tokens(2, 1));
    batcher.close();
    gate.countDown();
    assertThatThrownBy(() -> queued.get(0).get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(EmbeddingUnavailableException.class);
    List<CompletableFuture<float[]>> late = batcher.submit(List.of("late"), tokens(1, 1));
    assertThatThrownBy(() -> late.get(0).get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(EmbeddingUnavailableException.class);
  }

  @Test
  void limitsComeFromTheEmbedder() {
    Embedder remoteLike =
        new ForwardingEmbedder(new HashEmbedder(DIM, 100)) {
          @Override
          public int batchSize() {
            return 64;
          }

          @Override
          public int batchTokens() {
            return 16384;
          }

          @Override
          public int concurrency() {
            return 4;
          }
        };
    try (EmbeddingBatcher batcher = EmbeddingBatcher.of(remoteLike)) {
      assertThat(batcher.maxTexts()).isEqualTo(64);
      assertThat(batcher.maxTokens()).isEqualTo(16384);
      assertThat(batcher.workers()).isEqualTo(4);
    }
  }

  private static void awaitCalls(Recording embedder, int calls) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (embedder.calls.size() < calls && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(embedder.calls).hasSizeGreaterThanOrEqualTo(calls);
  }
}
