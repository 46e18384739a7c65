package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.embed.FakeEmbeddingServer.Fault;
import dev.indexer.text.TokenCounter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteEmbedderTest {

  /** One token per whitespace-separated word, two special tokens. */
  static final TokenCounter WORDS =
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

  FakeEmbeddingServer server;
  final List<RemoteEmbedder> embedders = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new FakeEmbeddingServer(8, "sk-test");
  }

  @AfterEach
  void stop() {
    embedders.forEach(RemoteEmbedder::close);
    server.close();
  }

  RemoteEmbedder embedder(URI url, String key, int batchSize, int batchTokens, int concurrency, int attempts, Duration timeout) {
    RemoteEmbedder e =
        new RemoteEmbedder(
            new RemoteEmbedder.Settings(url, "test-model", 8, 64, Optional.ofNullable(key), batchSize, batchTokens,
                concurrency, Duration.ofSeconds(1), timeout, attempts, Duration.ofMillis(20), Duration.ofMillis(200)),
            WORDS);
    embedders.add(e);
    return e;
  }

  RemoteEmbedder embedder() {
    return embedder(server.url(), "sk-test", 4, 1000, 2, 4, Duration.ofSeconds(5));
  }

  static List<String> texts(int n) {
    return IntStream.range(0, n).mapToObj(i -> "text number " + i).toList();
  }

  @Test
  void embedsInOrderInBatchesByCount() {
    List<float[]> vectors = embedder().embed(texts(10));
    assertThat(vectors).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(vectors.get(i)).containsExactly(FakeEmbeddingServer.vector("text number " + i, 8));
    }
    assertThat(server.batchSizes).containsExactlyInAnyOrder(4, 4, 2);
    assertThat(embedder().modelId()).isEqualTo("remote:test-model");
  }

  @Test
  void batchesByTokensToo() {
    // 3 words + 2 special tokens = 5 tokens a text; 12 tokens a batch: 2 texts each.
    embedder(server.url(), "sk-test", 100, 12, 1, 1, Duration.ofSeconds(5)).embed(texts(5));
    assertThat(server.batchSizes).containsExactly(2, 2, 1);
  }

  @Test
  void limitsRequestsInFlight() {
    server.answerDelayMillis = 100;
    embedder(server.url(), "sk-test", 1, 1000, 2, 1, Duration.ofSeconds(5)).embed(texts(8));
    assertThat(server.maxInFlight.get()).isEqualTo(2);
  }

  @Test
  void retriesRateLimitsAndServerErrorsHonouringRetryAfter() {
    server.fail(new Fault(429, "1", 0), new Fault(503, null, 0), new Fault(500, null, 0));
    long start = System.nanoTime();
    List<float[]> vectors = embedder(server.url(), "sk-test", 10, 1000, 1, 5, Duration.ofSeconds(5)).embed(texts(3));
    assertThat(vectors).hasSize(3);
    assertThat(server.arrivals).hasSize(4);
    // The second attempt waited for Retry-After: 1 s, far above the 20 ms backoff.
    assertThat(server.arrivals.get(1) - server.arrivals.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(950).toNanos());
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(5).toNanos());
  }

  @Test
  void persistentOverloadIsTransientUnavailability() {
    server.fail(new Fault(503, null, 0), new Fault(503, null, 0), new Fault(503, null, 0));
    assertThatThrownBy(() -> embedder(server.url(), "sk-test", 10, 1000, 1, 3, Duration.ofSeconds(5)).embed(texts(2)))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .hasMessageContaining("after 3 attempts")
        .hasMessageContaining("HTTP 503")
        .hasMessageNotContaining("text number");
  }

  @Test
  void timeoutsAndRefusedConnectionsAreRetriedThenUnavailable() {
    server.fail(new Fault(200, null, 1_000));
    assertThat(embedder(server.url(), "sk-test", 10, 1000, 1, 2, Duration.ofMillis(200)).embed(texts(1))).hasSize(1);
    assertThatThrownBy(() -> embedder(URI.create("http://127.0.0.1:1"), null, 10, 1000, 1, 2, Duration.ofMillis(200)).embed(texts(1)))
        .isInstanceOf(EmbeddingUnavailableException.class);
  }

  @Test
  void aWrongApiKeyIsForAnOperatorToFixNotAPermanentEventError() {
    assertThatThrownBy(() -> embedder(server.url(), "wrong", 10, 1000, 1, 3, Duration.ofSeconds(5)).embed(texts(1)))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .hasMessageContaining("HTTP 401");
    assertThat(server.arrivals).hasSize(1);
  }

  @Test
  void anInputTheServerRefusesIsPermanent() {
    server.fail(new Fault(400, null, 0));
    assertThatThrownBy(() -> embedder().embed(texts(1)))
        .isInstanceOf(EmbeddingRejectedException.class)
        .hasMessageContaining("HTTP 400")
        .hasMessageNotContaining("text number");
    server.fail(new Fault(413, null, 0));
    assertThatThrownBy(() -> embedder().embed(texts(1))).isInstanceOf(EmbeddingRejectedException.class);
  }

  @Test
  void aWrongDimensionIsReported() {
    RemoteEmbedder wrong =
        new RemoteEmbedder(
            new RemoteEmbedder.Settings(server.url(), "m", 16, 64, Optional.of("sk-test"), 4, 1000, 1,
                Duration.ofSeconds(1), Duration.ofSeconds(5), 1, Duration.ofMillis(10), Duration.ofMillis(10)),
            WORDS);
    embedders.add(wrong);
    assertThatThrownBy(() -> wrong.embed(texts(1)))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .hasMessageContaining("indexer.embedding.remote.dimension");
  }

  @Test
  void invalidSettingsFailNamingTheProperty() {
    assertThatThrownBy(() -> EmbedderProducer.create("gpt-9"))
        .hasMessageContaining("indexer.embedding.model");
    assertThatThrownBy(() -> EmbedderProducer.tokenizer("/no/such/tokenizer.json"))
        .hasMessageContaining("indexer.embedding.remote.tokenizer");
  }
}
