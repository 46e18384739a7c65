package dev.indexer.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

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

  /**
   * How long the manifest of a deleted document is kept after its delete (when it is dropped, the
   * document's fence point in Qdrant, which records the version of the delete, keeps the version
   * guard: an event of the document then costs one Qdrant read). Make it longer than the most any
   * producer's events can arrive late, so that late events are judged without asking Qdrant. 0
   * keeps them forever.
   */
  @WithDefault("7d")
  @DurationMin(nanos = 0)
  Duration deletedManifestGrace();
}
