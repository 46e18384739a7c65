package dev.indexer.pipeline;

import dev.indexer.qdrant.CollectionManager;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The network work start-up needs before the first event is processed: the index collection and its
 * alias exist and fit the model. Observed before Quarkus builds and starts Kafka Streams (which
 * observes the same event at the default priority), so the topology producer only wires.
 */
@ApplicationScoped
public class StartupChecks {

  private final CollectionManager collections;

  public StartupChecks(CollectionManager collections) {
    this.collections = collections;
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    collections.ensureCollection();
  }
}
