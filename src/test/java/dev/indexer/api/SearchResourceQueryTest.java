package dev.indexer.api;

import static io.qdrant.client.PointIdFactory.id;
import static io.qdrant.client.ValueFactory.value;
import static io.qdrant.client.VectorsFactory.vectors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.auth.Caller;
import dev.indexer.embed.Embedder;
import dev.indexer.embed.TokenCounter;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.qdrant.QdrantConfig;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Points.PointStruct;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search embeds the query as a query ({@link Embedder#embedQuery}), not as a document. */
class SearchResourceQueryTest {

  /**
   * Documents all embed to (1, 0); queries to (0, 1), as a model with a query instruction might.
   */
  static final class QueryAwareEmbedder implements Embedder {
    @Override
    public String modelId() {
      return "query-aware";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public int maxTokens() {
      return 128;
    }

    @Override
    public TokenCounter tokenCounter() {
      return HashEmbedder.WORDS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
      return texts.stream().map(t -> new float[] {1, 0}).toList();
    }

    @Override
    public float[] embedQuery(String query) {
      return new float[] {0, 1};
    }
  }

  @Test
  void theQueryVectorComesFromEmbedQuery() throws Exception {
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      String collection = "search_query_" + System.nanoTime();
      client
          .createCollectionAsync(
              collection + "_v1",
              VectorParams.newBuilder().setSize(2).setDistance(Distance.Cosine).build())
          .get();
      client.createAliasAsync(collection, collection + "_v1").get();
      client
          .upsertAsync(
              collection,
              List.of(point(1, "like a document", 1, 0), point(2, "like a query", 0, 1)))
          .get();
      QdrantConfig config =
          (QdrantConfig)
              Proxy.newProxyInstance(
                  QdrantConfig.class.getClassLoader(),
                  new Class<?>[] {QdrantConfig.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("collection")) {
                      return collection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                  });
      Embedder embedder = new QueryAwareEmbedder();
      SearchResource search =
          SearchResources.of(embedder, client, new CollectionManager(client, config, embedder));
      assertThat(search.search(Caller.admin("test"), "anything", 1, null))
          .extracting(SearchHit::text)
          .containsExactly("like a query");
    }
  }

  private static PointStruct point(long id, String text, float... vector) {
    return PointStruct.newBuilder()
        .setId(id(id))
        .setVectors(vectors(vector))
        .putPayload(PayloadFields.TEXT, value(text))
        .build();
  }
}
