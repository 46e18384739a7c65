package dev.indexer.embed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.text.TokenCounter;
import io.quarkus.logging.Log;
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
      Duration maxBackoff,
      String encodingFormat) {

    /** Settings that ask for vectors as JSON numbers. */
    public Settings(URI baseUrl, String model, int dimension, int maxTokens, Optional<String> apiKey, int batchSize,
        int batchTokens, int concurrency, Duration connectTimeout, Duration requestTimeout, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff) {
      this(baseUrl, model, dimension, maxTokens, apiKey, batchSize, batchTokens, concurrency, connectTimeout,
          requestTimeout, maxAttempts, initialBackoff, maxBackoff, "float");
    }
  }

  /** The values of {@code encoding_format} a request can carry. */
  public static final java.util.Set<String> ENCODING_FORMATS = java.util.Set.of("float", "base64");

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Streaming reads of responses, numbers through Jackson's fast double parser. */
  private static final JsonFactory STREAM =
      JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(10);

  private final Settings settings;
  /** What requests ask for; base64 turns into float for good if the server refuses it. */
  private volatile String encodingFormat;
  private final TokenCounter tokenCounter;
  private final URI endpoint;
  private final HttpClient http;
  private final ExecutorService requests;

  public RemoteEmbedder(Settings settings, TokenCounter tokenCounter) {
    this.settings = settings;
    this.encodingFormat = settings.encodingFormat();
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
    return embed(texts, null);
  }

  @Override
  public List<float[]> embed(List<String> texts, int[] tokens) {
    List<Future<List<float[]>>> pending = new ArrayList<>();
    for (List<String> batch : batches(texts, tokens)) {
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

  /**
   * Consecutive batches within the count and token limits; a text alone always makes a batch.
   * {@code counted} holds the texts' tokens when the caller has counted them, or is null.
   */
  List<List<String>> batches(List<String> texts, int[] counted) {
    if (counted != null && counted.length != texts.size()) {
      throw new IllegalArgumentException(counted.length + " token counts for " + texts.size() + " texts");
    }
    List<List<String>> batches = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    int tokens = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      int t = (counted != null && counted[i] >= 0 ? counted[i] : tokenCounter.count(text)) + tokenCounter.specialTokens();
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
    String format = encodingFormat;
    try {
      return post(batch, format);
    } catch (EmbeddingRejectedException e) {
      if (!"base64".equals(format)) {
        throw e;
      }
      // A server without base64 support refuses the field: ask for numbers from now on, rather
      // than take every input for a bad one.
      if ("base64".equals(encodingFormat)) {
        encodingFormat = "float";
        Log.warnf("Embedding server %s refused encoding_format=base64 (%s); asking for float vectors from now on"
            + " (set indexer.embedding.remote.encoding-format=float)", endpoint, e.getMessage());
      }
      return post(batch, "float");
    }
  }

  private List<float[]> post(List<String> batch, String format) throws InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("model", settings.model()).put("encoding_format", format);
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
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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

  /**
   * The vectors of a response, read as a stream: every number goes straight into its {@code
   * float[]} (a tree of boxed numbers cost more than the request). An embedding may also come as
   * base64 of little-endian float32, as servers answer {@code encoding_format=base64}.
   */
  List<float[]> vectors(byte[] body, int expected) {
    float[][] out = new float[expected][];
    int count = 0;
    try (JsonParser p = STREAM.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new EmbeddingUnavailableException("embedding server sent a response that is not a JSON object");
      }
      boolean sawData = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!"data".equals(field) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        sawData = true;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          int index = -1;
          float[] v = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if ("index".equals(name) && t == JsonToken.VALUE_NUMBER_INT) {
              index = p.getIntValue();
            } else if ("embedding".equals(name) && t == JsonToken.START_ARRAY) {
              v = floats(p);
            } else if ("embedding".equals(name) && t == JsonToken.VALUE_STRING) {
              v = base64Floats(p.getText());
            } else {
              p.skipChildren();
            }
          }
          count++;
          int dimension = v == null ? 0 : v.length;
          if (index < 0 || index >= expected || dimension != settings.dimension()) {
            throw new EmbeddingUnavailableException(
                "embedding server returned an embedding of dimension "
                    + dimension
                    + " at index "
                    + index
                    + "; indexer.embedding.remote.dimension is "
                    + settings.dimension());
          }
          if (out[index] != null) {
            throw new EmbeddingUnavailableException("embedding server returned duplicate indexes");
          }
          out[index] = v;
        }
      }
      if (!sawData || count != expected) {
        throw new EmbeddingUnavailableException(
            "embedding server returned " + count + " embeddings for " + expected + " inputs");
      }
    } catch (IOException e) {
      throw new EmbeddingUnavailableException("embedding server sent a response that is not JSON", e);
    }
    return List.of(out);
  }

  /** The numbers of the array the parser has just entered, up to its end. */
  private float[] floats(JsonParser p) throws IOException {
    float[] v = new float[settings.dimension()];
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
        throw new EmbeddingUnavailableException("embedding server returned an embedding with a value that is not a number");
      }
      if (n == v.length) {
        v = java.util.Arrays.copyOf(v, v.length * 2 + 1); // reported as a wrong dimension
      }
      v[n++] = (float) p.getDoubleValue(); // as a double: the fast parser's float path falls back to slow arithmetic on exact values
    }
    return n == v.length ? v : java.util.Arrays.copyOf(v, n);
  }

  private static float[] base64Floats(String text) {
    byte[] bytes;
    try {
      bytes = java.util.Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new EmbeddingUnavailableException("embedding server returned an embedding that is neither numbers nor base64", e);
    }
    if (bytes.length % Float.BYTES != 0) {
      throw new EmbeddingUnavailableException("embedding server returned a base64 embedding of " + bytes.length + " bytes, not whole float32 values");
    }
    float[] v = new float[bytes.length / Float.BYTES];
    java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
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
