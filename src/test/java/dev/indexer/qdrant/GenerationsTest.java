package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generations of the index against Qdrant local: what built a generation is recorded in its
 * collection's metadata, a service with other settings does not write into it, a new generation is
 * built beside the live one and promoted with one alias request.
 */
class GenerationsTest {

  static QdrantLocal qdrant;
  static QdrantClient client;

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
    client =
        new QdrantClient(QdrantGrpcClient.newBuilder("127.0.0.1", qdrant.port(), false).build());
    CollectionManagerTest.qdrant = qdrant;
  }

  @AfterAll
  static void stop() {
    client.close();
    qdrant.close();
  }

  private static CollectionManager generation(String alias, int n) {
    return new CollectionManager(
        client, new CollectionManagerTest.Config(alias), n, new HashEmbedder(8, 128));
  }

  private static GenerationSettings settings(String model, String chunking, String appId) {
    return new GenerationSettings(model, 8, "Cosine", chunking, "pii-1", appId);
  }

  @Test
  void theFirstGenerationRecordsWhatBuiltItAndGetsTheAlias() {
    GenerationSettings a = settings("model-a", "tokens=100", "app");
    CollectionManager first = generation("rec", 1);
    first.ensureGeneration(a);

    assertThat(first.liveCollection()).contains("rec_v1");
    assertThat(first.settingsOf("rec_v1")).contains(a);
    assertThat(first.generations()).containsOnlyKeys(1);
    assertThat(first.generationOf("rec_v1")).hasValue(1);
    assertThat(first.generationOf("rec_v1_fences")).isEmpty();
    assertThat(first.generationOf("record_v1")).isEmpty();
  }

  @Test
  void aServiceWithOtherSettingsDoesNotWriteIntoAGenerationAndIsToldHowToBuildANewOne() {
    generation("diff", 1).ensureGeneration(settings("model-a", "tokens=100", "app"));

    assertThatThrownBy(
            () -> generation("diff", 1).ensureGeneration(settings("model-b", "tokens=100", "app")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("model: built with model-a, configured model-b")
        .hasMessageContaining("indexer.generation.number=2")
        .hasMessageContaining("quarkus.kafka-streams.application-id");
    assertThatThrownBy(
            () -> generation("diff", 1).ensureGeneration(settings("model-a", "tokens=200", "app")))
        .hasMessageContaining("chunking: built with tokens=100, configured tokens=200");
    // The same settings again: nothing to refuse.
    generation("diff", 1).ensureGeneration(settings("model-a", "tokens=100", "app"));
  }

  @Test
  void aNewGenerationIsBuiltBesideTheLiveOneAndPromotedAndRolledBackByTheAlias() throws Exception {
    generation("bg", 1).ensureGeneration(settings("model-a", "tokens=100", "app"));
    CollectionManager second = generation("bg", 2);
    second.ensureGeneration(settings("model-b", "tokens=100", "app-v2"));

    assertThat(second.liveCollection()).as("the alias stays on the live one").contains("bg_v1");
    assertThat(second.generations()).containsOnlyKeys(1, 2);
    assertThat(second.settingsOf("bg_v2").orElseThrow().model()).isEqualTo("model-b");

    second.promote(2);
    assertThat(second.liveCollection()).contains("bg_v2");
    assertThat(client.listAliasesAsync().get())
        .as("the fence alias moves with the alias")
        .anySatisfy(
            al -> {
              assertThat(al.getAliasName()).isEqualTo("bg_fences");
              assertThat(al.getCollectionName()).isEqualTo("bg_v2_fences");
            });
    second.promote(1);
    assertThat(second.liveCollection()).contains("bg_v1");
    assertThatThrownBy(() -> second.promote(7)).hasMessageContaining("does not exist");
  }

  @Test
  void aNewGenerationMayNotShareTheApplicationIdOfAnother() {
    generation("share", 1).ensureGeneration(settings("model-a", "tokens=100", "app"));

    assertThatThrownBy(
            () -> generation("share", 2).ensureGeneration(settings("model-b", "tokens=100", "app")))
        .hasMessageContaining("application id 'app'")
        .hasMessageContaining("generation 1");
    assertThat(generation("share", 2).generations()).containsOnlyKeys(1);
  }

  @Test
  void aCollectionThatRecordsNothingIsCheckedAndThenRecordsTheSettings() throws Exception {
    client
        .createCollectionAsync(
            "legacy_v1", VectorParams.newBuilder().setSize(8).setDistance(Distance.Cosine).build())
        .get();
    client.createAliasAsync("legacy", "legacy_v1").get();
    GenerationSettings a = settings("model-a", "tokens=100", "app");

    generation("legacy", 1).ensureGeneration(a);

    assertThat(generation("legacy", 1).settingsOf("legacy_v1")).contains(a);
  }

  @Test
  void aCollectionThatRecordsNothingButHoldsVectorsOfAnotherModelIsNotAdopted() throws Exception {
    client
        .createCollectionAsync(
            "older_v1", VectorParams.newBuilder().setSize(8).setDistance(Distance.Cosine).build())
        .get();
    client.createAliasAsync("older", "older_v1").get();
    client
        .upsertAsync(
            "older_v1",
            java.util.List.of(
                io.qdrant.client.grpc.Points.PointStruct.newBuilder()
                    .setId(io.qdrant.client.PointIdFactory.id(1))
                    .setVectors(io.qdrant.client.VectorsFactory.vectors(new float[8]))
                    .putPayload(
                        PayloadFields.MODEL_ID, io.qdrant.client.ValueFactory.value("model-x"))
                    .build()))
        .get();

    assertThatThrownBy(
            () -> generation("older", 1).ensureGeneration(settings("model-a", "t=1", "app")))
        .hasMessageContaining("model-x")
        .hasMessageContaining("model-a")
        .hasMessageContaining("indexer.generation.number=2");
    assertThat(generation("older", 1).settingsOf("older_v1")).isEmpty();
  }

  @Test
  void theLiveGenerationCannotBeDeletedAnOldOneCanWithItsFences() throws Exception {
    generation("del", 1).ensureGeneration(settings("model-a", "tokens=100", "app"));
    generation("del", 2).ensureGeneration(settings("model-b", "tokens=100", "app-v2"));
    CollectionManager manager = generation("del", 2);
    manager.promote(2);

    assertThatThrownBy(() -> manager.delete(2)).hasMessageContaining("is live");
    assertThat(manager.delete(1)).isTrue();
    assertThat(client.listCollectionsAsync().get())
        .contains("del_v2", "del_v2_fences")
        .doesNotContain("del_v1", "del_v1_fences");
  }

  @Test
  void withoutAnAliasALaterGenerationDoesNotMakeItselfLive() throws Exception {
    generation("noalias", 1).ensureGeneration(settings("model-a", "tokens=100", "app"));
    client.deleteAliasAsync("noalias").get();

    generation("noalias", 2).ensureGeneration(settings("model-b", "tokens=100", "app-v2"));
    assertThat(generation("noalias", 2).liveCollection())
        .as("which generation is live is a promote's decision")
        .isEmpty();
    generation("noalias", 2).promote(1);
    assertThat(generation("noalias", 2).liveCollection()).contains("noalias_v1");
  }

  @Test
  void deletingAGenerationTwiceOrAfterAHalfDoneDeleteFinishesTheWork() throws Exception {
    generation("twice", 1).ensureGeneration(settings("model-a", "tokens=100", "app"));
    generation("twice", 2).ensureGeneration(settings("model-b", "tokens=100", "app-v2"));
    client.deleteCollectionAsync("twice_v2").get();

    assertThat(generation("twice", 1).delete(2)).isFalse();
    assertThat(client.listCollectionsAsync().get()).doesNotContain("twice_v2_fences");
    assertThat(generation("twice", 1).delete(2)).isFalse();
  }

  @Test
  void aPromotionMarksTheGenerationItReplacesAsRetiredAndClearsTheMarkOfTheNewLiveOne() {
    generation("ret", 1).ensureGeneration(settings("model-a", "tokens=100", "app"));
    CollectionManager second = generation("ret", 2);
    second.ensureGeneration(settings("model-b", "tokens=100", "app-v2"));
    assertThat(second.retiredAt("ret_v1")).isEmpty();

    java.time.Instant t1 = java.time.Instant.parse("2026-01-01T00:00:00Z");
    second.promote(2, t1);
    assertThat(second.retiredAt("ret_v1")).contains(t1);
    assertThat(second.retiredAt("ret_v2")).isEmpty();

    java.time.Instant t2 = t1.plusSeconds(60);
    second.promote(1, t2); // a rollback
    assertThat(second.retiredAt("ret_v2")).contains(t2);
    assertThat(second.retiredAt("ret_v1")).isEmpty();
    assertThat(second.settingsOf("ret_v1").orElseThrow().model())
        .as("the mark leaves what built the generation as it was")
        .isEqualTo("model-a");
  }
}
