package dev.indexer.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Health output names no backend host, port or URL, up or down. */
class QdrantReadinessCheckTest {

  @Test
  void upReportsTheVersionOnly() {
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      HealthCheckResponse response = new QdrantReadinessCheck(client).call();
      assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
      assertThat(response.getData().orElseThrow()).containsOnlyKeys("version");
      assertThat(response.getData().toString())
          .doesNotContain(qdrant.host(), Integer.toString(qdrant.port()));
    }
  }

  @Test
  void downReportsTheFailuresTypeOnly() {
    int port;
    try (QdrantLocal qdrant = QdrantLocal.start()) {
      port = qdrant.port();
    }
    String host = "qdrant-secret-host.invalid";
    try (QdrantClient client =
        new QdrantClient(QdrantGrpcClient.newBuilder(host, port, false).build())) {
      HealthCheckResponse response = new QdrantReadinessCheck(client).call();
      assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
      assertThat(response.getData().orElseThrow()).containsOnlyKeys("error");
      assertThat(response.getData().toString()).doesNotContain(host, Integer.toString(port));
    }
  }
}
