package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Queries are embedded with the model's query instruction and documents without it: bge-small-en
 * v1.5 was trained with "Represent this sentence for searching relevant passages: " before queries,
 * all-MiniLM-L6-v2 with nothing.
 */
class QueryEmbeddingTest {

  static final String QUERY = "how do I restore a collection from a snapshot";

  @Test
  void bgeQueriesCarryTheInstructionAndDocumentsDoNot() {
    Embedder bge = EmbedderProducer.create(dev.indexer.embed.EmbeddingModel.BGE_SMALL_EN_V15_Q);
    float[] query = bge.embedQuery(QUERY);
    assertThat(query)
        .containsExactly(bge.embed(List.of(EmbedderProducer.BGE_QUERY_PREFIX + QUERY)).get(0));
    assertThat(query).isNotEqualTo(bge.embed(List.of(QUERY)).get(0));
  }

  @Test
  void miniLmQueriesAreEmbeddedLikeDocuments() {
    Embedder miniLm = EmbedderProducer.create(dev.indexer.embed.EmbeddingModel.ALL_MINILM_L6_V2_Q);
    assertThat(miniLm.embedQuery(QUERY)).containsExactly(miniLm.embed(List.of(QUERY)).get(0));
  }
}
