package dev.indexer.qdrant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Which generation of the index this service builds and keeps in sync. Generation {@code N} is the
 * physical collection {@code <indexer.qdrant.collection>_v<N>}; searches go through the alias
 * {@code indexer.qdrant.collection}, which points at one generation (the live one).
 */
@ConfigMapping(prefix = "indexer.generation")
public interface GenerationConfig {

  /**
   * The generation written by this service. A new generation (another model, chunking or PII
   * policy) is built by a second deployment with the next number and its own Kafka Streams
   * application id, beside the live one, and promoted when it has caught up. The first generation
   * started gets the alias.
   */
  @WithDefault("1")
  @Min(1)
  int number();

  /**
   * How often the progress of this generation is logged and its metrics updated while it is built
   * beside the live one; 0 turns the reports off.
   */
  @WithDefault("10s")
  Duration progressInterval();

  /**
   * How long a generation replaced by a promotion is kept for a rollback: after it, and once that
   * generation's service is stopped, the live generation's service deletes it (checked every ten
   * minutes). 0 keeps replaced generations until deleted by hand.
   */
  @WithDefault("7d")
  Duration retention();
}
