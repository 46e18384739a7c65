package dev.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.auth.AuthConfig;
import dev.indexer.auth.Callers;
import dev.indexer.pipeline.Generations;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.GenerationSettings;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.QdrantConfigs;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qdrant.client.QdrantClient;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin API of generations: its answers for what does not exist, is live, or is down. */
class GenerationResourceTest {

  record Auth(
      boolean enabled,
      String tenantClaim,
      String adminRole,
      String anonymousTenant,
      Optional<Path> apiKeysFile)
      implements AuthConfig {}

  private static int status(Throwable e) {
    return ((WebApplicationException) e).getResponse().getStatus();
  }

  @Test
  void missingIsNotFoundLiveIsConflictAndQdrantDownIsUnavailable() {
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      CollectionManager collections =
          new CollectionManager(
              client, QdrantConfigs.withAlias("admin"), 1, new HashEmbedder(8, 64));
      collections.ensureGeneration(
          new GenerationSettings("hash-8", 8, "Cosine", "tokens=10", "pii-1", "app"));
      Generations generations =
          new Generations(
              collections,
              Optional::empty,
              "documents",
              new SimpleMeterRegistry(),
              Duration.ZERO,
              "app");
      GenerationResource resource =
          new GenerationResource(
              generations,
              new Callers(new Auth(false, "tenant", "admin", "demo", Optional.empty())),
              null);

      assertThat(resource.list()).extracting(Generations.Generation::number).containsExactly(1);
      assertThatThrownBy(() -> resource.promote(5, false)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> resource.delete(1))
          .satisfies(e -> assertThat(status(e)).isEqualTo(409));

      qdrant.simulateOutage(true);
      assertThatThrownBy(resource::list).satisfies(e -> assertThat(status(e)).isEqualTo(503));
      assertThatThrownBy(() -> resource.promote(1, true))
          .satisfies(e -> assertThat(status(e)).isEqualTo(503));
      assertThatThrownBy(() -> resource.delete(2))
          .satisfies(e -> assertThat(status(e)).isEqualTo(503));
      qdrant.simulateOutage(false);
      generations.close();
    }
  }
}
