package dev.indexer.api;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbedderProducer;
import dev.indexer.embed.EmbeddingModel;
import dev.indexer.pii.PiiRedactor;
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
 * Queries are redacted with this service's PII policy, so a live generation built with another
 * policy is searched through an instance of its own (503 here).
 */
@ApplicationScoped
public class QueryEmbedders {

  /** The collection a search reads and the model that embeds its query. */
  public record Target(String collection, Embedder embedder) {}

  private final Embedder own;
  private final String ownPolicy;
  private final CollectionManager collections;
  private final Map<String, GenerationSettings> settingsOfCollection = new ConcurrentHashMap<>();
  private final Map<String, Embedder> loaded = new ConcurrentHashMap<>();
  private volatile String lastLive = "";

  @Inject
  public QueryEmbedders(Embedder own, PiiRedactor redactor, CollectionManager collections) {
    this(own, redactor.policyVersion(), collections);
  }

  /**
   * @param own this service's model
   * @param ownPolicy the version of this service's PII policy, which redacts the queries
   */
  public QueryEmbedders(Embedder own, String ownPolicy, CollectionManager collections) {
    this.own = own;
    this.ownPolicy = ownPolicy;
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
      settingsOfCollection.clear();
      lastLive = collection;
    }
    GenerationSettings built =
        settingsOfCollection.computeIfAbsent(
            collection,
            c ->
                collections
                    .settingsOf(c)
                    // Written by an earlier release: the model its points carry.
                    .orElseGet(
                        () ->
                            new GenerationSettings(
                                collections.modelOf(c).orElse(own.modelId()), 0, "", "", "", "")));
    if (!built.piiPolicy().isEmpty() && !built.piiPolicy().equals(ownPolicy)) {
      // Queries redacted by another policy than the chunks' would not match them, or would let
      // through to the embedder what the live generation's policy removes.
      throw unavailable(
          "the live generation was built with PII policy "
              + built.piiPolicy()
              + ", this instance redacts queries with "
              + ownPolicy
              + "; search through an instance of the live generation");
    }
    return new Target(collection, embedderOf(built.model()));
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
