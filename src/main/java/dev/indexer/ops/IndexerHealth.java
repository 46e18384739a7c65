package dev.indexer.ops;

import dev.indexer.pipeline.FaultListener;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the indexing pipeline: down while an event is held up by a transient fault (Qdrant
 * or the embedding backend unavailable), so that operators see the outage; processing retries on
 * its own and comes back without a restart.
 */
@Readiness
@ApplicationScoped
public class IndexerHealth implements HealthCheck, FaultListener {

  private volatile String fault;
  private volatile Instant since;
  private volatile boolean stopping;

  @Override
  public void retrying(String reason) {
    if (fault == null) {
      since = Instant.now();
    }
    fault = reason;
  }

  @Override
  public void recovered() {
    fault = null;
    since = null;
  }

  /** True once the application shuts down: retry loops stop so that Kafka Streams can close. */
  public boolean stopping() {
    return stopping;
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("indexing");
    String current = fault;
    if (current == null) {
      return response.up().build();
    }
    return response.down().withData("retrying", current).withData("since", String.valueOf(since)).build();
  }
}
