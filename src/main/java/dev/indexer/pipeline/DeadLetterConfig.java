package dev.indexer.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What goes into the dead-letter topic. */
@ConfigMapping(prefix = "indexer.dead-letter")
public interface DeadLetterConfig {

  /**
   * Keep the rejected event's original key and value bytes in the dead letter. They are as
   * sensitive as the source topic (they may hold PII in clear), so this is off by default: the
   * dead letter then carries only the reason headers and the source coordinates.
   */
  @WithDefault("false")
  boolean keepOriginal();
}
