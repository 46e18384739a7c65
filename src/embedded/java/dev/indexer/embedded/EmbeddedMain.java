package dev.indexer.embedded;

import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.ServerSocket;

/**
 * Runs the service on embedded infrastructure: a real Kafka broker and Qdrant local in this JVM,
 * on Kafka's and Qdrant's usual ports when they are free. Built only with {@code -Pembedded}.
 */
@QuarkusMain
public final class EmbeddedMain {

  static final int KAFKA_PORT = 9092;
  static final int QDRANT_PORT = 6334;

  private EmbeddedMain() {}

  public static void main(String... args) {
    EmbeddedKafka kafka = EmbeddedKafka.start(portOrFree(KAFKA_PORT, "Kafka"));
    QdrantLocal qdrant = QdrantLocal.start(portOrFree(QDRANT_PORT, "Qdrant"));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // Runs after the application has stopped (Quarkus.run returned) or with it on
                  // Ctrl-C; closing twice is harmless.
                  qdrant.close();
                  kafka.close();
                },
                "embedded-infrastructure-stop"));
    String topics = System.getProperty("indexer.topics.documents", "documents");
    // Compacted: a new generation of the index can replay every document's newest event.
    kafka.createCompactedTopic(3, topics);
    kafka.createTopics(
        1,
        System.getProperty("indexer.topics.status", "documents.status"),
        System.getProperty("indexer.topics.dead-letter", "documents.dlq"));
    System.setProperty("quarkus.kafka-streams.bootstrap-servers", kafka.bootstrapServers());
    System.setProperty("kafka.bootstrap.servers", kafka.bootstrapServers());
    System.setProperty("indexer.qdrant.host", qdrant.host());
    System.setProperty("indexer.qdrant.port", Integer.toString(qdrant.port()));
    // A local trial: HTTP on loopback only, unless the user asks otherwise.
    if (System.getProperty("quarkus.http.host") == null && System.getenv("QUARKUS_HTTP_HOST") == null) {
      System.setProperty("quarkus.http.host", "127.0.0.1");
    }
    if (System.getProperty("quarkus.management.host") == null && System.getenv("QUARKUS_MANAGEMENT_HOST") == null) {
      System.setProperty("quarkus.management.host", "127.0.0.1");
    }
    // A local trial on loopback: the read API answers for tenant "demo" without credentials
    // (the start-up log says so), unless the user configures authentication.
    if (System.getProperty("indexer.auth.enabled") == null && System.getenv("INDEXER_AUTH_ENABLED") == null) {
      System.setProperty("indexer.auth.enabled", "false");
    }
    // The broker is new on every run, so Kafka Streams state from an earlier run must not be
    // reused: it would point at offsets this broker never had.
    System.setProperty("kafka-streams.state.dir", tempDir("vector-indexer-state"));
    System.out.printf(
        "%nEmbedded Kafka broker: %s   Qdrant local (gRPC): %s:%d%n%n",
        kafka.bootstrapServers(), qdrant.host(), qdrant.port());
    Quarkus.run(args);
  }

  private static String tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary state directory", e);
    }
  }

  static int portOrFree(int port, String what) {
    try (ServerSocket probe = new ServerSocket(port)) {
      return port;
    } catch (IOException taken) {
      System.out.printf("Port %d is taken: the embedded %s listens on a free port instead.%n", port, what);
      return 0;
    }
  }
}
