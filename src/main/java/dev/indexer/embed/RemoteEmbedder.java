package dev.indexer.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.text.TokenCounter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An OpenAI-compatible {@code POST /v1/embeddings} endpoint (vLLM, Ollama, text-embeddings-inference,
 * OpenAI). Texts go in batches bounded by count and by tokens, at most {@code concurrency}
 * requests at once. 429, 5xx, timeouts and connection failures are retried with exponential
 * backoff and jitter, waiting at least what Retry-After asks; when the attempts run out the batch
 * is {@link EmbeddingUnavailableException unavailable}, which the pipeline retries. A refused
 * API key, model or URL (401, 403, 404) is also unavailable: an operator fixes it without touching
 * the event. Any other 4xx refuses the input itself: {@link EmbeddingRejectedException}.
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
      Duration maxBackoff) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(10);

  private final Settings settings;
  private final TokenCounter tokenCounter;
  private final URI endpoint;
  private final HttpClient http;
  private final ExecutorService requests;

  public RemoteEmbedder(Settings settings, TokenCounter tokenCounter) {
    this.settings = settings;
    this.tokenCounter = tokenCounter;
    String base = settings.baseUrl().toString().replaceAll("/+$", "");
    this.endpoint = URI.create(base.endsWith("/v1") ? base + "/embeddings" : base + "/v1/embeddings");
    this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    // The pool size is the concurrency limit, shared by every caller.
    this.requests =
        Executors.newFixedThreadPool(
            settings.concurrency(),
            r -> {
              Thread t = new Thread(r, "remote-embedder");
              t.setDaemon(true);
              return t;
            });
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
  public TokenCounter tokenCounter() {
    return tokenCounter;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<Future<List<float[]>>> pending = new ArrayList<>();
    for (List<String> batch : batches(texts)) {
      pending.add(requests.submit(() -> post(batch)));
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

  /** Consecutive batches within the count and token limits; a text alone always makes a batch. */
  List<List<String>> batches(List<String> texts) {
    List<List<String>> batches = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    int tokens = 0;
    for (String text : texts) {
      int t = tokenCounter.count(text) + tokenCounter.specialTokens();
      if (!batch.isEmpty() && (batch.size() >= settings.batchSize() || tokens + t > settings.batchTokens())) {
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
    ObjectNode body = JSON.createObjectNode().put("model", settings.model()).put("encoding_format", "float");
    batch.forEach(body.putArray("input")::add);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    settings.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));

    Duration backoff = settings.initialBackoff();
    String failure = "";
    Throwable cause = null;
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      Duration retryAfter = Duration.ZERO;
      try {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 200) {
          return vectors(response.body(), batch.size());
        }
        if (status == 401 || status == 403 || status == 404) {
          throw new EmbeddingUnavailableException(
              "embedding server " + endpoint + " refused the request with HTTP " + status + " (check URL, model name and API key)");
        }
        if (status != 429 && status < 500) {
          throw new EmbeddingRejectedException("embedding server refused the input with HTTP " + status);
        }
        failure = "HTTP " + status;
        cause = null;
        retryAfter = retryAfter(response);
      } catch (IOException e) {
        failure = e.getClass().getSimpleName();
        cause = e;
      }
      if (attempt < settings.maxAttempts()) {
        long jittered = (long) (backoff.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5));
        Thread.sleep(Math.max(jittered, retryAfter.toMillis()));
        backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff.multipliedBy(2);
      }
    }
    throw new EmbeddingUnavailableException(
        "embedding server " + endpoint + " unavailable after " + settings.maxAttempts() + " attempts: " + failure, cause);
  }

  private List<float[]> vectors(String body, int expected) {
    JsonNode data;
    try {
      data = JSON.readTree(body).path("data");
    } catch (IOException e) {
      throw new EmbeddingUnavailableException("embedding server sent a response that is not JSON", e);
    }
    if (!data.isArray() || data.size() != expected) {
      throw new EmbeddingUnavailableException(
          "embedding server returned " + data.size() + " embeddings for " + expected + " inputs");
    }
    float[][] out = new float[expected][];
    for (JsonNode item : data) {
      int index = item.path("index").asInt(-1);
      JsonNode embedding = item.path("embedding");
      if (index < 0 || index >= expected || embedding.size() != settings.dimension()) {
        throw new EmbeddingUnavailableException(
            "embedding server returned an embedding of dimension "
                + embedding.size()
                + " at index "
                + index
                + "; indexer.embedding.remote.dimension is "
                + settings.dimension());
      }
      float[] v = new float[embedding.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) embedding.get(i).asDouble();
      }
      out[index] = v;
    }
    for (float[] v : out) {
      if (v == null) {
        throw new EmbeddingUnavailableException("embedding server returned duplicate indexes");
      }
    }
    return List.of(out);
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
        ZonedDateTime at = ZonedDateTime.parse(value.get().strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
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

  @Override
  public void close() {
    requests.shutdownNow();
  }
}
