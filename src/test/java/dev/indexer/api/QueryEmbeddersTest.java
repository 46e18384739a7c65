package dev.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.GenerationSettings;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A search embeds its query with the model of the generation the alias points at. */
class QueryEmbeddersTest {

  static QdrantLocal qdrant;
  static QdrantClient client;

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
    client = qdrant.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    qdrant.close();
  }

  private static CollectionManager generation(int n) {
    return new CollectionManager(
        client, CrossTenantSearchTest.config("models"), n, new HashEmbedder(8, 128));
  }

  private static GenerationSettings built(String model, String appId) {
    return new GenerationSettings(model, 8, "Cosine", "tokens=100", "pii-1", appId);
  }

  @Test
  void theQueryModelFollowsTheAlias() {
    HashEmbedder own = new HashEmbedder(8, 128);
    QueryEmbedders queries = new QueryEmbedders(own, "pii-1", generation(1));
    assertThatThrownBy(queries::live)
        .isInstanceOf(WebApplicationException.class)
        .hasMessageContaining("no generation of the index is live");

    generation(1).ensureGeneration(built(own.modelId(), "app"));
    assertThat(queries.live().collection()).isEqualTo("models_v1");
    assertThat(queries.live().embedder()).isSameAs(own);

    generation(2).ensureGeneration(built("bge-small-en-v1.5-q", "app-v2"));
    assertThat(queries.live().collection()).as("not promoted yet").isEqualTo("models_v1");
    generation(2).promote(2);
    QueryEmbedders.Target second = queries.live();
    assertThat(second.collection()).isEqualTo("models_v2");
    assertThat(second.embedder().modelId()).isEqualTo("bge-small-en-v1.5-q");
    assertThat(second.embedder().dimension()).isEqualTo(384);

    generation(3).ensureGeneration(built("remote:text-embedding-3-small", "app-v3"));
    generation(3).promote(3);
    assertThatThrownBy(queries::live)
        .isInstanceOf(WebApplicationException.class)
        .hasMessageContaining("remote:text-embedding-3-small")
        .satisfies(
            e ->
                assertThat(((WebApplicationException) e).getResponse().getStatus()).isEqualTo(503));

    generation(4)
        .ensureGeneration(
            new GenerationSettings(own.modelId(), 8, "Cosine", "tokens=100", "pii-2", "app-v4"));
    generation(4).promote(4);
    assertThatThrownBy(queries::live)
        .as("queries redacted by another policy than the chunks'")
        .isInstanceOf(WebApplicationException.class)
        .hasMessageContaining("PII policy pii-2");

    generation(1).promote(1);
    assertThat(queries.live().embedder()).as("rolled back").isSameAs(own);
    queries.close();
  }

  @Test
  void aCollectionThatRecordsNothingIsSearchedWithTheModelItsPointsCarry() throws Exception {
    client
        .createCollectionAsync(
            "legacy_v1",
            io.qdrant.client.grpc.Collections.VectorParams.newBuilder()
                .setSize(384)
                .setDistance(io.qdrant.client.grpc.Collections.Distance.Cosine)
                .build())
        .get();
    client.createAliasAsync("legacy", "legacy_v1").get();
    float[] vector = new float[384];
    vector[0] = 1;
    client
        .upsertAsync(
            "legacy_v1",
            java.util.List.of(
                io.qdrant.client.grpc.Points.PointStruct.newBuilder()
                    .setId(io.qdrant.client.PointIdFactory.id(1))
                    .setVectors(io.qdrant.client.VectorsFactory.vectors(vector))
                    .putAllPayload(
                        java.util.Map.of(
                            "model_id", io.qdrant.client.ValueFactory.value("bge-small-en-v1.5-q")))
                    .build()))
        .get();
    HashEmbedder own = new HashEmbedder(8, 128);
    CollectionManager legacy =
        new CollectionManager(client, CrossTenantSearchTest.config("legacy"), 1, own);
    QueryEmbedders queries = new QueryEmbedders(own, "pii-1", legacy);

    assertThat(queries.live().embedder().modelId()).isEqualTo("bge-small-en-v1.5-q");
    queries.close();
  }
}
