package dev.indexer.ops;

import io.qdrant.client.QdrantClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Qdrant answers: without it no event can be indexed. Its data names no host, port
 * or URL of Qdrant (health output is operational output, README "Security"): only Qdrant's version,
 * or the type of the failure.
 */
@Readiness
@ApplicationScoped
public class QdrantReadinessCheck implements HealthCheck {

  private final QdrantClient client;

  public QdrantReadinessCheck(QdrantClient client) {
    this.client = client;
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("qdrant");
    try {
      var reply = client.healthCheckAsync().get(5, TimeUnit.SECONDS);
      return response.up().withData("version", reply.getVersion()).build();
    } catch (Exception e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
