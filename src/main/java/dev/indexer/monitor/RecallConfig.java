package dev.indexer.monitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Recall monitoring of this generation's collection: on a schedule and on demand ({@code POST
 * /admin/monitor/recall}).
 */
@ConfigMapping(prefix = "indexer.monitor.recall")
public interface RecallConfig {

  /** Whether rounds run on the schedule; the admin call works either way. */
  @WithDefault("true")
  boolean enabled();

  /**
   * Time between the end of one scheduled round and the start of the next (the first: after it).
   */
  @WithDefault("1h")
  @DurationMin(minutes = 1)
  Duration interval();

  /** The k of recall@k: how many nearest neighbours each query compares. */
  @WithDefault("10")
  @Min(1)
  @Max(100)
  int k();

  /** The most tenants a round samples; a random choice of them when there are more. */
  @WithDefault("20")
  @Min(1)
  @Max(10_000)
  int maxTenants();

  /**
   * Points sampled a tenant, each one query (two searches); a round sends at most {@code 2 *
   * max-tenants * samples-per-tenant} searches.
   */
  @WithDefault("10")
  @Min(1)
  @Max(1_000)
  int samplesPerTenant();

  /**
   * The most searches a round sends a second: the share of Qdrant's search capacity it may take.
   * The exact searches cost a scan of the tenant's points each.
   */
  @WithDefault("10")
  @Positive
  int searchesPerSecond();

  /**
   * The most points the sampling scan reads a second (ids and tenants, no vectors): a collection of
   * a million points is read in about eight minutes at the default.
   */
  @WithDefault("2000")
  @Positive
  int pointsPerSecond();

  /**
   * A labelled query set, JSON lines of {@code {"tenant": ..., "query": ..., "relevant": [document
   * ids]}}: when set, each round also measures recall@k and MRR of the service's own search over
   * those queries. The file holds queries and ids, never logged.
   */
  Optional<Path> labelledQueries();
}
