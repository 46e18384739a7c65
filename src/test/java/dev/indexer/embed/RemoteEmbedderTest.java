package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.embed.FakeEmbeddingServer.Fault;
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

  RemoteEmbedder embedder(
      URI url,
      String key,
      int batchSize,
      int batchTokens,
      int concurrency,
      int attempts,
      Duration timeout) {
    RemoteEmbedder e =
        new RemoteEmbedder(
            new RemoteEmbedder.Settings(
                url,
                "test-model",
                8,
                64,
                Optional.ofNullable(key),
                batchSize,
                batchTokens,
                concurrency,
                Duration.ofSeconds(1),
                timeout,
                attempts,
                Duration.ofMillis(20),
                Duration.ofMillis(200)),
            WORDS);
    embedders.add(e);
    return e;
  }

  /** Settings against the fake server: one request at a time, one attempt, short backoff. */
  RemoteEmbedder.Settings settings(
      int dimension, int batchSize, int batchTokens, String encodingFormat) {
    return new RemoteEmbedder.Settings(
        server.url(),
        "test-model",
        dimension,
        64,
        Optional.of("sk-test"),
        batchSize,
        batchTokens,
        1,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        1,
        Duration.ofMillis(20),
        Duration.ofMillis(200),
        EncodingFormat.valueOf(encodingFormat.toUpperCase(java.util.Locale.ROOT)));
  }

  /** The embedder, closed after the test. */
  RemoteEmbedder closedAfter(RemoteEmbedder e) {
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
  void tokensTheCallerCountedAreNotCountedAgain() {
    List<Integer> counted = new ArrayList<>();
    TokenCounter watched =
        new TokenCounter() {
          @Override
          public int count(String text) {
            counted.add(WORDS.count(text));
            return WORDS.count(text);
          }

          @Override
          public int specialTokens() {
            return WORDS.specialTokens();
          }
        };
    RemoteEmbedder e = closedAfter(new RemoteEmbedder(settings(8, 100, 12, "float"), watched));
    List<String> texts = texts(5);
    // Given counts decide the batches (3 + 2 special tokens each, 12 a batch: 2 texts each) ...
    assertThat(e.embed(texts, new int[] {3, 3, 3, 3, 3})).hasSize(5);
    assertThat(server.batchSizes).containsExactly(2, 2, 1);
    assertThat(counted).isEmpty();
    // ... and so do larger ones (a text alone still makes a batch); -1 means "count it".
    assertThat(e.batches(texts, new int[] {10, 10, 1, 1, -1}))
        .extracting(List::size)
        .containsExactly(1, 1, 3);
    assertThat(counted).containsExactly(3);
    assertThatThrownBy(() -> e.batches(texts, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void vectorsCanBeAskedForAsBase64() {
    RemoteEmbedder e = closedAfter(new RemoteEmbedder(settings(8, 4, 1000, "base64"), WORDS));
    List<float[]> vectors = e.embed(texts(6));
    for (int i = 0; i < 6; i++) {
      assertThat(vectors.get(i)).containsExactly(FakeEmbeddingServer.vector("text number " + i, 8));
    }
    assertThat(server.encodingFormats).containsOnly("base64").hasSize(2);
    embedder().embed(texts(1));
    assertThat(server.encodingFormats).endsWith("float");
  }

  @Test
  void aServerWithoutBase64IsAskedForNumbersInsteadOfRefusingEveryInput() {
    server.refuseBase64 = true;
    RemoteEmbedder e = closedAfter(new RemoteEmbedder(settings(8, 4, 1000, "base64"), WORDS));
    List<float[]> vectors = e.embed(texts(6));
    for (int i = 0; i < 6; i++) {
      assertThat(vectors.get(i)).containsExactly(FakeEmbeddingServer.vector("text number " + i, 8));
    }
    // The first batch was refused once as base64, then every request asked for floats.
    assertThat(server.encodingFormats).containsExactly("float", "float");
    // An input the server refuses as floats too is still refused.
    server.fail(new Fault(400, null, 0));
    assertThatThrownBy(() -> e.embed(texts(1))).isInstanceOf(EmbeddingRejectedException.class);
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
    List<float[]> vectors =
        closedAfter(
                new RemoteEmbedder(
                    settings(8, 10, 5, Duration.ofSeconds(5), Duration.ofSeconds(2), "float"),
                    WORDS))
            .embed(texts(3));
    assertThat(vectors).hasSize(3);
    assertThat(server.arrivals).hasSize(4);
    // The second attempt waited for Retry-After: 1 s, far above the 20 ms backoff.
    assertThat(server.arrivals.get(1) - server.arrivals.get(0))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950).toNanos());
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(5).toNanos());
  }

  @Test
  void persistentOverloadIsTransientUnavailability() {
    server.fail(new Fault(503, null, 0), new Fault(503, null, 0), new Fault(503, null, 0));
    assertThatThrownBy(
            () ->
                embedder(server.url(), "sk-test", 10, 1000, 1, 3, Duration.ofSeconds(5))
                    .embed(texts(2)))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .hasMessageContaining("after 3 attempts")
        .hasMessageContaining("HTTP 503")
        .hasMessageNotContaining("text number");
  }

  @Test
  void timeoutsAndRefusedConnectionsAreRetriedThenUnavailable() {
    server.fail(new Fault(200, null, 1_000));
    assertThat(
            embedder(server.url(), "sk-test", 10, 1000, 1, 2, Duration.ofMillis(200))
                .embed(texts(1)))
        .hasSize(1);
    assertThatThrownBy(
            () ->
                embedder(
                        URI.create("http://127.0.0.1:1"),
                        null,
                        10,
                        1000,
                        1,
                        2,
                        Duration.ofMillis(200))
                    .embed(texts(1)))
        .isInstanceOf(EmbeddingUnavailableException.class);
  }

  @Test
  void aWrongApiKeyIsForAnOperatorToFixNotAPermanentEventError() {
    assertThatThrownBy(
            () ->
                embedder(server.url(), "wrong", 10, 1000, 1, 3, Duration.ofSeconds(5))
                    .embed(texts(1)))
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
    assertThatThrownBy(() -> embedder().embed(texts(1)))
        .isInstanceOf(EmbeddingRejectedException.class);
  }

  /**
   * Settings with one request at a time and the given attempts, request timeout and longest wait in
   * a call.
   */
  RemoteEmbedder.Settings settings(
      int dimension,
      int batchSize,
      int attempts,
      Duration timeout,
      Duration maxBackoff,
      String encodingFormat) {
    return new RemoteEmbedder.Settings(
        server.url(),
        "test-model",
        dimension,
        64,
        Optional.of("sk-test"),
        batchSize,
        1000,
        1,
        Duration.ofSeconds(1),
        timeout,
        attempts,
        Duration.ofMillis(20),
        maxBackoff,
        EncodingFormat.valueOf(encodingFormat.toUpperCase(java.util.Locale.ROOT)));
  }

  /** Neither the message of {@code t} nor of its causes quotes an input or the server's answer. */
  static void quotesNothing(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertThat(String.valueOf(c.getMessage()))
          .doesNotContain("text number")
          .doesNotContain("secret")
          .doesNotContain("does not exist")
          .doesNotContain("cannot be embedded")
          .doesNotContain("scripted");
    }
  }

  @Test
  void oneAttemptPerCallByDefaultTheEventWaitsInThePipelinesRetryLoop() throws Exception {
    assertThat(
            EmbeddingConfig.Remote.class
                .getMethod("maxAttempts")
                .getAnnotation(io.smallrye.config.WithDefault.class)
                .value())
        .isEqualTo("1");
    server.fail(new Fault(503, null, 0));
    RemoteEmbedder e =
        closedAfter(
            new RemoteEmbedder(
                settings(8, 10, 1, Duration.ofSeconds(5), Duration.ofSeconds(30), "float"), WORDS));
    assertThatThrownBy(() -> e.embed(texts(2)))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .isInstanceOf(dev.indexer.fault.TransientException.class)
        .hasMessageContaining("HTTP 503");
    assertThat(server.arrivals).hasSize(1);
    assertThat(e.embed(texts(2))).hasSize(2); // the next call, the pipeline's retry, succeeds
  }

  @Test
  void aRetryAfterBeyondTheLongestWaitOfACallEndsTheCallAtOnceWithTheHint() {
    server.fail(new Fault(429, "3600", 0), new Fault(503, "Fri, 31 Dec 2100 23:59:59 GMT", 0));
    RemoteEmbedder e =
        closedAfter(
            new RemoteEmbedder(
                settings(8, 10, 3, Duration.ofSeconds(5), Duration.ofSeconds(2), "float"), WORDS));
    long start = System.nanoTime();
    assertThatThrownBy(() -> e.embed(texts(1)))
        .isInstanceOfSatisfying(
            EmbeddingUnavailableException.class,
            u -> {
              assertThat(u.retryAfter()).contains(Duration.ofMinutes(10)); // an hour asked, capped
              quotesNothing(u);
            })
        .hasMessageContaining("HTTP 429")
        .hasMessageContaining("Retry-After");
    assertThatThrownBy(() -> e.embed(texts(1)))
        .isInstanceOfSatisfying(
            EmbeddingUnavailableException.class,
            u -> assertThat(u.retryAfter()).contains(Duration.ofMinutes(10)))
        .hasMessageContaining("HTTP 503");
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(2).toNanos());
    assertThat(server.arrivals).hasSize(2);
  }

  @Test
  void aServerSlowerThanTheRequestTimeoutIsTransientAndTheCallEndsAtTheTimeout() {
    server.answerDelayMillis = 3_000;
    RemoteEmbedder e =
        closedAfter(
            new RemoteEmbedder(
                settings(8, 10, 1, Duration.ofMillis(300), Duration.ofSeconds(2), "float"), WORDS));
    long start = System.nanoTime();
    assertThatThrownBy(() -> e.embed(texts(1)))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .hasMessageContaining("timed out");
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofMillis(1_500).toNanos());
    // Also when the answer starts in time but its body trickles in.
    server.answerDelayMillis = 0;
    server.dribbleMillis = 50;
    start = System.nanoTime();
    assertThatThrownBy(() -> e.embed(texts(1)))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .hasMessageContaining("timed out");
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofMillis(1_500).toNanos());
  }

  @Test
  void aWrongDimensionIsAConfigurationFaultTransientNamingBothDimensionsAndTheProperty() {
    RemoteEmbedder wrong = closedAfter(new RemoteEmbedder(settings(16, 4, 1000, "float"), WORDS));
    assertThatThrownBy(() -> wrong.embed(texts(1)))
        .isInstanceOf(EmbeddingMisconfiguredException.class)
        .isInstanceOf(dev.indexer.fault.TransientException.class)
        .hasMessageContaining("dimension 8")
        .hasMessageContaining("expected 16")
        .hasMessageContaining("indexer.embedding.remote.dimension")
        .satisfies(RemoteEmbedderTest::quotesNothing);
  }

  @Test
  void nanOrInfiniteValuesMeanABrokenServerTransientAndNeverStored() {
    RemoteEmbedder e = closedAfter(new RemoteEmbedder(settings(8, 4, 1000, "base64"), WORDS));
    for (Float bad : List.of(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)) {
      server.badValue = bad;
      assertThatThrownBy(() -> e.embed(texts(2)))
          .isInstanceOf(EmbeddingUnavailableException.class)
          .isNotInstanceOf(EmbeddingMisconfiguredException.class)
          .hasMessageContaining("not finite");
    }
    // A JSON number beyond float range would become infinity.
    assertThatThrownBy(
            () ->
                e.vectors(
                    bytes("{\"data\":[{\"index\":0,\"embedding\":[1e39,2,3,4,5,6,7,8]}]}"), 1))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .hasMessageContaining("not finite");
  }

  @Test
  void aHugeResponseIsCutOffAtABoundFromBatchSizeAndDimensionTransient() {
    RemoteEmbedder e = closedAfter(new RemoteEmbedder(settings(8, 4, 1000, "float"), WORDS));
    server.hugeBodyBytes = 200L << 20; // 200 MB, more than the test JVM's heap would like
    long start = System.nanoTime();
    assertThatThrownBy(() -> e.embed(texts(3)))
        .isInstanceOf(EmbeddingUnavailableException.class)
        .hasMessageContaining("larger than")
        .satisfies(RemoteEmbedderTest::quotesNothing);
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(3).toNanos());
    assertThat(RemoteEmbedder.maxResponseBytes(3, 8)).isBetween(3L * 8 * 24, 1L << 20);
    assertThat(RemoteEmbedder.maxResponseBytes(64, 384)).isBetween(64L * 384 * 24, 4L << 20);
    server.hugeBodyBytes = 0;
    assertThat(e.embed(texts(3))).hasSize(3);
  }

  @Test
  void aServerThatRefusesEveryRequestIsMisconfiguredNotEveryEventsFault() {
    server.knownModel = "served-model";
    for (int status : new int[] {400, 404, 422}) {
      server.unknownModelStatus = status;
      assertThatThrownBy(() -> embedder().embed(List.of("secret text number 1")))
          .as("HTTP %d", status)
          .isInstanceOf(EmbeddingMisconfiguredException.class)
          .hasMessageContaining("HTTP " + status)
          .hasMessageContaining("indexer.embedding.remote.model-name")
          .satisfies(RemoteEmbedderTest::quotesNothing);
    }
  }

  @Test
  void aRefusedInputIsRejectedAlsoByAServerWithoutBase64() {
    server.refuseBase64 = true;
    server.refusedInput = "poison";
    RemoteEmbedder e = closedAfter(new RemoteEmbedder(settings(8, 4, 1000, "base64"), WORDS));
    // The one-word request asks in the form the server was last asked in, not in base64 again.
    assertThatThrownBy(() -> e.embed(List.of("poison pill")))
        .isInstanceOf(EmbeddingRejectedException.class)
        .satisfies(RemoteEmbedderTest::quotesNothing);
  }

  @Test
  void anInputTheServerRefusesWhileItEmbedsOthersIsRejectedForGoodWithAReason() {
    server.refusedInput = "poison";
    RemoteEmbedder e = embedder();
    assertThatThrownBy(() -> e.embed(List.of("a secret", "poison pill", "text number 3")))
        .isInstanceOfSatisfying(
            EmbeddingRejectedException.class,
            r -> {
              assertThat(r.reason())
                  .isEqualTo(dev.indexer.event.InvalidEventException.Reason.EMBEDDING_REJECTED);
              quotesNothing(r);
            })
        .isNotInstanceOf(dev.indexer.fault.TransientException.class)
        .hasMessageContaining("HTTP 400");
    assertThat(e.embed(texts(2))).hasSize(2);
  }

  @Test
  void responsesAreReadWhateverTheFieldOrderAndExtrasAndBase64EmbeddingsToo() {
    RemoteEmbedder e = embedder();
    byte[] le =
        java.nio.ByteBuffer.allocate(32)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .putFloat(1.5f)
            .putFloat(-2f)
            .putFloat(0f)
            .putFloat(3.25f)
            .putFloat(1e-7f)
            .putFloat(-0.1f)
            .putFloat(7f)
            .putFloat(8f)
            .array();
    String body =
        "{\"usage\":{\"prompt_tokens\":3,\"extra\":[1,{\"a\":[2]}]},\"object\":\"list\",\"data\":["
            + "{\"embedding\":\""
            + java.util.Base64.getEncoder().encodeToString(le)
            + "\",\"index\":1,\"object\":\"embedding\"},"
            + "{\"object\":\"embedding\",\"meta\":{\"x\":[[1]]},\"index\":0,\"embedding\":[0.1,-2,3E-2,4.5e+1,5,6,7,-0.000123]}"
            + "],\"model\":\"m\"}";
    List<float[]> v = e.vectors(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), 2);
    assertThat(v.get(0)).containsExactly(0.1f, -2f, 0.03f, 45f, 5f, 6f, 7f, -0.000123f);
    assertThat(v.get(1)).containsExactly(1.5f, -2f, 0f, 3.25f, 1e-7f, -0.1f, 7f, 8f);
  }

  @Test
  void malformedResponsesAreUnavailableNamingTheProblem() {
    RemoteEmbedder e = embedder();
    String eight = "[1,2,3,4,5,6,7,8]";
    assertThatThrownBy(() -> e.vectors(bytes("not json"), 1)).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> e.vectors(bytes("[1]"), 1)).hasMessageContaining("not a JSON object");
    assertThatThrownBy(
            () -> e.vectors(bytes("{\"data\":[{\"index\":0,\"embedding\":" + eight + "}"), 1))
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> e.vectors(bytes("{\"object\":\"list\"}"), 1))
        .hasMessageContaining("0 embeddings for 1 inputs");
    assertThatThrownBy(
            () -> e.vectors(bytes("{\"data\":[{\"index\":0,\"embedding\":" + eight + "}]}"), 2))
        .hasMessageContaining("1 embeddings for 2 inputs");
    assertThatThrownBy(
            () ->
                e.vectors(
                    bytes(
                        "{\"data\":[{\"index\":0,\"embedding\":"
                            + eight
                            + "},{\"index\":0,\"embedding\":"
                            + eight
                            + "}]}"),
                    2))
        .hasMessageContaining("duplicate indexes");
    assertThatThrownBy(
            () -> e.vectors(bytes("{\"data\":[{\"index\":0,\"embedding\":[1,2,3]}]}"), 1))
        .isInstanceOf(EmbeddingMisconfiguredException.class)
        .hasMessageContaining("dimension 3");
    assertThatThrownBy(
            () ->
                e.vectors(bytes("{\"data\":[{\"index\":0,\"embedding\":[1,2,3,4,5,6,7,8,9]}]}"), 1))
        .isInstanceOf(EmbeddingMisconfiguredException.class)
        .hasMessageContaining("dimension 9");
    assertThatThrownBy(
            () ->
                e.vectors(
                    bytes("{\"data\":[{\"index\":0,\"embedding\":[1,2,3,4,5,6,7,\"8\"]}]}"), 1))
        .hasMessageContaining("not a number");
    assertThatThrownBy(
            () -> e.vectors(bytes("{\"data\":[{\"index\":0,\"embedding\":\"AAAA!\"}]}"), 1))
        .hasMessageContaining("neither numbers nor base64");
    assertThatThrownBy(
            () -> e.vectors(bytes("{\"data\":[{\"index\":0,\"embedding\":\"AAAAAAA=\"}]}"), 1))
        .hasMessageContaining("not whole float32 values");
    assertThatThrownBy(
            () -> e.vectors(bytes("{\"data\":[{\"index\":5,\"embedding\":" + eight + "}]}"), 1))
        .hasMessageContaining("at index 5");
    assertThatThrownBy(() -> e.vectors(bytes("{\"data\":[{\"embedding\":" + eight + "}]}"), 1))
        .hasMessageContaining("at index -1")
        .isNotInstanceOf(EmbeddingMisconfiguredException.class);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Remote settings as the config mapping gives them: the defaults, with {@code overrides}. */
  static EmbeddingConfig.Remote remoteConfig(java.util.Map<String, Object> overrides) {
    java.util.Map<String, Object> values =
        new java.util.HashMap<>(
            java.util.Map.ofEntries(
                java.util.Map.entry("url", Optional.of(URI.create("http://127.0.0.1:1"))),
                java.util.Map.entry("modelName", "m"),
                java.util.Map.entry("dimension", java.util.OptionalInt.of(8)),
                java.util.Map.entry("maxTokens", 64),
                java.util.Map.entry("tokenizer", "all-minilm-l6-v2-q-tokenizer.json"),
                java.util.Map.entry("apiKey", Optional.empty()),
                java.util.Map.entry("encodingFormat", EncodingFormat.FLOAT),
                java.util.Map.entry("batchSize", 64),
                java.util.Map.entry("batchTokens", 16384),
                java.util.Map.entry("concurrency", 4),
                java.util.Map.entry("connectTimeout", Duration.ofSeconds(5)),
                java.util.Map.entry("requestTimeout", Duration.ofSeconds(60)),
                java.util.Map.entry("maxAttempts", 5),
                java.util.Map.entry("initialBackoff", Duration.ofMillis(500)),
                java.util.Map.entry("maxBackoff", Duration.ofSeconds(30)),
                java.util.Map.entry("tlsCaFile", Optional.empty()),
                java.util.Map.entry("tlsCertFile", Optional.empty()),
                java.util.Map.entry("tlsKeyFile", Optional.empty())));
    values.putAll(overrides);
    return (EmbeddingConfig.Remote)
        java.lang.reflect.Proxy.newProxyInstance(
            EmbeddingConfig.Remote.class.getClassLoader(),
            new Class<?>[] {EmbeddingConfig.Remote.class},
            (proxy, method, args) -> {
              if (!values.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
              }
              return values.get(method.getName());
            });
  }

  @Test
  void theEncodingFormatIsCheckedByName() {
    try (RemoteEmbedder ok =
        EmbedderProducer.remote(
            remoteConfig(java.util.Map.of("encodingFormat", EncodingFormat.BASE64)))) {
      assertThat(ok.dimension()).isEqualTo(8);
    }
    // An unknown encoding-format fails when the configuration loads: ConfigConstraintsTest.
  }

  @Test
  void invalidSettingsFailNamingTheProperty() {
    assertThatThrownBy(() -> EmbeddingModel.of("gpt-9"))
        .hasMessageContaining("indexer.embedding.model");
    assertThatThrownBy(() -> EmbedderProducer.tokenizer("/no/such/tokenizer.json"))
        .hasMessageContaining("indexer.embedding.remote.tokenizer");
  }
}
