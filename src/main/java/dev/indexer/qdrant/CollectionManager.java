package dev.indexer.qdrant;

import dev.indexer.embed.Embedder;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.AliasDescription;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.HnswConfigDiff;
import io.qdrant.client.grpc.Collections.KeywordIndexParams;
import io.qdrant.client.grpc.Collections.PayloadIndexParams;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.QuantizationConfig;
import io.qdrant.client.grpc.Collections.QuantizationType;
import io.qdrant.client.grpc.Collections.ScalarQuantization;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Makes sure the index collection exists behind its alias, with the vector size and distance the
 * embedding model needs, and refuses to go on if an existing one does not fit.
 */
@ApplicationScoped
public class CollectionManager {

  private final QdrantClient client;
  private final QdrantConfig config;
  private final Embedder embedder;

  public CollectionManager(QdrantClient client, QdrantConfig config, Embedder embedder) {
    this.client = client;
    this.config = config;
    this.embedder = embedder;
  }

  /** The alias that writes and searches go through. */
  public String alias() {
    return config.collection();
  }

  /**
   * Creates {@code <alias>_v1} and the alias if neither exists; checks the fit otherwise. While
   * Qdrant is unreachable it retries with backoff, up to {@code indexer.qdrant.startup-timeout}.
   */
  public void ensureCollection() {
    Uni.createFrom()
        .voidItem()
        .invoke(this::ensureOnce)
        .onFailure(QdrantUnavailableException.class)
        .invoke(
            e ->
                Log.warnf(
                    "Qdrant at %s:%d is not reachable yet (%s); retrying",
                    config.host(), config.port(), e.getMessage()))
        .onFailure(QdrantUnavailableException.class)
        .retry()
        .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10))
        .withJitter(0.3)
        .expireIn(config.startupTimeout().toMillis())
        .await()
        .indefinitely();
  }

  private void ensureOnce() {
    String alias = config.collection();
    Distance distance = config.distance().qdrant();
    Optional<String> target = aliasTarget(alias);
    if (target.isPresent()) {
      checkFits(target.get(), distance);
      Fences.ensure(client, alias, target.get());
      Log.infof("Collection alias %s -> %s", alias, target.get());
      return;
    }
    if (QdrantCalls.await(client.collectionExistsAsync(alias), "collection exists")) {
      throw new IllegalStateException(
          "indexer.qdrant.collection: '"
              + alias
              + "' is a collection, not an alias; the indexer writes through an alias of a"
              + " versioned collection ('"
              + alias
              + "_v1'). Create the alias or choose another name.");
    }
    String physical = alias + "_v1";
    if (!QdrantCalls.await(client.collectionExistsAsync(physical), "collection exists")) {
      create(physical, distance);
    } else {
      checkFits(physical, distance);
    }
    Fences.ensure(client, alias, physical);
    QdrantCalls.await(client.createAliasAsync(alias, physical), "create alias");
    Log.infof("Collection alias %s -> %s created", alias, physical);
  }

  private void create(String name, Distance distance) {
    CreateCollection.Builder create =
        CreateCollection.newBuilder()
            .setCollectionName(name)
            .setVectorsConfig(
                VectorsConfig.newBuilder()
                    .setParams(
                        VectorParams.newBuilder()
                            .setSize(embedder.dimension())
                            .setDistance(distance)));
    if (config.hnswM().isPresent() || config.hnswEfConstruct().isPresent()) {
      HnswConfigDiff.Builder hnsw = HnswConfigDiff.newBuilder();
      config.hnswM().ifPresent(hnsw::setM);
      config.hnswEfConstruct().ifPresent(hnsw::setEfConstruct);
      create.setHnswConfig(hnsw);
    }
    if (config.scalarQuantization()) {
      create.setQuantizationConfig(
          QuantizationConfig.newBuilder()
              .setScalar(
                  ScalarQuantization.newBuilder()
                      .setType(QuantizationType.Int8)
                      .setAlwaysRam(true)));
    }
    QdrantCalls.await(client.createCollectionAsync(create.build()), "create collection");
    // Deletes and sweeps filter on these: without an index every one would scan the collection.
    index(name, PayloadFields.DOCUMENT_ID, KeywordIndexParams.newBuilder().build());
    index(name, PayloadFields.TENANT, KeywordIndexParams.newBuilder().setIsTenant(true).build());
    Log.infof(
        "Created collection %s: %d dimensions, %s", name, embedder.dimension(), distance.name());
  }

  private void index(String collection, String field, KeywordIndexParams params) {
    QdrantCalls.await(
        client.createPayloadIndexAsync(
            collection,
            field,
            PayloadSchemaType.Keyword,
            PayloadIndexParams.newBuilder().setKeywordIndexParams(params).build(),
            true,
            null,
            null),
        "create payload index " + field);
  }

  private void checkFits(String collection, Distance distance) {
    CollectionInfo info =
        QdrantCalls.await(client.getCollectionInfoAsync(collection), "collection info");
    VectorParams params = info.getConfig().getParams().getVectorsConfig().getParams();
    if (params.getSize() != embedder.dimension() || params.getDistance() != distance) {
      throw new IllegalStateException(
          "Collection "
              + collection
              + " has vectors of size "
              + params.getSize()
              + " with "
              + params.getDistance()
              + " distance, but model "
              + embedder.modelId()
              + " needs size "
              + embedder.dimension()
              + " with "
              + distance
              + " (indexer.qdrant.distance). Re-index into a new collection or point"
              + " indexer.qdrant.collection elsewhere.");
    }
  }

  private Optional<String> aliasTarget(String alias) {
    return QdrantCalls.await(client.listAliasesAsync(), "list aliases").stream()
        .filter(a -> a.getAliasName().equals(alias))
        .map(AliasDescription::getCollectionName)
        .findFirst();
  }
}
