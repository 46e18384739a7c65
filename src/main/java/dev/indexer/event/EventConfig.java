package dev.indexer.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on incoming events. */
@ConfigMapping(prefix = "indexer.events")
public interface EventConfig {

  /** Largest event value accepted, in bytes; larger events are dead-lettered. */
  @WithDefault("10485760")
  int maxBytes();
}
