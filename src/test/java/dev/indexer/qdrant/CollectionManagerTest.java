package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.AliasDescription;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.VectorParams;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CollectionManagerTest {

  static QdrantLocal qdrant;
  static QdrantClient client;

  record Config(
      String collection,
      VectorDistance distance,
      OptionalInt hnswM,
      OptionalInt hnswEfConstruct,
      boolean scalarQuantization)
      implements QdrantConfig {
    Config(String collection) {
      this(collection, VectorDistance.COSINE, OptionalInt.empty(), OptionalInt.empty(), false);
    }

    @Override
    public String host() {
      return "127.0.0.1";
    }

    @Override
    public int port() {
      return qdrant.port();
    }

    @Override
    public boolean tls() {
      return false;
    }

    @Override
    public Optional<String> apiKey() {
      return Optional.empty();
    }

    @Override
    public Duration timeout() {
      return Duration.ofSeconds(5);
    }

    @Override
    public Duration startupTimeout() {
      return Duration.ofSeconds(20);
    }

    @Override
    public Optional<String> tlsCaFile() {
      return Optional.empty();
    }

    @Override
    public Optional<String> tlsCertFile() {
      return Optional.empty();
    }

    @Override
    public Optional<String> tlsKeyFile() {
      return Optional.empty();
    }

    @Override
    public int maxInboundMessageBytes() {
      return 64 << 20;
    }
  }

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

  private static CollectionInfo info(String name) throws Exception {
    return client.getCollectionInfoAsync(name).get();
  }

  @Test
  void createsAVersionedCollectionBehindTheAliasWithTheModelsSizeAndPayloadIndexes()
      throws Exception {
    new CollectionManager(client, new Config("first"), new HashEmbedder(24, 128))
        .ensureCollection();

    assertThat(client.listAliasesAsync().get())
        .extracting(AliasDescription::getAliasName, AliasDescription::getCollectionName)
        .contains(org.assertj.core.groups.Tuple.tuple("first", "first_v1"));
    CollectionInfo info = info("first");
    VectorParams params = info.getConfig().getParams().getVectorsConfig().getParams();
    assertThat(params.getSize()).isEqualTo(24);
    assertThat(params.getDistance()).isEqualTo(Distance.Cosine);
    assertThat(info.getPayloadSchemaMap().get(PayloadFields.DOCUMENT_ID).getDataType())
        .isEqualTo(PayloadSchemaType.Keyword);
    assertThat(
            info.getPayloadSchemaMap()
                .get(PayloadFields.TENANT)
                .getParams()
                .getKeywordIndexParams()
                .getIsTenant())
        .isTrue();
  }

  @Test
  void startingAgainOnAnExistingCollectionChangesNothing() throws Exception {
    CollectionManager manager =
        new CollectionManager(client, new Config("again"), new HashEmbedder(8, 128));
    manager.ensureCollection();
    manager.ensureCollection();
    assertThat(client.listCollectionsAsync().get()).contains("again_v1").doesNotContain("again_v2");
  }

  @Test
  void appliesHnswAndQuantizationSettings() throws Exception {
    Config config =
        new Config("tuned", VectorDistance.DOT, OptionalInt.of(32), OptionalInt.of(200), true);
    new CollectionManager(client, config, new HashEmbedder(8, 128)).ensureCollection();
    CollectionInfo info = info("tuned_v1");
    assertThat(info.getConfig().getHnswConfig().getM()).isEqualTo(32);
    assertThat(info.getConfig().getHnswConfig().getEfConstruct()).isEqualTo(200);
    assertThat(info.getConfig().getQuantizationConfig().hasScalar()).isTrue();
    assertThat(info.getConfig().getParams().getVectorsConfig().getParams().getDistance())
        .isEqualTo(Distance.Dot);
  }

  @Test
  void refusesToStartWhenTheExistingCollectionDoesNotFitTheModel() {
    new CollectionManager(client, new Config("misfit"), new HashEmbedder(8, 128))
        .ensureCollection();
    assertThatThrownBy(
            () ->
                new CollectionManager(client, new Config("misfit"), new HashEmbedder(16, 128))
                    .ensureCollection())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("size 8")
        .hasMessageContaining("size 16");
    Config euclid =
        new Config(
            "misfit", VectorDistance.EUCLID, OptionalInt.empty(), OptionalInt.empty(), false);
    assertThatThrownBy(
            () ->
                new CollectionManager(client, euclid, new HashEmbedder(8, 128)).ensureCollection())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Euclid");
  }

  @Test
  void refusesAPlainCollectionWhereTheAliasShouldBe() throws Exception {
    client
        .createCollectionAsync(
            "plain", VectorParams.newBuilder().setSize(8).setDistance(Distance.Cosine).build())
        .get();
    assertThatThrownBy(
            () ->
                new CollectionManager(client, new Config("plain"), new HashEmbedder(8, 128))
                    .ensureCollection())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("indexer.qdrant.collection");
  }

  // An unknown distance fails when the configuration loads: ConfigConstraintsTest.

  @Test
  void waitsForQdrantToBecomeReachableAtStart() throws Exception {
    qdrant.simulateOutage(true);
    Thread recover =
        new Thread(
            () -> {
              try {
                Thread.sleep(1_500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              qdrant.simulateOutage(false);
            });
    recover.start();
    try {
      new CollectionManager(client, new Config("late"), new HashEmbedder(8, 128))
          .ensureCollection();
    } finally {
      recover.join();
      qdrant.simulateOutage(false);
    }
    assertThat(client.collectionExistsAsync("late_v1").get()).isTrue();
  }
}
