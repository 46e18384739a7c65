package dev.indexer.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.indexer.testkit.HashEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible {@code POST /v1/embeddings} whose vectors are a hash of the text, so the
 * packaged service under test does all it does in production except run a model. It answers with
 * JSON numbers, which the service reads whatever encoding it asked for.
 */
final class HashEmbeddingEndpoint implements AutoCloseable {

  static final int DIMENSION = 384;

  /** The tokenizer and limit the service chunks with when pointed here (all-MiniLM-L6-v2's). */
  static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  static final int MAX_TOKENS = 128;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  HashEmbeddingEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(executor);
    server.createContext("/v1/embeddings", this::handle);
    server.start();
  }

  /** The service's settings to embed through this endpoint. */
  Map<String, String> settings() {
    return Map.of(
        "indexer.embedding.model",
        "remote",
        "indexer.embedding.remote.url",
        url().toString(),
        "indexer.embedding.remote.model-name",
        "hash",
        "indexer.embedding.remote.dimension",
        Integer.toString(DIMENSION),
        "indexer.embedding.remote.max-tokens",
        Integer.toString(MAX_TOKENS),
        "indexer.embedding.remote.tokenizer",
        TOKENIZER);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request;
      try (InputStream body = exchange.getRequestBody()) {
        request = JSON.readTree(body);
      }
      ObjectNode response = JSON.createObjectNode().put("object", "list");
      ArrayNode data = response.putArray("data");
      int i = 0;
      for (JsonNode input : request.path("input")) {
        ObjectNode item = data.addObject().put("object", "embedding").put("index", i++);
        ArrayNode vector = item.putArray("embedding");
        for (float f : HashEmbedder.vector(input.asText(), DIMENSION)) {
          vector.add(f);
        }
      }
      response.putObject("usage").put("prompt_tokens", 0).put("total_tokens", 0);
      byte[] bytes = JSON.writeValueAsBytes(response);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
