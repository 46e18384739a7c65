package dev.indexer.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class IndexingReadinessCheckTest {

  private final IndexerHealth health = new IndexerHealth();
  private final AtomicReference<KafkaStreams.State> state =
      new AtomicReference<>(KafkaStreams.State.RUNNING);
  private final IndexingReadinessCheck check = new IndexingReadinessCheck(health, state::get);

  @Test
  void goesDownWhileRetryingAndUpWhenRecovered() {
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

    health.retrying("stream-thread-1", "upsert: Qdrant unavailable (UNAVAILABLE)");
    HealthCheckResponse down = check.call();
    assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(down.getData().orElseThrow())
        .containsEntry("retrying", "upsert: Qdrant unavailable (UNAVAILABLE)");

    health.recovered("stream-thread-1");
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void theReadyGaugeFollowsTheCheck() {
    io.micrometer.core.instrument.simple.SimpleMeterRegistry registry =
        new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    check.register(registry);
    assertThat(registry.get("indexer.ready").gauge().value()).isOne();
    health.paused("Qdrant unavailable");
    assertThat(registry.get("indexer.ready").gauge().value()).isZero();
    health.resumed();
    assertThat(registry.get("indexer.ready").gauge().value()).isOne();
  }

  @Test
  void oneThreadsRecoveryDoesNotHideAnothersFault() {
    health.retrying("stream-thread-1", "write: Qdrant unavailable (UNAVAILABLE)");
    health.retrying("stream-thread-2", "embed: embedding server unavailable (HTTP 503)");
    health.recovered("stream-thread-2");
    HealthCheckResponse response = check.call();
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow())
        .containsEntry("retrying", "write: Qdrant unavailable (UNAVAILABLE)")
        .containsEntry("threads retrying", 1L);

    health.recovered("stream-thread-1");
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void downWheneverKafkaStreamsIsNotRunning() {
    for (KafkaStreams.State s : KafkaStreams.State.values()) {
      state.set(s);
      HealthCheckResponse response = check.call();
      boolean running = s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING;
      assertThat(response.getStatus())
          .as("readiness in state %s", s)
          .isEqualTo(running ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN);
      assertThat(response.getData().orElseThrow()).containsEntry("kafka streams", s.name());
    }
  }

  @Test
  void downWhileProcessingIsPausedForABackend() {
    health.paused("write: Qdrant unavailable (UNAVAILABLE)");
    HealthCheckResponse response = check.call();
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow())
        .containsEntry("paused", "write: Qdrant unavailable (UNAVAILABLE)");
    health.resumed();
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }
}
