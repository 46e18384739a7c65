package dev.indexer.transport;

import dev.indexer.embed.EmbeddingConfig;
import dev.indexer.qdrant.QdrantConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses to start when a credential would cross the network in clear: the Qdrant API key without
 * TLS, or the embedding endpoint's bearer token to an {@code http://} URL, unless the backend is on
 * this host or {@code indexer.transport.allow-plaintext-credentials=true}. Messages name
 * properties, never hosts or keys.
 */
@ApplicationScoped
public class PlaintextCredentialsCheck {

  void check(
      @Observes StartupEvent start,
      TransportConfig transport,
      QdrantConfig qdrant,
      EmbeddingConfig embedding) {
    List<String> problems =
        problems(
            transport.allowPlaintextCredentials(),
            qdrant.apiKey().isPresent(),
            qdrant.tls(),
            qdrant.host(),
            embedding.remote().apiKey().isPresent(),
            embedding.remote().url());
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
  }

  static List<String> problems(
      boolean allowed,
      boolean qdrantKey,
      boolean qdrantTls,
      String qdrantHost,
      boolean embeddingKey,
      Optional<URI> embeddingUrl) {
    List<String> problems = new ArrayList<>();
    if (allowed) {
      return problems;
    }
    if (qdrantKey && !qdrantTls && !isLoopback(qdrantHost)) {
      problems.add(
          "indexer.qdrant.api-key would be sent without TLS: set indexer.qdrant.tls=true, or"
              + " indexer.transport.allow-plaintext-credentials=true to accept that");
    }
    if (embeddingKey
        && embeddingUrl.isPresent()
        && "http".equalsIgnoreCase(embeddingUrl.get().getScheme())
        && !isLoopback(embeddingUrl.get().getHost())) {
      problems.add(
          "indexer.embedding.remote.api-key would be sent over plain HTTP: use an https:// indexer.embedding.remote.url,"
              + " or indexer.transport.allow-plaintext-credentials=true to accept that");
    }
    return problems;
  }

  /** A name or address of this host: traffic to it never leaves the machine (or the pod). */
  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
  }
}
