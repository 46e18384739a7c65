package dev.indexer.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class IndexingReadinessCheckTest {

  @Test
  void goesDownWhileRetryingAndUpWhenRecovered() {
    IndexerHealth health = new IndexerHealth();
    IndexingReadinessCheck check = new IndexingReadinessCheck(health);
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

    health.retrying("upsert: Qdrant unavailable (UNAVAILABLE)");
    HealthCheckResponse down = check.call();
    assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(down.getData().orElseThrow()).containsEntry("retrying", "upsert: Qdrant unavailable (UNAVAILABLE)");

    health.recovered();
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }
}
