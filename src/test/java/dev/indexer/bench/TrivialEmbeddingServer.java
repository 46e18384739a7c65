package dev.indexer.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.indexer.testkit.HashEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible {@code POST /v1/embeddings} whose vectors are a hash of the text: the
 * packaged service pointed at it does everything it does in production except run a model. Its own
 * CPU is spent in the benchmark's process, not the service's. It may stand for a remote model
 * server: each request answered after a fixed latency (requests wait side by side, never one after
 * another), and at most so many tokens a second (a token bucket; a request waits for its tokens,
 * counted as a quarter of its characters).
 */
final class TrivialEmbeddingServer implements AutoCloseable {

  private static final JsonFactory JSON = new JsonFactory();

  private final int dimension;
  private final HttpServer server;
  private final ExecutorService executor;
  private final long latencyMillis;
  private final double tokensPerSecond;
  private final java.util.concurrent.atomic.AtomicLong requests =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong texts =
      new java.util.concurrent.atomic.AtomicLong();
  private double bucket;
  private long refilled = System.nanoTime();

  TrivialEmbeddingServer(int dimension) throws IOException {
    this(dimension, 0, 0);
  }

  /**
   * @param latencyMillis added to every request
   * @param tokensPerSecond most tokens served a second; 0: no limit
   */
  TrivialEmbeddingServer(int dimension, long latencyMillis, double tokensPerSecond)
      throws IOException {
    this.latencyMillis = latencyMillis;
    this.tokensPerSecond = tokensPerSecond;
    this.bucket = tokensPerSecond;
    // Requests that wait out their latency hold a thread each: enough for any client's concurrency.
    this.executor = Executors.newFixedThreadPool(latencyMillis > 0 ? 64 : 4);
    // Without it the JDK server's separate header and body writes meet delayed ACKs: 40 ms a
    // request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.dimension = dimension;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(executor);
    server.createContext("/v1/embeddings", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      List<String> input = new ArrayList<>();
      boolean base64;
      try (InputStream body = exchange.getRequestBody()) {
        base64 = "base64".equals(read(body, input));
      }
      requests.incrementAndGet();
      texts.addAndGet(input.size());
      waitForTokens(input);
      if (latencyMillis > 0) {
        try {
          Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      StringBuilder out =
          new StringBuilder(input.size() * dimension * 12 + 64)
              .append("{\"object\":\"list\",\"data\":[");
      ByteBuffer floats = ByteBuffer.allocate(4 * dimension).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < input.size(); i++) {
        out.append(i == 0 ? "" : ",")
            .append("{\"object\":\"embedding\",\"index\":")
            .append(i)
            .append(",\"embedding\":");
        float[] v = HashEmbedder.vector(input.get(i), dimension);
        if (base64) {
          floats.clear();
          for (float f : v) {
            floats.putFloat(f);
          }
          out.append('"').append(Base64.getEncoder().encodeToString(floats.array())).append("\"}");
        } else {
          out.append('[');
          for (int d = 0; d < v.length; d++) {
            out.append(d == 0 ? "" : ",").append(v[d]);
          }
          out.append("]}");
        }
      }
      out.append("],\"usage\":{\"prompt_tokens\":0,\"total_tokens\":0}}");
      byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream response = exchange.getResponseBody()) {
        response.write(bytes);
      }
    }
  }

  /** Requests answered so far. */
  long requests() {
    return requests.get();
  }

  /** Texts those requests carried. */
  long texts() {
    return texts.get();
  }

  /** Waits until the bucket holds the request's tokens (a quarter of its characters). */
  private void waitForTokens(List<String> input) {
    if (tokensPerSecond <= 0) {
      return;
    }
    double needed = 0;
    for (String text : input) {
      needed += text.length() / 4.0;
    }
    long waitNanos;
    synchronized (this) {
      long now = System.nanoTime();
      bucket = Math.min(tokensPerSecond, bucket + (now - refilled) / 1e9 * tokensPerSecond);
      refilled = now;
      bucket -= needed; // may go below zero: the request waits until it is paid back
      waitNanos = bucket >= 0 ? 0 : (long) (-bucket / tokensPerSecond * 1e9);
    }
    if (waitNanos > 0) {
      try {
        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Reads the strings of the request's {@code input} array into {@code input}; returns its {@code
   * encoding_format}.
   */
  private static String read(InputStream body, List<String> input) throws IOException {
    String format = "float";
    try (JsonParser p = JSON.createParser(body)) {
      while (p.nextToken() != null) {
        if (p.currentToken() != JsonToken.FIELD_NAME
            || !p.getParsingContext().getParent().inRoot()) {
          continue;
        }
        if ("input".equals(p.currentName())) {
          if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("'input' is not an array");
          }
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            input.add(p.getText());
          }
        } else if ("encoding_format".equals(p.currentName())) {
          p.nextToken();
          format = p.getText();
        }
      }
    }
    return format;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
