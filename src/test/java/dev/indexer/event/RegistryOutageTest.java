package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.fault.TransientException;
import dev.indexer.testkit.registry.AvroSerdes;
import dev.indexer.testkit.registry.InMemoryRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * Transient versus permanent (invariant 6) for Avro events: a registry that cannot be reached makes
 * the event wait (a TransientException, which the pipeline retries and never dead-letters), also
 * with an empty schema cache; an unknown schema id from a reachable registry stays undecodable.
 */
class RegistryOutageTest {

  final InMemoryRegistry registry = new InMemoryRegistry();
  final FlakyRegistry flaky = new FlakyRegistry(registry);
  final RegistryStatus status = new RegistryStatus();
  final EventDecoder decoder =
      new EventDecoder(new GuardedRegistry(flaky, status, Duration.ofMillis(300)));
  final RegistryReadinessCheck readiness = new RegistryReadinessCheck(status);

  byte[] key() {
    return AvroSerdes.<Object>serializer(registry, true)
        .serialize("documents", new dev.indexer.event.avro.DocumentKey("acme", "doc-1"));
  }

  byte[] value(String content) {
    return AvroSerdes.<Object>serializer(registry, false)
        .serialize(
            "documents",
            dev.indexer.event.avro.DocumentChangeEvent.newBuilder()
                .setEventId("e1")
                .setDocumentId("doc-1")
                .setTenant("acme")
                .setOperation(dev.indexer.event.avro.Operation.UPSERT)
                .setVersion(7L)
                .setEventTime(Instant.parse("2026-01-01T00:00:00Z"))
                .setContent(content)
                .build());
  }

  DocumentChange decode(byte[] key, byte[] value) {
    return decoder.decode("documents", new RecordHeaders(), key, value);
  }

