package dev.indexer.monitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Embedding drift of this generation: a reference of its vectors taken when it is built, and the
 * vectors indexed since, compared with it.
 */
@ConfigMapping(prefix = "indexer.monitor.drift")
public interface DriftConfig {

  /** Whether indexed vectors are watched at all. */
  @WithDefault("true")
  boolean enabled();

  /**
   * Vectors the generation's reference summarises: the first this many that the generation indexes
   * (its build from the start of the topic), recorded in the collection's metadata.
   */
  @WithDefault("1000")
  @Min(10)
  @Max(100_000)
  int referenceSize();

  /**
   * The sliding window: the last this many indexed vectors are compared with the reference (memory:
   * window times dimension floats).
   */
  @WithDefault("1000")
  @Min(10)
  @Max(100_000)
  int window();

  /** Vectors the window must hold before the drift gauges show a value (NaN before). */
  @WithDefault("100")
  @Min(2)
  int minVectors();
}
