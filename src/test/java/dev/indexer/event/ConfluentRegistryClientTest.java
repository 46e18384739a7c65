package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.indexer.event.avro.DocumentKey;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hand-written HTTP call {@code GET /schemas/ids/{id}}, against a small HTTP server. */
class ConfluentRegistryClientTest {

  private HttpServer server;
  private final List<String> paths = new ArrayList<>();
  private volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          paths.add(exchange.getRequestURI().getRawPath());
          String schema = DocumentKey.getClassSchema().toString().replace("\"", "\\\"");
          String references =
              exchange.getRequestURI().getRawPath().endsWith("/7")
                  ? ",\"references\":[{\"name\":\"acme.Origin\",\"subject\":\"a/b c\","
                      + "\"version\":3}]"
                  : "";
          byte[] body =
              (status == 200
                      ? "{\"schema\":\"" + schema + "\"" + references + "}"
                      : "{\"error_code\":40403,\"message\":\"Schema not found\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ConfluentRegistryClient client() {
    return new ConfluentRegistryClient(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7/",
        Optional.empty(),
        Duration.ofSeconds(2));
  }

  @Test
  void readsTheSchemaOfAnId() {
    assertThat(client().schemaById(42))
        .isEqualTo(ConfluentSchemas.RegisteredSchema.of(DocumentKey.getClassSchema().toString()));
    assertThat(paths).containsExactly("/apis/ccompat/v7/schemas/ids/42");
  }

  @Test
  void readsTheReferencesOfASchemaAndAVersionOfASubject() {
    assertThat(client().schemaById(7).references())
        .containsExactly(new ConfluentSchemas.Reference("acme.Origin", "a/b c", 3));
    assertThat(client().schemaByVersion("a/b c", 3).schema())
        .isEqualTo(DocumentKey.getClassSchema().toString());
    client().schemaByVersion("origin", -1);
    assertThat(paths)
        .containsExactly(
            "/apis/ccompat/v7/schemas/ids/7",
            "/apis/ccompat/v7/subjects/a%2Fb%20c/versions/3",
            "/apis/ccompat/v7/subjects/origin/versions/latest");
  }

  @Test
  void anErrorAnswerCarriesItsStatusForTheGuardToDecide() {
    status = 404;
    assertThatThrownBy(() -> client().schemaById(1))
        .isInstanceOfSatisfying(
            ConfluentRegistryClient.StatusException.class,
            e -> assertThat(e.getResponseStatusCode()).isEqualTo(404));
    assertThat(GuardedRegistry.transientFault(new ConfluentRegistryClient.StatusException(404)))
        .isNull();
    status = 503;
    GuardedRegistry guard = new GuardedRegistry(null, new RegistryStatus(), Duration.ofSeconds(2));
    ConfluentRegistryClient client = client();
    assertThatThrownBy(() -> guard.guarded(() -> client.schemaById(1)))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageContaining("HTTP 503");
    guard.close();
  }

  @Test
  void noAnswerIsTransient() {
    ConfluentRegistryClient client = client();
    server.stop(0);
    GuardedRegistry guard = new GuardedRegistry(null, new RegistryStatus(), Duration.ofSeconds(2));
    assertThatThrownBy(() -> guard.guarded(() -> client.schemaById(1)))
        .isInstanceOf(RegistryUnavailableException.class);
    guard.close();
  }
}
