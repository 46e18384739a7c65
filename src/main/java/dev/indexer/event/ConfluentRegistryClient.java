package dev.indexer.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.kiota.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * {@code GET /schemas/ids/{id}} and {@code GET /subjects/{subject}/versions/{version}} of a
 * Confluent-compatible schema registry over HTTP (the JDK's client; no maintained Java client of
 * this API is on Maven Central). Errors are left to {@link GuardedRegistry} to decide: an answer
 * with an error status is an {@link ApiException} carrying it, no answer an I/O exception.
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
  public RegisteredSchema schemaById(int id) {
    return get("/schemas/ids/" + Integer.toUnsignedString(id));
  }

  @Override
  public RegisteredSchema schemaByVersion(String subject, int version) {
    return get(
        "/subjects/"
            + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20")
            + "/versions/"
            + (version < 0 ? "latest" : Integer.toString(version)));
  }

  private RegisteredSchema get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
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
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalArgumentException("the registry's answer is not JSON", e);
    }
    if (answer == null || !answer.isObject()) {
      throw new IllegalArgumentException("the registry's answer is not a JSON object");
    }
    JsonNode type = answer.get("schemaType");
    if (type != null && !type.isNull() && !"AVRO".equalsIgnoreCase(type.asText())) {
      throw new IllegalArgumentException("the schema is not an Avro schema");
    }
    JsonNode schema = answer.get("schema");
    if (schema == null || !schema.isTextual()) {
      throw new IllegalArgumentException("the registry's answer has no schema");
    }
    return new RegisteredSchema(schema.asText(), references(answer.get("references")));
  }

  /** The answer's {@code references}: each a {@code name}, {@code subject} and {@code version}. */
  private static List<Reference> references(JsonNode references) {
    if (references == null || references.isNull()) {
      return List.of();
    }
    if (!references.isArray()) {
      throw new IllegalArgumentException("the registry's references are not a list");
    }
    List<Reference> all = new ArrayList<>();
    for (JsonNode r : references) {
      JsonNode name = r.get("name");
      JsonNode subject = r.get("subject");
      JsonNode version = r.get("version");
      if (name == null
          || !name.isTextual()
          || subject == null
          || !subject.isTextual()
          || version == null
          || !version.canConvertToInt()) {
        throw new IllegalArgumentException("a reference of the registry's answer is incomplete");
      }
      all.add(new Reference(name.asText(), subject.asText(), version.asInt()));
    }
    return all;
  }

  /** An error answer of the registry, with its HTTP status. */
  static final class StatusException extends ApiException {
    StatusException(int status) {
      super("schema registry answered HTTP " + status);
      setResponseStatusCode(status);
    }
  }
}
