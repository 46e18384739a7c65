package dev.indexer.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.PositiveOrZero;

/** How the pipeline groups its work. */
@ConfigMapping(prefix = "indexer.pipeline")
public interface PipelineConfig {

  /**
   * Most points in one write request: under exactly-once processing, the writes of the events of
   * one Kafka transaction are sent together just before it commits, in requests of up to this many
   * points; 0 writes every event on its own, before the next event is processed. Read from {@code
   * indexer.qdrant.write-batch-points}, its former name, when unset.
   */
  @WithDefault("512")
  @PositiveOrZero
  int writeBatchPoints();
}
