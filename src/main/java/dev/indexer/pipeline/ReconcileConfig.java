package dev.indexer.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Reconciliation (anti-entropy) between the manifests and Qdrant: on a schedule and on demand
 * ({@code POST /admin/reconcile}).
 */
@ConfigMapping(prefix = "indexer.reconcile")
public interface ReconcileConfig {

  /** Whether rounds run on the schedule; the admin call works either way. */
  @WithDefault("true")
  boolean enabled();

  /**
   * Time between the end of one scheduled round and the start of the next (the first: after it).
   */
  @WithDefault("6h")
  @DurationMin(minutes = 1)
  Duration interval();

  /** Points one read of the collection returns. */
  @WithDefault("256")
  @Min(1)
  @Max(10_000)
  int pageSize();

  /**
   * The most points a round reads a second: the share of Qdrant a round may take (a collection of a
   * million points is read in about 17 minutes at the default).
   */
  @WithDefault("1000")
  @Positive
  int pointsPerSecond();
}
