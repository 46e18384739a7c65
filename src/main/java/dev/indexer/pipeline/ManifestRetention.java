package dev.indexer.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/**
 * How long the manifests of deleted documents are kept, and how the store is swept for them (see
 * {@link ManifestSweep}).
 *
 * @param grace a deleted document's manifest is dropped once its delete is older than this; {@link
 *     Duration#ZERO} keeps them forever
 * @param interval time between two sweeps of a slice (wall-clock time of the stream thread)
 * @param slice most manifests one sweep reads: a large store is swept in slices, so that indexing
 *     is never paused for long
 * @param dropped counts the manifests dropped
 */
public record ManifestRetention(Duration grace, Duration interval, int slice, Counter dropped) {

  /** Sweeps of the service: a slice of 1,000 manifests every 10 seconds on every task. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

  public static final int DEFAULT_SLICE = 1_000;

  public ManifestRetention {
    if (grace.isNegative() || interval.isZero() || interval.isNegative() || slice < 1) {
      throw new IllegalArgumentException("grace >= 0, interval > 0 and slice >= 1 required");
    }
  }

  /** Every manifest kept forever. */
  public static ManifestRetention disabled() {
    return new ManifestRetention(Duration.ZERO, DEFAULT_INTERVAL, DEFAULT_SLICE, unregistered());
  }

  /** Retention of {@code grace}, swept by the service's defaults, counted in {@code registry}. */
  public static ManifestRetention of(Duration grace, MeterRegistry registry) {
    return new ManifestRetention(grace, DEFAULT_INTERVAL, DEFAULT_SLICE, counter(registry));
  }

  /** Whether manifests of deleted documents are dropped at all. */
  public boolean enabled() {
    return !grace.isZero();
  }

  /** Counter {@code indexer.manifests.dropped}; no labels. */
  public static Counter counter(MeterRegistry registry) {
    return Counter.builder("indexer.manifests.dropped")
        .description("Manifests of deleted documents dropped after their grace period")
        .register(registry);
  }

  /** A counter in a registry nobody reads, for tests and tools. */
  public static Counter unregistered() {
    return counter(new SimpleMeterRegistry());
  }
}
