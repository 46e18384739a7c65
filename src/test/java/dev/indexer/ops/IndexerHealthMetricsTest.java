package dev.indexer.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The gauges an alert on stuck retries and paused processing reads. */
class IndexerHealthMetricsTest {

  /** A clock that moves only when told. */
  static final class Manual extends Clock {
    Instant now = Instant.now();

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void theOldestRetryAgesAndResetsAndPausesShow() {
    Manual clock = new Manual();
    IndexerHealth health = new IndexerHealth(clock);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    health.register(registry);
    double oldest = registry.get("indexer.retry.oldest.wait").gauge().value();
    assertThat(oldest).isZero();

    health.retrying("thread-1", "Qdrant unavailable");
    clock.now = clock.now.plus(Duration.ofSeconds(30));
    health.retrying("thread-2", "Qdrant unavailable");
    health.retrying("thread-1", "Qdrant unavailable"); // still the same event: its age goes on
    assertThat(registry.get("indexer.retry.oldest.wait").gauge().value()).isBetween(29.0, 31.0);

    health.recovered("thread-1");
    clock.now = clock.now.plus(Duration.ofSeconds(5));
    assertThat(registry.get("indexer.retry.oldest.wait").gauge().value()).isBetween(4.0, 6.0);
    health.recovered("thread-2");
    assertThat(registry.get("indexer.retry.oldest.wait").gauge().value()).isZero();

    assertThat(registry.get("indexer.processing.paused").gauge().value()).isZero();
    health.paused("Qdrant unavailable");
    assertThat(registry.get("indexer.processing.paused").gauge().value()).isOne();
    health.resumed();
    assertThat(registry.get("indexer.processing.paused").gauge().value()).isZero();
  }
}
