package dev.indexer.api;

import dev.indexer.embed.Embedder;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.qdrant.CollectionManager;
import io.qdrant.client.QdrantClient;
import java.util.List;
import java.util.Optional;

/** A {@link SearchResource} outside Quarkus, for tests that call its search directly. */
final class SearchResources {

  private SearchResources() {}

  /**
   * Search settings as values. A record, not an anonymous class: Quarkus' method validation refuses
   * anonymous implementations of an interface with constraints.
   */
  record Config(Optional<List<String>> filterKeys, int maxQueryLength, int maxConcurrentQueries)
      implements SearchConfig {}

  static SearchConfig config(List<String> filterKeys) {
    return config(filterKeys, 4);
  }

  static SearchConfig config(List<String> filterKeys, int maxConcurrentQueries) {
    return new Config(Optional.of(filterKeys), 1000, maxConcurrentQueries);
  }

  static SearchResource of(Embedder embedder, QdrantClient client, CollectionManager collections) {
    return of(embedder, client, collections, config(List.of()));
  }

  static SearchResource of(
      Embedder embedder, QdrantClient client, CollectionManager collections, SearchConfig config) {
    return new SearchResource(
        embedder,
        PolicyPiiRedactor.of(PiiPolicy.defaults()),
        client,
        collections,
        null,
        null,
        config);
  }

  static SearchResource of(
      Embedder embedder, PiiRedactor redactor, QdrantClient client, CollectionManager collections) {
    return new SearchResource(
        embedder, redactor, client, collections, null, null, config(List.of()));
  }
}
