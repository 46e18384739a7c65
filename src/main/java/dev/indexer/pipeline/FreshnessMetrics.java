package dev.indexer.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Event-to-searchable lag as histograms: {@code indexer_freshness_seconds{from="kafka"}} from the
 * event's Kafka timestamp (when the producer wrote it, or the broker appended it) and {@code
 * indexer_freshness_seconds{from="source"}} from the event's own time (when the change happened at
 * the source), to the moment Qdrant applied its writes. Buckets fit a freshness objective of
 * seconds to minutes; a negative lag (clocks apart) counts as zero.
 */
@ApplicationScoped
public class FreshnessMetrics implements Freshness {

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(15),
    Duration.ofHours(1)
  };

  private final Timer fromKafka;
  private final Timer fromSource;
  private final Clock clock;

  @jakarta.inject.Inject
  public FreshnessMetrics(MeterRegistry registry) {
    this(registry, Clock.systemUTC());
  }

  FreshnessMetrics(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    this.fromKafka = timer(registry, "kafka");
    this.fromSource = timer(registry, "source");
  }

  private static Timer timer(MeterRegistry registry, String from) {
    return Timer.builder("indexer.freshness")
        .description("From an event's time to the moment its change was searchable")
        .tag("from", from)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  @Override
  public void searchable(long kafkaTimestamp, Instant eventTime) {
    long now = clock.millis();
    if (kafkaTimestamp >= 0) {
      fromKafka.record(Duration.ofMillis(Math.max(0, now - kafkaTimestamp)));
    }
    if (eventTime != null) {
      fromSource.record(Duration.ofMillis(Math.max(0, now - eventTime.toEpochMilli())));
    }
  }
}
