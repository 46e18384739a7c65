package dev.indexer.transport;

import static dev.indexer.transport.PlaintextCredentialsCheck.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A credential never crosses the network in clear unless that is allowed explicitly. */
class PlaintextCredentialsCheckTest {

  static final Optional<URI> NONE = Optional.empty();

  @Test
  void aQdrantKeyWithoutTlsToAnotherHostStopsTheStart() {
    assertThat(problems(false, true, false, "qdrant.qdrant", false, NONE))
        .singleElement()
        .asString()
        .contains(
            "indexer.qdrant.api-key",
            "indexer.qdrant.tls=true",
            "indexer.transport.allow-plaintext-credentials")
        .doesNotContain("qdrant.qdrant");
    assertThat(problems(false, true, true, "qdrant.qdrant", false, NONE)).isEmpty();
    assertThat(problems(false, false, false, "qdrant.qdrant", false, NONE))
        .as("no key, nothing to leak")
        .isEmpty();
    assertThat(problems(false, true, false, "127.0.0.1", false, NONE)).as("this host").isEmpty();
    assertThat(problems(true, true, false, "qdrant.qdrant", false, NONE))
        .as("allowed explicitly")
        .isEmpty();
  }

  @Test
  void anEmbeddingTokenOverPlainHttpToAnotherHostStopsTheStart() {
    Optional<URI> http = Optional.of(URI.create("http://tei.embedding:8080"));
    assertThat(problems(false, false, false, "qdrant", true, http))
        .singleElement()
        .asString()
        .contains("indexer.embedding.remote.api-key", "https://")
        .doesNotContain("tei.embedding");
    assertThat(
            problems(
                false,
                false,
                false,
                "qdrant",
                true,
                Optional.of(URI.create("https://tei.embedding"))))
        .isEmpty();
    assertThat(problems(false, false, false, "qdrant", false, http)).isEmpty();
    assertThat(
            problems(
                false,
                false,
                false,
                "qdrant",
                true,
                Optional.of(URI.create("http://localhost:8080"))))
        .isEmpty();
  }
}
