package dev.indexer.embed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible {@code POST /v1/embeddings} endpoint (vLLM, Ollama,
 * text-embeddings-inference, OpenAI). Texts go in batches bounded by count and by tokens, at most
 * {@code concurrency} requests at once. Each failure is decided here, once:
 *
 * <ul>
 *   <li>429, 408, 5xx, timeouts (the whole answer within {@code request-timeout}), connection
 *       failures, malformed, oversized or non-finite answers: {@link
 *       EmbeddingUnavailableException}, transient. A request is attempted {@code max-attempts}
 *       times (1 by default): the pipeline's retry loop owns the waiting, and a Retry-After longer
 *       than {@code max-backoff} ends the call at once with the hint ({@link
 *       EmbeddingUnavailableException#retryAfter()}).
 *   <li>vectors of another dimension, 401, 403, 404, and a server that refuses even a one-word
 *       request: {@link EmbeddingMisconfiguredException}, transient, naming the property to fix.
 *   <li>any other 4xx for an input while a one-word request is embedded: {@link
 *       EmbeddingRejectedException}, permanent for the event.
 * </ul>
 *
 * Messages never quote texts or response bodies, which may echo them.
 */
public final class RemoteEmbedder implements Embedder, AutoCloseable {

  /** What {@link EmbeddingConfig.Remote} configures, checked. */
  public record Settings(
      URI baseUrl,
      String model,
      int dimension,
      int maxTokens,
      Optional<String> apiKey,
      int batchSize,
      int batchTokens,
      int concurrency,
      Duration connectTimeout,
      Duration requestTimeout,
      int maxAttempts,
      Duration initialBackoff,
      Duration maxBackoff,
      EncodingFormat encodingFormat) {

    /** Settings that ask for vectors as JSON numbers. */
    public Settings(
        URI baseUrl,
        String model,
        int dimension,
        int maxTokens,
        Optional<String> apiKey,
        int batchSize,
        int batchTokens,
        int concurrency,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff) {
      this(
          baseUrl,
          model,
          dimension,
          maxTokens,
          apiKey,
          batchSize,
          batchTokens,
          concurrency,
          connectTimeout,
          requestTimeout,
          maxAttempts,
          initialBackoff,
          maxBackoff,
          EncodingFormat.FLOAT);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(10);

  /** The input of the request that tells a refused input from a server that refuses everything. */
  private static final String PROBE = "hello";

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final Settings settings;

  /** What requests ask for; base64 turns into float for good if the server refuses it. */
  private volatile EncodingFormat encodingFormat;

  private final TokenCounter tokenCounter;
  private final URI endpoint;
  private final HttpClient http;
  private final ExecutorService requests;
  private final ExecutorService httpThreads;
  private final String threadPrefix;

  public RemoteEmbedder(Settings settings, TokenCounter tokenCounter) {
    this(settings, tokenCounter, null);
  }

  /**
   * @param tls the TLS context of {@code https://} endpoints (a private CA, a client certificate);
   *     null: the JVM's. A failed handshake is transient, like an unreachable server: events wait,
   *     readiness says so, nothing is dead-lettered.
   */
  public RemoteEmbedder(
      Settings settings, TokenCounter tokenCounter, javax.net.ssl.SSLContext tls) {
    this.settings = settings;
    this.encodingFormat = settings.encodingFormat();
    this.tokenCounter = tokenCounter;
    String base = settings.baseUrl().toString().replaceAll("/+$", "");
    this.endpoint =
        URI.create(base.endsWith("/v1") ? base + "/embeddings" : base + "/v1/embeddings");
    this.threadPrefix = "remote-embedder-" + INSTANCES.incrementAndGet();
    // The pool size is the concurrency limit, shared by every caller.
    this.requests =
        Executors.newFixedThreadPool(settings.concurrency(), threads(threadPrefix + "-request-"));
    // The HTTP client's own work runs on threads this embedder owns, so that close() ends them.
    this.httpThreads = Executors.newCachedThreadPool(threads(threadPrefix + "-http-"));
    HttpClient.Builder http =
        HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).executor(httpThreads);
    if (tls != null) {
      http.sslContext(tls);
    }
    this.http = http.build();
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String modelId() {
    return "remote:" + settings.model();
  }

  @Override
  public int dimension() {
    return settings.dimension();
  }

  @Override
  public int maxTokens() {
    return settings.maxTokens();
  }

  @Override
  public int batchSize() {
    return settings.batchSize();
  }

  @Override
  public int batchTokens() {
    return settings.batchTokens();
  }

  @Override
  public int concurrency() {
    return settings.concurrency();
  }

  @Override
  public TokenCounter tokenCounter() {
    return tokenCounter;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return embed(texts, null);
  }

  @Override
  public List<float[]> embed(List<String> texts, int[] tokens) {
    List<Future<List<float[]>>> pending = new ArrayList<>();
    try {
      for (List<String> batch : batches(texts, tokens)) {
        pending.add(requests.submit(() -> post(batch)));
      }
    } catch (RejectedExecutionException e) {
      pending.forEach(f -> f.cancel(true));
      throw new EmbeddingUnavailableException("the remote embedder is closed", e);
    }
    List<float[]> vectors = new ArrayList<>(texts.size());
    try {
      for (Future<List<float[]>> f : pending) {
        vectors.addAll(f.get());
      }
    } catch (InterruptedException e) {
      pending.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new EmbeddingUnavailableException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      pending.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new EmbeddingUnavailableException("embedding request failed", e.getCause());
    }
    return vectors;
  }

  /**
   * Consecutive batches within the count and token limits; a text alone always makes a batch.
   * {@code counted} holds the texts' tokens when the caller has counted them, or is null.
   */
  List<List<String>> batches(List<String> texts, int[] counted) {
    if (counted != null && counted.length != texts.size()) {
      throw new IllegalArgumentException(
          counted.length + " token counts for " + texts.size() + " texts");
    }
    List<List<String>> batches = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    int tokens = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      int t =
          (counted != null && counted[i] >= 0 ? counted[i] : tokenCounter.count(text))
              + tokenCounter.specialTokens();
      if (!batch.isEmpty()
          && (batch.size() >= settings.batchSize() || tokens + t > settings.batchTokens())) {
        batches.add(batch);
        batch = new ArrayList<>();
        tokens = 0;
      }
      batch.add(text);
      tokens += t;
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  private List<float[]> post(List<String> batch) throws InterruptedException {
    EncodingFormat format = encodingFormat;
    Refused refused;
    try {
      return post(batch, format);
    } catch (Refused e) {
      refused = e;
    }
    if (format == EncodingFormat.BASE64) {
      format = EncodingFormat.FLOAT;
      // A server without base64 support refuses the field: ask for numbers from now on, rather
      // than take every input for a bad one.
      try {
        List<float[]> vectors = post(batch, EncodingFormat.FLOAT);
        if (encodingFormat == EncodingFormat.BASE64) {
          encodingFormat = EncodingFormat.FLOAT;
          Log.warnf(
              "The embedding server refused encoding_format=base64 (HTTP %d); asking for float vectors from now on"
                  + " (set indexer.embedding.remote.encoding-format=float)",
              refused.status);
        }
        return vectors;
      } catch (Refused e) {
        refused = e;
      }
    }
    throw refusal(refused, format);
  }

  /**
   * Decides whose fault a refused request is by asking for the vector of one plain word: a server
   * that embeds it refused the event's input (permanent for the event); one that refuses it too
   * refuses every request, a configuration fault (transient, nothing dead-lettered).
   */
  private RuntimeException refusal(Refused refused, EncodingFormat format)
      throws InterruptedException {
    try {
      post(List.of(PROBE), format);
    } catch (Refused always) {
      return new EmbeddingMisconfiguredException(
          "the embedding server refuses every request, even a one-word one, with HTTP "
              + always.status
              + " (check indexer.embedding.remote.model-name, indexer.embedding.remote.url and"
              + " indexer.embedding.remote.encoding-format)");
    }
    return new EmbeddingRejectedException(
        "the embedding server refused an input of the event with HTTP " + refused.status);
  }

  /**
   * One request, attempted up to {@code max-attempts} times (1 by default: the pipeline's retry
   * loop owns the waiting). Waits between attempts are at most {@code max-backoff}; a Retry-After
   * longer than that ends the call at once, carrying the hint.
   */
  private List<float[]> post(List<String> batch, EncodingFormat format)
      throws InterruptedException, Refused {
    HttpRequest request = request(batch, format);
    long maxBytes = maxResponseBytes(batch.size(), settings.dimension());

    Duration backoff = settings.initialBackoff();
    for (int attempt = 1; ; attempt++) {
      String failure;
      Throwable cause = null;
      Duration retryAfter = Duration.ZERO;
      try {
        HttpResponse<byte[]> response = send(request, maxBytes, batch.size());
        int status = response.statusCode();
        if (status == 200) {
          return vectors(response.body(), batch.size());
        }
        if (status == 401 || status == 403 || status == 404) {
          throw new EmbeddingMisconfiguredException(
              "the embedding server refused the request with HTTP "
                  + status
                  + " (check indexer.embedding.remote.url, indexer.embedding.remote.model-name and"
                  + " indexer.embedding.remote.api-key)");
        }
        if (status != 408 && status != 429 && status < 500) {
          throw new Refused(status);
        }
        failure = "HTTP " + status;
        retryAfter = retryAfter(response);
      } catch (HttpTimeoutException e) {
        failure =
            "timed out after "
                + settings.requestTimeout().toMillis()
                + " ms (indexer.embedding.remote.request-timeout)";
        cause = e;
      } catch (IOException e) {
        failure = e.getClass().getSimpleName();
        cause = e;
      }
      boolean waitTooLong = retryAfter.compareTo(settings.maxBackoff()) > 0;
      if (attempt >= settings.maxAttempts() || waitTooLong) {
        throw new EmbeddingUnavailableException(
            "embedding server unavailable"
                + (attempt > 1 ? " after " + attempt + " attempts" : "")
                + ": "
                + failure
                + (retryAfter.isZero() ? "" : ", Retry-After " + retryAfter.toSeconds() + " s"),
            cause,
            retryAfter.isZero() ? null : retryAfter);
      }
      long jittered =
          (long) (backoff.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5));
      Thread.sleep(Math.max(jittered, retryAfter.toMillis()));
      backoff =
          backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
              ? settings.maxBackoff()
              : backoff.multipliedBy(2);
    }
  }

  /** The embeddings request of {@code batch}, asking for vectors in {@code format}. */
  private HttpRequest request(List<String> batch, EncodingFormat format) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("model", settings.model())
            .put("encoding_format", format.wireName());
    batch.forEach(body.putArray("input")::add);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(endpoint)
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    settings.apiKey().ifPresent(key -> builder.header("Authorization", "Bearer " + key));
    return builder.build();
  }

  /**
   * Sends a request and reads its answer within the request timeout, the body included (the
   * client's own timeout ends with the headers), keeping at most {@code maxBytes} of a 200's body
   * and nothing of an error's.
   */
  private HttpResponse<byte[]> send(HttpRequest request, long maxBytes, int inputs)
      throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> answer =
        http.sendAsync(
            request,
            info ->
                info.statusCode() == 200
                    ? new EmbeddingResponses.BoundedBody(maxBytes)
                    : HttpResponse.BodySubscribers.replacing(new byte[0]));
    try {
      return answer.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new HttpTimeoutException("no complete answer within the request timeout");
    } catch (InterruptedException e) {
      answer.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof EmbeddingResponses.BoundedBody.TooLarge) {
        throw new EmbeddingUnavailableException(
            "embedding server sent a response larger than "
                + maxBytes
                + " bytes for "
                + inputs
                + " inputs of dimension "
                + settings.dimension()
                + "; it was not read further");
      }
      if (c instanceof IOException io) {
        throw io;
      }
      throw new IOException(c == null ? e : c);
    }
  }

  /** See {@link EmbeddingResponses#maxBytes}. */
  static long maxResponseBytes(int inputs, int dimension) {
    return EmbeddingResponses.maxBytes(inputs, dimension);
  }

  /** The server refused the request itself (a 4xx other than 401, 403, 404, 408 and 429). */
  private static final class Refused extends Exception {
    final int status;

    Refused(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** The vectors of a response body: see {@link EmbeddingResponses#vectors}. */
  List<float[]> vectors(byte[] body, int expected) {
    return EmbeddingResponses.vectors(body, expected, settings.dimension());
  }

  /** Retry-After in seconds or as an HTTP date; zero when absent or unreadable. */
  static Duration retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After");
    if (value.isEmpty()) {
      return Duration.ZERO;
    }
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(value.get().strip()));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at =
            ZonedDateTime.parse(value.get().strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      } catch (RuntimeException unreadable) {
        return Duration.ZERO;
      }
    }
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
  }

  /** Names of this embedder's threads start with this. */
  String threadPrefix() {
    return threadPrefix;
  }

  /**
   * Stops the request and HTTP threads (calls after this fail as unavailable) and closes the
   * tokenizer. Java 17's HTTP client has no close of its own: its selector thread ends once the
   * client is unreachable; from Java 21 it is closed here too.
   */
  @Override
  public void close() {
    requests.shutdownNow();
    httpThreads.shutdownNow();
    if (http instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        Log.debugf("Closing the embedding HTTP client: %s", e.getClass().getName());
      }
    }
    tokenCounter.close();
  }
}
