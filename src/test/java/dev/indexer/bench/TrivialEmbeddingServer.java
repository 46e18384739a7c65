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
 * CPU is spent in the benchmark's process, not the service's.
 */
final class TrivialEmbeddingServer implements AutoCloseable {

  private static final JsonFactory JSON = new JsonFactory();

  private final int dimension;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  TrivialEmbeddingServer(int dimension) throws IOException {
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
