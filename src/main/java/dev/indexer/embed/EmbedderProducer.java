package dev.indexer.embed;

import dev.indexer.text.HuggingFaceTokenCounter;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Chooses the {@link Embedder} named by {@link EmbeddingConfig#model()}. */
@ApplicationScoped
public class EmbedderProducer {

  public static final String ALL_MINILM_L6_V2_Q = "all-minilm-l6-v2-q";

  @Produces
  @ApplicationScoped
  Embedder embedder(EmbeddingConfig config) {
    Embedder embedder = create(config.model());
    Log.infof(
        "Embedding model %s: dimension %d, %d tokens",
        embedder.modelId(), embedder.dimension(), embedder.maxTokens());
    return embedder;
  }

  /** The in-process model of that name; unknown names fail with the property to fix. */
  public static Embedder create(String model) {
    return switch (model) {
      case ALL_MINILM_L6_V2_Q ->
          new OnnxEmbedder(
              ALL_MINILM_L6_V2_Q,
              128,
              new AllMiniLmL6V2QuantizedEmbeddingModel(),
              HuggingFaceTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json"));
      default ->
          throw new IllegalArgumentException(
              "indexer.embedding.model: unknown model '" + model + "' (known: " + ALL_MINILM_L6_V2_Q + ")");
    };
  }
}
