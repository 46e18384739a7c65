package dev.indexer.embed;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * The models {@code indexer.embedding.model} can name. The names carry dots ({@code
 * bge-small-en-v1.5-q}), which SmallRye's implicit enum conversion cannot map to a constant, so
 * {@link Names} converts them.
 */
public enum EmbeddingModel {
  /** all-MiniLM-L6-v2 quantized, 384 dimensions, 128 tokens, in-process. */
  ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q"),
  /** bge-small-en-v1.5 quantized, 384 dimensions, 512 tokens, in-process. */
  BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q"),
  /** An OpenAI-compatible endpoint configured under {@code indexer.embedding.remote}. */
  REMOTE("remote");

  private final String configName;

  EmbeddingModel(String configName) {
    this.configName = configName;
  }

  /** The name the configuration uses. */
  public String configName() {
    return configName;
  }

  /** The model of that name; an unknown name fails naming the property and the known names. */
  public static EmbeddingModel of(String name) {
    for (EmbeddingModel model : values()) {
      if (model.configName.equals(name.strip())) {
        return model;
      }
    }
    throw new IllegalArgumentException(
        "indexer.embedding.model: unknown model '"
            + name
            + "' (known: "
            + Arrays.stream(values()).map(m -> m.configName).collect(Collectors.joining(", "))
            + ")");
  }

  /** Reads {@code indexer.embedding.model}. */
  public static final class Names implements Converter<EmbeddingModel> {
    @Override
    public EmbeddingModel convert(String value) {
      return of(value);
    }
  }
}
