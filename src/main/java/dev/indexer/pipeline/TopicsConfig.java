package dev.indexer.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Names of the topics the service reads and writes. */
@ConfigMapping(prefix = "indexer.topics")
public interface TopicsConfig {

  /** Document change events (input). */
  @WithDefault("documents")
  String documents();

  /** One status record per processed event (output). */
  @WithDefault("documents.status")
  String status();

  /** Rejected events with reason headers (output). */
  @WithName("dead-letter")
  @WithDefault("documents.dlq")
  String deadLetter();
}
