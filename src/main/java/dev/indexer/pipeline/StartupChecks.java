package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.GenerationSettings;
import dev.indexer.qdrant.QdrantConfig;
import dev.indexer.text.Chunker;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network work start-up needs before the first event is processed: this service's generation of
 * the index exists, was built with the settings of this service (model, distance, chunking, PII
 * policy, Kafka Streams application id), and the alias exists. Observed before Quarkus builds and
 * starts Kafka Streams (which observes the same event at the default priority), so the topology
 * producer only wires.
 */
@ApplicationScoped
public class StartupChecks {

  private final CollectionManager collections;
  private final GenerationSettings settings;

  public StartupChecks(
      CollectionManager collections,
      Embedder embedder,
      Chunker chunker,
      PiiRedactor redactor,
      QdrantConfig qdrant,
      @ConfigProperty(name = "quarkus.kafka-streams.application-id") String applicationId) {
    this.collections = collections;
    this.settings =
        new GenerationSettings(
            embedder.modelId(),
            embedder.dimension(),
            qdrant.distance().qdrant().name(),
            chunker.settings(),
            redactor.policyVersion(),
            applicationId);
  }

  /** What this service builds its generation with. */
  public GenerationSettings settings() {
    return settings;
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    collections.ensureGeneration(settings);
  }
}
