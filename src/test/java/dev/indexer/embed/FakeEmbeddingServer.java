package dev.indexer.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process OpenAI-compatible {@code POST /v1/embeddings}: deterministic vectors, bearer-key
 * check, OpenAI-style error bodies, and scripted faults (status codes with Retry-After, delays)
 * served before normal answers.
 */
final class FakeEmbeddingServer implements AutoCloseable {

  record Fault(int status, String retryAfter, long delayMillis) {}

  static final ObjectMapper JSON = new ObjectMapper();

  final int dimension;
  final String apiKey;
  final HttpServer server;
  final Deque<Fault> faults = new ArrayDeque<>();
  final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

  /** The {@code encoding_format} of each answered request ("" when absent). */
  final List<String> encodingFormats = new CopyOnWriteArrayList<>();

  final List<Long> arrivals = new CopyOnWriteArrayList<>();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  volatile long answerDelayMillis;

  /** Answer encoding_format=base64 with 400, as a server without base64 support. */
  volatile boolean refuseBase64;

  /** The only model served; others are refused with {@link #unknownModelStatus}. Null: any. */
  volatile String knownModel;

  volatile int unknownModelStatus = 404;

  /** Inputs containing this are refused with 400, the message quoting them. Null: none. */
  volatile String refusedInput;

  /** Put into the first value of every vector (NaN, infinity), sent as base64. Null: none. */
  volatile Float badValue;

  /** Answer 200 with a body of this many bytes that never ends as JSON. 0: no. */
  volatile long hugeBodyBytes;

  /** Answer 200, then send the body a byte every this many milliseconds. 0: at once. */
  volatile long dribbleMillis;

  FakeEmbeddingServer(int dimension, String apiKey) throws IOException {
    this(dimension, apiKey, null, false);
  }

  /** Over HTTPS with {@code tls} (null: plain HTTP), asking for a client certificate if told. */
  FakeEmbeddingServer(
      int dimension, String apiKey, javax.net.ssl.SSLContext tls, boolean needClientCertificate)
      throws IOException {
    this.dimension = dimension;
    this.apiKey = apiKey;
    if (tls == null) {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } else {
      com.sun.net.httpserver.HttpsServer https =
          com.sun.net.httpserver.HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      https.setHttpsConfigurator(
          new com.sun.net.httpserver.HttpsConfigurator(tls) {
            @Override
            public void configure(com.sun.net.httpserver.HttpsParameters params) {
              javax.net.ssl.SSLParameters ssl = tls.getDefaultSSLParameters();
              ssl.setNeedClientAuth(needClientCertificate);
              params.setSSLParameters(ssl);
            }
          });
      server = https;
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/v1/embeddings", this::handle);
    server.start();
  }

  URI url() {
    String scheme = server instanceof com.sun.net.httpserver.HttpsServer ? "https" : "http";
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized void fail(Fault... next) {
    faults.addAll(List.of(next));
  }

  private synchronized Fault nextFault() {
    return faults.poll();
  }

  private void handle(HttpExchange ex) throws IOException {
    arrivals.add(System.nanoTime());
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      if (!"POST".equals(ex.getRequestMethod())) {
        error(ex, 405, "invalid_request_error", "method not allowed");
        return;
      }
      if (apiKey != null
          && !("Bearer " + apiKey).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        error(ex, 401, "invalid_api_key", "Incorrect API key provided");
        return;
      }
      Fault fault = nextFault();
      if (fault != null) {
        sleep(fault.delayMillis());
        if (fault.retryAfter() != null) {
          ex.getResponseHeaders().add("Retry-After", fault.retryAfter());
        }
        error(
            ex,
            fault.status(),
            fault.status() == 429 ? "rate_limit_exceeded" : "server_error",
            "scripted fault");
        return;
      }
      JsonNode request = JSON.readTree(ex.getRequestBody());
      JsonNode input = request.path("input");
      if (!input.isArray() || input.isEmpty() || !request.hasNonNull("model")) {
        error(
            ex,
            400,
            "invalid_request_error",
            "'input' must be a non-empty array and 'model' is required");
        return;
      }
      String model = request.path("model").asText();
      if (knownModel != null && !knownModel.equals(model)) {
        error(
            ex,
            unknownModelStatus,
            "model_not_found",
            "The model '" + model + "' does not exist, input " + input);
        return;
      }
      String refused = refusedInput;
      if (refused != null && input.toString().contains(refused)) {
        error(ex, 400, "invalid_request_error", "input " + input + " cannot be embedded");
        return;
      }
      if (hugeBodyBytes > 0) {
        huge(ex, hugeBodyBytes);
        return;
      }
      String format = request.path("encoding_format").asText("");
      if (!format.isEmpty()
          && !format.equals("float")
          && !(format.equals("base64") && !refuseBase64)) {
        error(ex, 400, "invalid_request_error", "'encoding_format' must be 'float' or 'base64'");
        return;
      }
      encodingFormats.add(format);
      batchSizes.add(input.size());
      sleep(answerDelayMillis);
      ObjectNode response =
          JSON.createObjectNode()
              .put("object", "list")
              .put("model", request.path("model").asText());
      ArrayNode data = response.putArray("data");
      for (int i = input.size() - 1;
          i >= 0;
          i--) { // out of order on purpose: clients sort by index
        ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
        float[] vector = vector(input.get(i).asText(), dimension);
        if (badValue != null) {
          vector[0] = badValue;
        }
        if (format.equals("base64") || badValue != null) {
          java.nio.ByteBuffer bytes =
              java.nio.ByteBuffer.allocate(4 * dimension).order(java.nio.ByteOrder.LITTLE_ENDIAN);
          for (float f : vector) {
            bytes.putFloat(f);
          }
          item.put("embedding", java.util.Base64.getEncoder().encodeToString(bytes.array()));
        } else {
          ArrayNode v = item.putArray("embedding");
          for (float f : vector) {
            v.add(f);
          }
        }
      }
      response.putObject("usage").put("prompt_tokens", 0).put("total_tokens", 0);
      send(ex, 200, response.toString());
    } finally {
      inFlight.decrementAndGet();
    }
  }

  static float[] vector(String text, int dimension) {
    float[] v = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = ((text.hashCode() >>> i) & 1) == 0 ? -1f : 1f;
    }
    return v;
  }

  /** A 200 whose body is {@code bytes} long, sent in pieces, that the client may stop reading. */
  private static void huge(HttpExchange ex, long bytes) throws IOException {
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, 0);
    byte[] piece = ",0.25".repeat(13_000).getBytes(StandardCharsets.UTF_8);
    try (var out = ex.getResponseBody()) {
      out.write("{\"data\":[{\"index\":0,\"embedding\":[0.25".getBytes(StandardCharsets.UTF_8));
      for (long sent = 0; sent < bytes; sent += piece.length) {
        out.write(piece);
      }
    } catch (IOException clientGone) {
      // the client stopped reading
    }
  }

  private void send(HttpExchange ex, int status, String body) throws IOException {
    if (status == 200 && dribbleMillis > 0) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, bytes.length);
      try (var out = ex.getResponseBody()) {
        for (byte b : bytes) {
          out.write(b);
          out.flush();
          sleep(dribbleMillis);
        }
      } catch (IOException clientGone) {
        // the client stopped reading
      }
      return;
    }
    sendNow(ex, status, body);
  }

  private static void error(HttpExchange ex, int status, String type, String message)
      throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("error")
        .put("message", message)
        .put("type", type)
        .putNull("param")
        .put("code", type);
    sendNow(ex, status, body.toString());
  }

  private static void sendNow(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