  static void namesNoHostNorData(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof RegistryUnavailableException) {
        assertThat(c.getMessage())
            .doesNotContain("registry.internal")
            .doesNotContain("10.0.0.7")
            .doesNotContain("jane");
      }
    }
  }

  @Test
  void aRegistryDownAtStartMakesTheEventWaitAndItDecodesOnceTheRegistryIsBack() {
    byte[] key = key();
    byte[] value = value("mail jane.doe@example.com");
    assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    for (FlakyRegistry.Mode down :
        new FlakyRegistry.Mode[] {
          FlakyRegistry.Mode.REFUSED, FlakyRegistry.Mode.HTTP_503, FlakyRegistry.Mode.HTTP_401
        }) {
      flaky.mode = down;
      assertThatThrownBy(() -> decode(key, value))
          .as("%s", down)
          .isInstanceOf(RegistryUnavailableException.class)
          .isInstanceOf(TransientException.class)
          .satisfies(RegistryOutageTest::namesNoHostNorData);
      HealthCheckResponse check = readiness.call();
      assertThat(check.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
      assertThat(check.getName()).isEqualTo("schema-registry");
      assertThat(check.getData().orElseThrow().toString())
          .doesNotContain("registry.internal")
          .doesNotContain("10.0.0.7")
          .doesNotContain("http");
    }
    flaky.mode = FlakyRegistry.Mode.UP;
    DocumentChange change = decode(key, value);
    assertThat(change.ref()).isEqualTo(new DocumentRef("acme", "doc-1"));
    assertThat(change.content()).isEqualTo("mail jane.doe@example.com");
    assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void aRegistryThatDoesNotAnswerIsTransientWithinTheCallTimeout() {
    byte[] value = value("x");
    flaky.mode = FlakyRegistry.Mode.HANGS;
    long start = System.nanoTime();
    assertThatThrownBy(() -> decode(null, value))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageContaining("timed out");
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(5).toNanos());
    assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  @Test
  void anUnknownSchemaIdFromAReachableRegistryStaysUndecodable() {
    byte[] value =
        AvroSerdes.<Object>serializer(new InMemoryRegistry(), false)
            .serialize(
                "documents",
                dev.indexer.event.avro.DocumentChangeEvent.newBuilder()
                    .setEventId("e")
                    .setDocumentId("d")
                    .setTenant("t")
                    .setOperation(dev.indexer.event.avro.Operation.UPSERT)
                    .setEventTime(Instant.EPOCH)
                    .setContent("x")
                    .build());
    value[4] = 99; // a content id this registry never gave out
    byte[] unknown = value;
    assertThatThrownBy(() -> decode(null, unknown))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .isNotInstanceOf(TransientException.class);
    assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void aDecoderGivenAnyRegistryClassifiesItsFaultsToo() {
    EventDecoder plain = new EventDecoder(flaky);
    byte[] value = value("x");
    flaky.mode = FlakyRegistry.Mode.REFUSED;
    assertThatThrownBy(() -> plain.decode("documents", new RecordHeaders(), null, value))
        .isInstanceOf(RegistryUnavailableException.class);
    flaky.mode = FlakyRegistry.Mode.UP;
    assertThat(plain.decode("documents", new RecordHeaders(), null, value).content())
        .isEqualTo("x");
  }

  /** The real HTTP client, as the service builds it, and how it reports each fault. */
  @Test
  void theHttpRegistryClientsFaultsAreClassifiedTheSameWay() throws Exception {
    byte[] value = value("x");
    RegistryStatus httpStatus = new RegistryStatus();
    try (GuardedRegistry refused =
        RegistryClientProducer.http("http://127.0.0.1:1/apis/registry/v3", httpStatus)) {
      assertThatThrownBy(
              () -> new EventDecoder(refused).decode("documents", new RecordHeaders(), null, value))
          .isInstanceOf(RegistryUnavailableException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("127.0.0.1"));
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    int[] answer = {503};
    server.createContext(
        "/",
        ex -> {
          byte[] body =
              ("{\"status\":" + answer[0] + ",\"title\":\"t\",\"detail\":\"d\",\"name\":\"X\"}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "application/json");
          ex.sendResponseHeaders(answer[0], body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/apis/registry/v3";
    try (GuardedRegistry http = RegistryClientProducer.http(url, httpStatus)) {
      for (int transientStatus : new int[] {503, 500, 429}) {
        answer[0] = transientStatus;
        assertThatThrownBy(
                () -> new EventDecoder(http).decode("documents", new RecordHeaders(), null, value))
            .as("HTTP %d", transientStatus)
            .isInstanceOf(RegistryUnavailableException.class)
            .hasMessageContaining("HTTP " + transientStatus);
      }
      answer[0] = 404;
      assertThatThrownBy(
              () -> new EventDecoder(http).decode("documents", new RecordHeaders(), null, value))
          .isInstanceOfSatisfying(
              InvalidEventException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
      assertThat(new RegistryReadinessCheck(httpStatus).call().getStatus())
          .isEqualTo(HealthCheckResponse.Status.UP);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void withoutARegistryUrlAvroIsUndecodableNamingThePropertyAndJsonStillDecodes() {
    try (GuardedRegistry none =
        RegistryClientProducer.registry(java.util.Optional.empty(), new RegistryStatus())) {
      EventDecoder jsonOnly = new EventDecoder(none);
      assertThatThrownBy(() -> jsonOnly.decode("documents", new RecordHeaders(), null, value("x")))
          .isInstanceOfSatisfying(
              InvalidEventException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
          .hasMessageContaining("indexer.registry.url");
      assertThat(
              jsonOnly
                  .decode(
                      "documents",
                      new RecordHeaders(),
                      null,
                      "{\"tenant\":\"t\",\"documentId\":\"d\"}".getBytes(StandardCharsets.UTF_8))
                  .ref())
          .isEqualTo(new DocumentRef("t", "d"));
    }
    Map<String, Object> unused =
        new RegistryReadinessCheck(new RegistryStatus()).call().getData().orElse(Map.of());
    assertThat(unused.toString()).doesNotContain("http");
  }
}
