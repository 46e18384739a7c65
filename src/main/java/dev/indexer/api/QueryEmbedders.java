package dev.indexer.api;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbedderProducer;
import dev.indexer.embed.EmbeddingModel;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.GenerationSettings;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a search runs against: the collection the alias points at (the live generation), resolved
 * for every search, and the embedder of the model that collection was built with, read from its
 * metadata. After a promotion, the next search embeds its query with the new generation's model,
 * whatever model this service's own pipeline uses; an in-process model is loaded on first use.
 */
@ApplicationScoped
public class QueryEmbedders {

  /** The collection a search reads and the model that embeds its query. */
  public record Target(String collection, Embedder embedder) {}

  private final Embedder own;
  private final CollectionManager collections;
  private final Map<String, String> modelOfCollection = new ConcurrentHashMap<>();
  private final Map<String, Embedder> loaded = new ConcurrentHashMap<>();
  private volatile String lastLive = "";

  @Inject
  public QueryEmbedders(Embedder own, CollectionManager collections) {
    this.own = own;
    this.collections = collections;
  }

  /**
   * The live collection and its model's embedder.
   *
   * @throws WebApplicationException 503 when there is no live generation, or when it was built with
   *     a remote model this service is not configured for
   */
  public Target live() {
    String collection =
        collections
            .liveCollection()
            .orElseThrow(
                () ->
                    unavailable(
                        "no generation of the index is live yet (alias "
                            + collections.alias()
                            + ")"));
    if (!collection.equals(lastLive)) {
      // A collection deleted and built again under the same name may have another model.
      modelOfCollection.clear();
      lastLive = collection;
    }
    String model =
        modelOfCollection.computeIfAbsent(
            collection,
            c -> collections.settingsOf(c).map(GenerationSettings::model).orElse(own.modelId()));
    return new Target(collection, embedderOf(model));
  }

  private Embedder embedderOf(String model) {
    if (model.equals(own.modelId())) {
      return own;
    }
    return loaded.computeIfAbsent(model, this::load);
  }

  private Embedder load(String model) {
    EmbeddingModel inProcess;
    try {
      inProcess = EmbeddingModel.of(model);
    } catch (IllegalArgumentException e) {
      throw unavailable(
          "the live generation was built with model "
              + model
              + ", which this instance is not configured for; search through an instance of that"
              + " generation");
    }
    Log.infof("Loading model %s for the queries of the live generation", model);
    return EmbedderProducer.create(inProcess);
  }

  private static WebApplicationException unavailable(String message) {
    return new WebApplicationException(
        message, Response.status(503).header("Retry-After", "5").entity(message).build());
  }

  @PreDestroy
  void close() {
    loaded.values().forEach(Embedder::close);
  }
}
