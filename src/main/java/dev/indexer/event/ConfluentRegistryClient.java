package dev.indexer.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.kiota.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * {@code GET /schemas/ids/{id}} of a Confluent-compatible schema registry over HTTP (the JDK's
 * client; no maintained Java client of this API is on Maven Central). Errors are left to {@link
 * GuardedRegistry} to decide: an answer with an error status is an {@link ApiException} carrying
 * it, no answer an I/O exception.
 */
final class ConfluentRegistryClient implements ConfluentSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient http;
  private final Duration timeout;

  /**
   * @param baseUrl the API's base URL, such as {@code http://registry:8081} or Apicurio's {@code
   *     http://registry:8080/apis/ccompat/v7}
   * @param ssl trust for an {@code https://} registry; empty: the JVM's
   */
  ConfluentRegistryClient(String baseUrl, Optional<SSLContext> ssl, Duration timeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout);
    ssl.ifPresent(builder::sslContext);
    this.http = builder.build();
    this.timeout = timeout;
  }

  @Override
  public String schemaById(int id) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/schemas/ids/" + Integer.toUnsignedString(id)))
            .header("Accept", "application/vnd.schemaregistry.v1+json, application/json")
            .timeout(timeout)
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (response.statusCode() != 200) {
      throw new StatusException(response.statusCode());
    }
    try {
      JsonNode answer = JSON.readTree(response.body());
      JsonNode type = answer.get("schemaType");
      if (type != null && !type.isNull() && !"AVRO".equalsIgnoreCase(type.asText())) {
        throw new IllegalArgumentException("the schema of the id is not an Avro schema");
      }
      JsonNode schema = answer.get("schema");
      if (schema == null || !schema.isTextual()) {
        throw new IllegalArgumentException("the registry's answer has no schema");
      }
      return schema.asText();
    } catch (IOException e) {
      throw new IllegalArgumentException("the registry's answer is not JSON", e);
    }
  }

  /** An error answer of the registry, with its HTTP status. */
  static final class StatusException extends ApiException {
    StatusException(int status) {
      super("schema registry answered HTTP " + status);
      setResponseStatusCode(status);
    }
  }
}
