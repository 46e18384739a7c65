package dev.indexer.ops;

import dev.indexer.qdrant.QdrantConfig;
import io.qdrant.client.QdrantClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Qdrant answers: without it no event can be indexed. */
@Readiness
@ApplicationScoped
public class QdrantReadinessCheck implements HealthCheck {

  private final QdrantClient client;
  private final QdrantConfig config;

  public QdrantReadinessCheck(QdrantClient client, QdrantConfig config) {
    this.client = client;
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("qdrant").withData("endpoint", config.host() + ":" + config.port());
    try {
      var reply = client.healthCheckAsync().get(5, TimeUnit.SECONDS);
      return response.up().withData("version", reply.getVersion()).build();
    } catch (Exception e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
