package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.tls.TestCertificates;
import dev.indexer.tls.TlsFiles;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * The remote embedder over HTTPS: the server's certificate checked against the configured CA
 * bundle, a client certificate presented to servers that ask for one.
 */
class RemoteEmbedderTlsTest {

  private static final TestCertificates CA = TestCertificates.authority("embedder-test-ca");
  private static final TestCertificates.Issued SERVER = CA.server("embeddings");
  private static final TestCertificates.Issued CLIENT = CA.client("indexer");
  private static final String P = "indexer.embedding.remote.";

  private static SSLContext serverContext(boolean trustClients) {
    return new TlsFiles(
            trustClients ? Optional.of(CA.ca().certFile()) : Optional.empty(),
            Optional.of(SERVER.certFile()),
            Optional.of(SERVER.keyFile()))
        .sslContext("server.");
  }

  private static RemoteEmbedder embedder(URI url, TlsFiles tls) {
    return new RemoteEmbedder(
        new RemoteEmbedder.Settings(
            url,
            "test-model",
            8,
            64,
            Optional.of("sk-test"),
            4,
            1000,
            1,
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            1,
            Duration.ofMillis(20),
            Duration.ofMillis(200)),
        RemoteEmbedderTest.WORDS,
        tls.sslContext(P));
  }

  @Test
  void theServerIsCheckedAgainstTheConfiguredAuthority() throws Exception {
    try (FakeEmbeddingServer server =
        new FakeEmbeddingServer(8, "sk-test", serverContext(false), false)) {
      TlsFiles trusted =
          TlsFiles.of(
              P, Optional.of(CA.ca().certFile().toString()), Optional.empty(), Optional.empty());
      try (RemoteEmbedder e = embedder(server.url(), trusted)) {
        assertThat(e.embed(List.of("hello world"))).hasSize(1);
      }
      TestCertificates other = TestCertificates.authority("other-ca");
      TlsFiles untrusted =
          TlsFiles.of(
              P, Optional.of(other.ca().certFile().toString()), Optional.empty(), Optional.empty());
      try (RemoteEmbedder e = embedder(server.url(), untrusted)) {
        // Transient, like an unreachable server: retried, readiness down, nothing dead-lettered.
        assertThatThrownBy(() -> e.embed(List.of("hello world")))
            .isInstanceOf(EmbeddingUnavailableException.class);
      }
    }
  }

  @Test
  void aServerThatAsksForAClientCertificateGetsIt() throws Exception {
    try (FakeEmbeddingServer server =
        new FakeEmbeddingServer(8, "sk-test", serverContext(true), true)) {
      Optional<String> ca = Optional.of(CA.ca().certFile().toString());
      try (RemoteEmbedder e =
          embedder(server.url(), TlsFiles.of(P, ca, Optional.empty(), Optional.empty()))) {
        assertThatThrownBy(() -> e.embed(List.of("hello")))
            .isInstanceOf(EmbeddingUnavailableException.class);
      }
      TlsFiles mutual =
          TlsFiles.of(
              P,
              ca,
              Optional.of(CLIENT.certFile().toString()),
              Optional.of(CLIENT.keyFile().toString()));
      try (RemoteEmbedder e = embedder(server.url(), mutual)) {
        assertThat(e.embed(List.of("hello"))).hasSize(1);
      }
    }
  }

  @Test
  void filesThatCannotWorkAreRefusedNamingTheProperty() {
    assertThatThrownBy(
            () ->
                TlsFiles.of(
                    P,
                    Optional.empty(),
                    Optional.of(CLIENT.certFile().toString()),
                    Optional.empty()))
        .hasMessageContaining(P + "tls-key-file");
    assertThatThrownBy(
            () ->
                TlsFiles.of(
                    P, Optional.of("/nonexistent/ca.pem"), Optional.empty(), Optional.empty()))
        .hasMessageContaining(P + "tls-ca-file");
    // A certificate where the key should be: refused when the context is built, the file unquoted.
    assertThatThrownBy(
            () ->
                TlsFiles.of(
                        P,
                        Optional.empty(),
                        Optional.of(CLIENT.certFile().toString()),
                        Optional.of(CLIENT.certFile().toString()))
                    .sslContext(P))
        .hasMessageContaining(P + "tls-ca-file, tls-cert-file or tls-key-file")
        .hasMessageNotContaining("BEGIN");
  }
}
