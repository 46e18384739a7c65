package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The models loaded with the service's own session settings (one inference thread, no spinning, a
 * shared pool) give the vectors of the artifacts' stock loaders: same graph, tokenizer, pooling and
 * normalisation.
 */
class OnnxModelsTest {

  private static final List<String> TEXTS =
      List.of(
          "Kafka Streams commits offsets in the same transaction as its state.",
          "Qdrant stores vectors with their payloads.",
          "Wie spät ist es?",
          "a",
          "The quick brown fox jumps over the lazy dog. ".repeat(20));

  @ParameterizedTest
  @EnumSource(
      value = dev.indexer.embed.EmbeddingModel.class,
      names = {"ALL_MINILM_L6_V2_Q", "BGE_SMALL_EN_V15_Q"})
  void vectorsEqualTheStockLoaders(dev.indexer.embed.EmbeddingModel name) {
    Embedder tuned = EmbedderProducer.create(name);
    EmbeddingModel stock =
        name == dev.indexer.embed.EmbeddingModel.ALL_MINILM_L6_V2_Q
            ? new AllMiniLmL6V2QuantizedEmbeddingModel()
            : new BgeSmallEnV15QuantizedEmbeddingModel();
    List<float[]> ours = tuned.embed(TEXTS);
    List<float[]> theirs =
        stock.embedAll(TEXTS.stream().map(TextSegment::from).toList()).content().stream()
            .map(e -> e.vector())
            .toList();
    assertThat(tuned.dimension()).isEqualTo(384);
    assertThat(ours).hasSameSizeAs(TEXTS);
    for (int t = 0; t < TEXTS.size(); t++) {
      assertThat(ours.get(t)).hasSize(384);
      for (int i = 0; i < 384; i++) {
        assertThat(ours.get(t)[i])
            .as("text %d, dimension %d", t, i)
            .isCloseTo(theirs.get(t)[i], within(1e-4f));
      }
    }
    // One text alone (embedded on the calling thread) gives the same vector as in a batch.
    float[] alone = tuned.embed(List.of(TEXTS.get(1))).get(0);
    for (int i = 0; i < 384; i++) {
      assertThat(alone[i]).isCloseTo(ours.get(1)[i], within(1e-5f));
    }
  }
}
