package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbeddingUnavailableException;
import dev.indexer.pipeline.PipelineEndToEndTest.Oracle;
import dev.indexer.testkit.ForwardingEmbedder;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A backend (Qdrant, or separately the embedding server) down for longer than the consumer's poll
 * interval and the producer's transaction timeout (both shortened here), with two instances of the
 * application. Invariants: nothing lost, nothing dead-lettered, no event committed twice, the exact
 * mirror after recovery; and no rebalance storm: each stream thread gives its event up once,
 * processing pauses until the backend answers, and resumes by itself.
 */
class LongOutageTest {

  static final Duration TIMEOUT = Duration.ofSeconds(180);
  static final Duration OUTAGE = Duration.ofSeconds(25);

  StreamsHarness h;

  @AfterEach
  void close() throws Exception {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void qdrantDownPastThePollIntervalAndTheTransactionTimeout() throws Exception {
    try (QdrantLocal flaky = QdrantLocal.start()) {
      run(
          flaky,
          new FlakyEmbedder(new HashEmbedder(8, 64)),
          down -> flaky.simulateOutage(down),
          "Qdrant");
    }
  }

  @Test
  void embeddingServerDownPastThePollIntervalAndTheTransactionTimeout() throws Exception {
    try (QdrantLocal qdrant = QdrantLocal.start()) {
      FlakyEmbedder embedder = new FlakyEmbedder(new HashEmbedder(8, 64));
      run(qdrant, embedder, embedder.down::set, "embedding server");
    }
  }

  interface Switch {
    void set(boolean down);
  }

  private void run(QdrantLocal qdrant, Embedder embedder, Switch outage, String backend)
      throws Exception {
    h = new StreamsHarness(qdrant, embedder, 3);
    h.maxPollIntervalMs = 8_000;
    h.transactionTimeoutMs = 8_000;
    h.retryBudget = Duration.ofSeconds(3);
    Random r = new Random(21);
    Oracle o = new Oracle();
    for (int i = 0; i < 120; i++) {
      o.upsert("o" + (i % 50), (long) i, PipelineEndToEndTest.text(r, 1 + r.nextInt(6)));
    }
    h.send(o.events.subList(0, 60));
    h.start();
    h.start();
    h.awaitStatuses(TIMEOUT);
    int transitionsBefore = h.transitions.size();
    int restoresBefore = h.restores.get();

    outage.set(true);
    h.send(o.events.subList(60, o.events.size()));
    Thread.sleep(OUTAGE.toMillis());
    int duringOutage = h.statusCount();
    assertThat(duringOutage)
        .as("events committed while the backend was down")
        .isLessThanOrEqualTo(62);
    outage.set(false);

    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    Thread.sleep(1_000); // anything committed twice would show by now
    List<StatusEvent> all =
        h.readCommitted(h.topics.status()).stream()
            .map(
                rec -> {
                  try {
                    return JsonSerde.MAPPER.readValue(rec.value(), StatusEvent.class);
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .toList();
    assertThat(all).as("one status per event, none twice").hasSize(o.events.size());
    assertThat(all).extracting(StatusEvent::eventId).doesNotHaveDuplicates();
    assertThat(statuses).noneMatch(s -> s.outcome() == Outcome.REJECTED);
    assertThat(h.deadLetters()).isEmpty();
    assertThat(h.index()).isEqualTo(o.expectedIndex(h));

    List<String> transitions = h.transitions.subList(transitionsBefore, h.transitions.size());
    long rebalances = transitions.stream().filter(t -> t.endsWith("->REBALANCING")).count();
    int restores = h.restores.get() - restoresBefore;
    int pauses = h.gates.stream().mapToInt(ProcessingGate::pauses).sum();
    System.out.printf(
        "Long outage (%s, %d s, 2 instances): %d rebalances, %d state restorations, %d pauses, %d events, 0 lost, 0 dead-lettered, 0 committed twice%n",
        backend, OUTAGE.toSeconds(), rebalances, restores, pauses, o.events.size());
    assertThat(pauses).as("processing paused for the outage").isBetween(1, 2);
    assertThat(rebalances)
        .as("no rebalance storm: at most one per instance")
        .isLessThanOrEqualTo(2);
    assertThat(h.gates).noneMatch(ProcessingGate::paused);
  }

  /** An embedder that answers like an unreachable server while {@link #down} is set. */
  static final class FlakyEmbedder extends ForwardingEmbedder {
    final AtomicBoolean down = new AtomicBoolean();

    FlakyEmbedder(Embedder delegate) {
      super(delegate);
    }

    @Override
    public List<float[]> embed(List<String> texts) {
      if (down.get()) {
        throw new EmbeddingUnavailableException(
            "embed: embedding server unavailable (connection refused)");
      }
      return delegate.embed(texts);
    }
  }
}
