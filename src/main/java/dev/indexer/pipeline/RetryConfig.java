package dev.indexer.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** How an event held up by a transient fault (a backend down) is retried. */
@ConfigMapping(prefix = "indexer.retry")
public interface RetryConfig {

  /** First wait after a transient fault; each next wait doubles, jittered by half. */
  @WithDefault("200ms")
  @DurationMin(nanos = 1)
  Duration initialBackoff();

  /** Longest wait between two attempts. */
  @WithDefault("5s")
  @DurationMin(nanos = 1)
  Duration maxBackoff();

  /**
   * How long one event may wait out a transient fault before its stream thread gives up on it: its
   * Kafka transaction aborts (nothing is committed, nothing dead-lettered), processing of the whole
   * instance pauses until every backend answers again, and the event is processed again then. Keep
   * it well below the producer's {@code transaction.timeout.ms} (the open transaction must not time
   * out first) and the consumer's {@code max.poll.interval.ms}.
   */
  @WithDefault("30s")
  @DurationMin(nanos = 1)
  Duration budget();
}
