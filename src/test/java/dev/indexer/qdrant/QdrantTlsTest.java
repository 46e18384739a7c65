package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.tls.TestCertificates;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service's Qdrant client over TLS: the server's certificate checked against the configured CA
 * bundle, a client certificate for mutual TLS, the configuration refused with the property named
 * when it cannot work, and answers above gRPC's 4 MiB default read.
 */
class QdrantTlsTest {

  private static final TestCertificates CA = TestCertificates.authority("qdrant-test-ca");
  private static final TestCertificates.Issued SERVER = CA.server("qdrant");
  private static final TestCertificates.Issued CLIENT = CA.client("indexer");

  private static QdrantConfig config(int port, Map<String, String> properties) {
    Map<String, String> all = new HashMap<>(properties);
    all.put("indexer.qdrant.host", "127.0.0.1");
    all.put("indexer.qdrant.port", Integer.toString(port));
    all.put("indexer.qdrant.timeout", "10s");
    return new SmallRyeConfigBuilder()
        .withMapping(QdrantConfig.class)
        .withConverter(
            java.time.Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
        .withSources(new PropertiesConfigSource(all, "test", 500))
        .build()
        .getConfigMapping(QdrantConfig.class);
  }

  private static void answers(QdrantClient client) throws Exception {
    assertThat(client.listCollectionsAsync().get()).isNotNull();
  }

  @Test
  void aServerCertificateOfTheConfiguredAuthorityIsTrusted() throws Exception {
    try (QdrantLocal qdrant =
            QdrantLocal.start(
                0, null, new QdrantLocal.ServerTls(SERVER.certFile(), SERVER.keyFile(), null));
        QdrantClient client =
            QdrantClientProducer.client(
                config(
                    qdrant.port(),
                    Map.of(
                        "indexer.qdrant.tls",
                        "true",
                        "indexer.qdrant.tls-ca-file",
                        CA.ca().certFile().toString())))) {
      answers(client);
    }
  }

  @Test
  void aServerCertificateOfAnotherAuthorityIsRefused() throws Exception {
    TestCertificates other = TestCertificates.authority("other-ca");
    try (QdrantLocal qdrant =
            QdrantLocal.start(
                0, null, new QdrantLocal.ServerTls(SERVER.certFile(), SERVER.keyFile(), null));
        QdrantClient client =
            QdrantClientProducer.client(
                config(
                    qdrant.port(),
                    Map.of(
                        "indexer.qdrant.tls",
                        "true",
                        "indexer.qdrant.tls-ca-file",
                        other.ca().certFile().toString())))) {
      // A transient fault like an unreachable server (UNAVAILABLE): the handshake fails, nothing
      // is sent.
      assertThatThrownBy(() -> QdrantCalls.await(client.listCollectionsAsync(), "list collections"))
          .isInstanceOf(QdrantUnavailableException.class)
          .hasMessageContaining("UNAVAILABLE");
    }
  }

  @Test
  void mutualTlsNeedsTheClientCertificate() throws Exception {
    QdrantLocal.ServerTls tls =
        new QdrantLocal.ServerTls(SERVER.certFile(), SERVER.keyFile(), CA.ca().certFile());
    try (QdrantLocal qdrant = QdrantLocal.start(0, null, tls)) {
      Map<String, String> trust =
          Map.of(
              "indexer.qdrant.tls",
              "true",
              "indexer.qdrant.tls-ca-file",
              CA.ca().certFile().toString());
      try (QdrantClient without = QdrantClientProducer.client(config(qdrant.port(), trust))) {
        assertThatThrownBy(
                () -> QdrantCalls.await(without.listCollectionsAsync(), "list collections"))
            .isInstanceOf(QdrantUnavailableException.class);
      }
      Map<String, String> mutual = new HashMap<>(trust);
      mutual.put("indexer.qdrant.tls-cert-file", CLIENT.certFile().toString());
      mutual.put("indexer.qdrant.tls-key-file", CLIENT.keyFile().toString());
      try (QdrantClient with = QdrantClientProducer.client(config(qdrant.port(), mutual))) {
        answers(with);
      }
    }
  }

  @Test
  void configurationThatCannotWorkIsRefusedNamingTheProperty() throws Exception {
    Path missing = Files.createTempDirectory("tls").resolve("absent.crt");
    assertThatThrownBy(
            () ->
                QdrantClientProducer.client(
                    config(
                        1,
                        Map.of(
                            "indexer.qdrant.tls",
                            "true",
                            "indexer.qdrant.tls-ca-file",
                            missing.toString()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indexer.qdrant.tls-ca-file");
    assertThatThrownBy(
            () ->
                QdrantClientProducer.client(
                    config(
                        1,
                        Map.of(
                            "indexer.qdrant.tls",
                            "true",
                            "indexer.qdrant.tls-cert-file",
                            CLIENT.certFile().toString()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indexer.qdrant.tls-key-file");
    assertThatThrownBy(
            () ->
                QdrantClientProducer.client(
                    config(1, Map.of("indexer.qdrant.tls-ca-file", CA.ca().certFile().toString()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indexer.qdrant.tls");
    // max-inbound-message-bytes below 4 MiB: ConfigConstraintsTest (checked when config loads).
  }

  @Test
  void answersAboveGrpcsFourMebibyteDefaultAreRead() throws Exception {
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient writer = qdrant.newClient()) {
      writer
          .createCollectionAsync(
              "big", VectorParams.newBuilder().setSize(384).setDistance(Distance.Cosine).build())
          .get();
      Random random = new Random(3);
      List<PointStruct> points = new ArrayList<>();
      for (int i = 0; i < 4_000; i++) {
        float[] v = new float[384];
        for (int j = 0; j < v.length; j++) {
          v[j] = random.nextFloat();
        }
        points.add(
            PointStruct.newBuilder()
                .setId(PointIdFactory.id(UUID.randomUUID()))
                .setVectors(VectorsFactory.vectors(v))
                .putPayload("n", ValueFactory.value(i))
                .build());
      }
      writer.upsertAsync("big", points).get();
      ScrollPoints all =
          ScrollPoints.newBuilder()
              .setCollectionName("big")
              .setLimit(4_000)
              .setWithVectors(WithVectorsSelectorFactory.enable(true))
              .build();

      try (QdrantClient small =
          QdrantClientProducer.client(
              config(
                  qdrant.port(),
                  Map.of("indexer.qdrant.max-inbound-message-bytes", Integer.toString(4 << 20))))) {
        assertThatThrownBy(() -> small.scrollAsync(all).get())
            .hasMessageContaining("RESOURCE_EXHAUSTED");
      }
      try (QdrantClient service = QdrantClientProducer.client(config(qdrant.port(), Map.of()))) {
        assertThat(service.scrollAsync(all).get().getResultCount())
            .as("about 6 MB of vectors in one answer")
            .isEqualTo(4_000);
      }
    }
  }
}
