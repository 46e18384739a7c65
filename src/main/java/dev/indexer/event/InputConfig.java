package dev.indexer.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the input topic ({@code indexer.topics.documents}) carries. */
@ConfigMapping(prefix = "indexer.input")
public interface InputConfig {

  /**
   * {@code events}: the service's own change events (Avro or JSON, see the event contract); {@code
   * debezium}: Debezium change events of a documents table, mapped to documents by {@code
   * indexer.debezium.*}. Records of the other format are dead-lettered ({@code UNDECODABLE}).
   */
  @WithDefault("events")
  InputFormat format();
}
