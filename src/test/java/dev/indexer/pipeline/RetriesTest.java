package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.embed.EmbeddingUnavailableException;
import dev.indexer.event.EventLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The retry loop: backoff, the budget, a server's Retry-After, and what the listener is told. */
class RetriesTest {

  private final List<String> told = new ArrayList<>();
  private final FaultListener listener =
      new FaultListener() {
        @Override
        public void retrying(String worker, String reason) {
          told.add(worker + " retrying: " + reason);
        }

        @Override
        public void recovered(String worker) {
          told.add(worker + " recovered");
        }

        @Override
        public void gaveUp(String worker, String reason) {
          told.add(worker + " gave up: " + reason);
        }
      };

  private static ProcessingSettings settings(Duration budget) {
    return new ProcessingSettings(
        EventLimits.defaults(),
        0,
        Duration.ofMillis(10),
        Duration.ofMillis(50),
        budget,
        () -> false,
        0);
  }

  @Test
  void aTransientFaultIsRetriedAndTheListenerToldOnTheCallersBehalf() {
    AtomicInteger calls = new AtomicInteger();
    String result =
        Retries.untilDone(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw new EmbeddingUnavailableException("embed: unavailable (HTTP 503)");
              }
              return "done";
            },
            settings(Duration.ofSeconds(10)),
            listener);
    assertThat(result).isEqualTo("done");
    String me = Thread.currentThread().getName();
    assertThat(told)
        .containsExactly(
            me + " retrying: embed: unavailable (HTTP 503)",
            me + " retrying: embed: unavailable (HTTP 503)",
            me + " recovered");
  }

  @Test
  void aServersRetryAfterIsWaitedOutBeforeTheNextAttempt() {
    AtomicInteger calls = new AtomicInteger();
    long start = System.nanoTime();
    Retries.untilDone(
        () -> {
          if (calls.incrementAndGet() < 3) {
            throw new EmbeddingUnavailableException(
                "embed: rate limited (HTTP 429)", null, Duration.ofMillis(400));
          }
          return "done";
        },
        settings(Duration.ofSeconds(10)),
        listener);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(800));
  }

  @Test
  void aRetryAfterBeyondTheBudgetGivesUpAtOnceInsteadOfRetryingAgainstIt() {
    AtomicInteger calls = new AtomicInteger();
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                Retries.untilDone(
                    () -> {
                      calls.incrementAndGet();
                      throw new EmbeddingUnavailableException(
                          "embed: rate limited (HTTP 429)", null, Duration.ofHours(1));
                    },
                    settings(Duration.ofSeconds(5)),
                    listener))
        .isInstanceOf(RetryBudgetExhaustedException.class);
    assertThat(calls).hasValue(1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(told).last().asString().contains("gave up");
  }

  @Test
  void theBudgetEndsAnOutage() {
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                Retries.untilDone(
                    () -> {
                      throw new EmbeddingUnavailableException(
                          "embed: unavailable (connection refused)");
                    },
                    settings(Duration.ofMillis(500)),
                    listener))
        .isInstanceOf(RetryBudgetExhaustedException.class)
        .hasMessageContaining("connection refused");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }
}
