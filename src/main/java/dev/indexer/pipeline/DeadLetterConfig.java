package dev.indexer.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.PositiveOrZero;

/** What goes into the dead-letter topic. */
@ConfigMapping(prefix = "indexer.dead-letter")
public interface DeadLetterConfig {

  /**
   * Keep the rejected event's original key and value bytes in the dead letter. They are as
   * sensitive as the source topic (they may hold PII in clear), so this is off by default: the dead
   * letter then carries only the reason headers and the source coordinates.
   */
  @WithDefault("false")
  boolean keepOriginal();

  /**
   * With {@link #keepOriginal()}, the original key and value are left out of a dead letter when
   * they add up to more than this many bytes (the dead letter then says so in its {@code
   * x-original} header), so that it fits the dead-letter topic's message size: the broker's {@code
   * message.max.bytes}, 1 MB by default.
   */
  @WithDefault("900000")
  @PositiveOrZero
  int maxOriginalBytes();
}
