package dev.indexer.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while an event is held up by a transient fault, so that operators see the outage;
 * processing retries on its own and the check comes back up without a restart.
 */
@Readiness
@ApplicationScoped
public class IndexingReadinessCheck implements HealthCheck {

  private final IndexerHealth health;

  public IndexingReadinessCheck(IndexerHealth health) {
    this.health = health;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("indexing");
    String fault = health.fault();
    if (fault == null) {
      return response.up().build();
    }
    return response
        .down()
        .withData("retrying", fault)
        .withData("since", String.valueOf(health.faultSince()))
        .build();
  }
}
