package dev.indexer.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while Kafka Streams is not running (starting, shut down or failed), while any stream thread
 * holds an event up on a transient fault, and while processing is paused until a backend is back,
 * so that operators see the outage; processing retries on its own and the check comes back up
 * without a restart. A rebalance counts as running: it is part of normal operation, and readiness
 * going down on every rebalance would take every replica out of its Service at once.
 */
@Readiness
@ApplicationScoped
public class IndexingReadinessCheck implements HealthCheck {

  private final IndexerHealth health;
  private final Supplier<KafkaStreams.State> state;

  @Inject
  public IndexingReadinessCheck(IndexerHealth health, Instance<KafkaStreams> streams) {
    this(
        health,
        () -> streams.isResolvable() ? streams.get().state() : KafkaStreams.State.NOT_RUNNING);
  }

  IndexingReadinessCheck(IndexerHealth health, Supplier<KafkaStreams.State> state) {
    this.health = health;
    this.state = state;
  }

  /**
   * The check as the gauge {@code indexer_ready} (1 up, 0 down), for alerts on readiness down for
   * long: the same state, without its network-bound sibling checks (Qdrant's reachability shows as
   * retries and pauses here).
   */
  void registerMetrics(@Observes io.quarkus.runtime.StartupEvent event, MeterRegistry registry) {
    register(registry);
  }

  /** Registers the {@code indexer.ready} gauge with {@code registry}. */
  void register(MeterRegistry registry) {
    Gauge.builder(
            "indexer.ready",
            this,
            c -> c.call().getStatus() == HealthCheckResponse.Status.UP ? 1 : 0)
        .description(
            "1 while indexing is ready: Kafka Streams running, no event held up, not paused")
        .register(registry);
  }

  @Override
  public HealthCheckResponse call() {
    KafkaStreams.State now = state.get();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("indexing").withData("kafka streams", now.name());
    boolean up = now == KafkaStreams.State.RUNNING || now == KafkaStreams.State.REBALANCING;
    var fault = health.oldestFault();
    if (fault.isPresent()) {
      up = false;
      response
          .withData("retrying", fault.get().reason())
          .withData("since", fault.get().since().toString())
          .withData("threads retrying", health.threadsRetrying());
    }
    String paused = health.pausedFor();
    if (paused != null) {
      up = false;
      response.withData("paused", paused);
    }
    return (up ? response.up() : response.down()).build();
  }
}
