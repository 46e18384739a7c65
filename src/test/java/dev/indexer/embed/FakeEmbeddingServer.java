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

  FakeEmbeddingServer(int dimension, String apiKey) throws IOException {
    this.dimension = dimension;
    this.apiKey = apiKey;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/v1/embeddings", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
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
      if (apiKey != null && !("Bearer " + apiKey).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        error(ex, 401, "invalid_api_key", "Incorrect API key provided");
        return;
      }
      Fault fault = nextFault();
      if (fault != null) {
        sleep(fault.delayMillis());
        if (fault.retryAfter() != null) {
          ex.getResponseHeaders().add("Retry-After", fault.retryAfter());
        }
        error(ex, fault.status(), fault.status() == 429 ? "rate_limit_exceeded" : "server_error", "scripted fault");
        return;
      }
      JsonNode request = JSON.readTree(ex.getRequestBody());
      JsonNode input = request.path("input");
      if (!input.isArray() || input.isEmpty() || !request.hasNonNull("model")) {
        error(ex, 400, "invalid_request_error", "'input' must be a non-empty array and 'model' is required");
        return;
      }
      String format = request.path("encoding_format").asText("");
      if (!format.isEmpty() && !format.equals("float") && !(format.equals("base64") && !refuseBase64)) {
        error(ex, 400, "invalid_request_error", "'encoding_format' must be 'float' or 'base64'");
        return;
      }
      encodingFormats.add(format);
      batchSizes.add(input.size());
      sleep(answerDelayMillis);
      ObjectNode response = JSON.createObjectNode().put("object", "list").put("model", request.path("model").asText());
      ArrayNode data = response.putArray("data");
      for (int i = input.size() - 1; i >= 0; i--) { // out of order on purpose: clients sort by index
        ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
        float[] vector = vector(input.get(i).asText(), dimension);
        if (format.equals("base64")) {
          java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(4 * dimension).order(java.nio.ByteOrder.LITTLE_ENDIAN);
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

  private static void error(HttpExchange ex, int status, String type, String message) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("error").put("message", message).put("type", type).putNull("param").put("code", type);
    send(ex, status, body.toString());
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
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
