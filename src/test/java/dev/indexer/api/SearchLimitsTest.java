package dev.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.auth.Caller;
import dev.indexer.embed.Embedder;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Abuse limits of search: concurrent query embeddings, query length, filter keys. */
class SearchLimitsTest {

  @Test
  void aSearchOverTheConcurrencyLimitIs429WithRetryAfterAndTheLimitFreesAgain() throws Exception {
    CountDownLatch inside = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    HashEmbedder hash = new HashEmbedder(8, 128);
    Embedder blocking =
        new dev.indexer.testkit.ForwardingEmbedder(hash) {
          @Override
          public List<float[]> embed(List<String> texts) {
            inside.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return hash.embed(texts);
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      CollectionManager collections =
          new CollectionManager(client, CrossTenantSearchTest.config("limits"), hash);
      collections.ensureCollection();
      SearchResource search =
          SearchResources.of(blocking, client, collections, SearchResources.config(List.of(), 2));
      Caller caller = Caller.ofTenant("u", "acme");
      Future<?> a = pool.submit(() -> search.search(caller, "first", 1, null));
      Future<?> b = pool.submit(() -> search.search(caller, "second", 1, null));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> search.search(caller, "third", 1, null))
          .isInstanceOfSatisfying(
              WebApplicationException.class,
              e -> {
                assertThat(e.getResponse().getStatus()).isEqualTo(429);
                assertThat(e.getResponse().getHeaderString("Retry-After")).isEqualTo("1");
              });

      release.countDown();
      a.get(10, TimeUnit.SECONDS);
      b.get(10, TimeUnit.SECONDS);
      assertThat(search.search(caller, "fourth", 1, null)).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void longQueriesAndUnlistedFilterKeysAreRefusedBeforeAnythingIsEmbedded() throws Exception {
    HashEmbedder hash = new HashEmbedder(8, 128);
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      CollectionManager collections =
          new CollectionManager(client, CrossTenantSearchTest.config("limits2"), hash);
      collections.ensureCollection();
      SearchResource search =
          SearchResources.of(hash, client, collections, SearchResources.config(List.of("lang")));
      Caller caller = Caller.ofTenant("u", "acme");
      assertThatThrownBy(() -> search.search(caller, "x".repeat(1001), 1, null))
          .isInstanceOf(BadRequestException.class);
      assertThatThrownBy(() -> search.search(caller, "x", 1, List.of("tenant=other")))
          .isInstanceOf(BadRequestException.class);
      assertThatThrownBy(() -> search.search(caller, "x", 1, List.of("lang.nested=en")))
          .isInstanceOf(BadRequestException.class);
      assertThat(hash.embeddedCount()).isZero();
      assertThat(search.search(caller, "x".repeat(1000), 1, List.of("lang=en"))).isEmpty();
    }
  }
}
