package dev.indexer.qdrant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where Qdrant is and how the index collection is laid out. */
@ConfigMapping(prefix = "indexer.qdrant")
public interface QdrantConfig {

  /** Qdrant host (gRPC). */
  @WithDefault("localhost")
  String host();

  /** Qdrant gRPC port. */
  @WithDefault("6334")
  int port();

  /** Use TLS for the gRPC connection. */
  @WithDefault("false")
  boolean tls();

  /** API key, sent as the {@code api-key} header; unset for an open server. */
  Optional<String> apiKey();

  /** Timeout of one Qdrant call. */
  @WithDefault("30s")
  Duration timeout();

  /**
   * Name searches and writes go through: an alias of the physical collection {@code <name>_v<N>}.
   */
  @WithDefault("documents")
  String collection();

  /** Vector distance of a newly created collection: Cosine, Dot, Euclid or Manhattan. */
  @WithDefault("Cosine")
  String distance();
}
