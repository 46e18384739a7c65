package dev.indexer.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while the schema registry cannot be reached, as decoding an Avro event found it: Avro events
 * wait meanwhile, and the check comes back up once the registry answers. Up when the registry was
 * never needed (JSON events only). Names no URL or host.
 */
@Readiness
@ApplicationScoped
public class RegistryReadinessCheck implements HealthCheck {

  private final RegistryStatus status;

  public RegistryReadinessCheck(RegistryStatus status) {
    this.status = status;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("schema-registry");
    String fault = status.fault();
    if (fault == null) {
      return response.up().build();
    }
    return response
        .down()
        .withData("error", fault)
        .withData("since", String.valueOf(status.since()))
        .build();
  }
}
