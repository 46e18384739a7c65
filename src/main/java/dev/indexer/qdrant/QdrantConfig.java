package dev.indexer.qdrant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.hibernate.validator.constraints.time.DurationMin;

/** Where Qdrant is and how the index collection is laid out. */
@ConfigMapping(prefix = "indexer.qdrant")
public interface QdrantConfig {

  /** Qdrant host (gRPC). */
  @WithDefault("localhost")
  String host();

  /** Qdrant gRPC port. */
  @WithDefault("6334")
  @Min(1)
  @Max(65535)
  int port();

  /** Use TLS for the gRPC connection. */
  @WithDefault("false")
  boolean tls();

  /**
   * PEM file of the certificate authorities that Qdrant's server certificate must chain to, when it
   * is not signed by one the JVM trusts (a private CA). Unset: the JVM's trust store. Needs {@code
   * tls=true}.
   */
  Optional<String> tlsCaFile();

  /**
   * PEM file of the client certificate (chain) for Qdrant servers that ask for one (mutual TLS),
   * with {@code tls-key-file}; both or neither. Needs {@code tls=true}.
   */
  Optional<String> tlsCertFile();

  /** PEM file of the client certificate's private key, PKCS#8 ({@code BEGIN PRIVATE KEY}). */
  Optional<String> tlsKeyFile();

  /**
   * Largest answer from Qdrant the client reads, in bytes (gRPC's default is 4 MiB). The service
   * reads vectors in pages of 128 points, far below it; an answer above it fails the call for good.
   * At least 4 MiB.
   */
  @WithDefault("67108864")
  @Min(4 * 1024 * 1024)
  int maxInboundMessageBytes();

  /** API key, sent as the {@code api-key} header; unset for an open server. */
  Optional<String> apiKey();

  /** How long start-up waits for an unreachable Qdrant (retrying with backoff) before it fails. */
  @WithDefault("2m")
  @DurationMin(nanos = 1)
  Duration startupTimeout();

  /** Timeout of one Qdrant call. */
  @WithDefault("30s")
  @DurationMin(nanos = 1)
  Duration timeout();

  /**
   * Name searches and writes go through: an alias of the physical collection {@code <name>_v<N>}.
   */
  @WithDefault("documents")
  String collection();

  /** Vector distance of a newly created collection: Cosine, Dot, Euclid or Manhattan. */
  @WithDefault("Cosine")
  VectorDistance distance();

  /** HNSW {@code m} (edges per node) of a newly created collection, 0: no graph; unset: 16. */
  @PositiveOrZero
  OptionalInt hnswM();

  /** HNSW {@code ef_construct} of a newly created collection; unset: Qdrant's default 100. */
  @Min(4)
  OptionalInt hnswEfConstruct();

  /**
   * Scalar (int8) quantization of a newly created collection: four times less vector memory for a
   * small loss of precision, with the quantized vectors kept in RAM.
   */
  @WithDefault("false")
  boolean scalarQuantization();
}
