package dev.indexer.qdrant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

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
  int maxInboundMessageBytes();

  /** API key, sent as the {@code api-key} header; unset for an open server. */
  Optional<String> apiKey();

  /** How long start-up waits for an unreachable Qdrant (retrying with backoff) before it fails. */
  @WithDefault("2m")
  Duration startupTimeout();

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

  /** HNSW {@code m} (edges per node) of a newly created collection; unset: Qdrant's default 16. */
  OptionalInt hnswM();

  /** HNSW {@code ef_construct} of a newly created collection; unset: Qdrant's default 100. */
  OptionalInt hnswEfConstruct();

  /**
   * Scalar (int8) quantization of a newly created collection: four times less vector memory for a
   * small loss of precision, with the quantized vectors kept in RAM.
   */
  @WithDefault("false")
  boolean scalarQuantization();

  /**
   * Most points in one write request: under exactly-once processing, the writes of the events of
   * one Kafka transaction are sent together just before it commits, in requests of up to this many
   * points; 0 writes every event on its own, before the next event is processed.
   */
  @WithDefault("512")
  int writeBatchPoints();
}
