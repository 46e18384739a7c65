package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import io.qdrant.client.VectorsFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointWriterVectorsTest {

  @Test
  void denseVectorsAreTheMessagesTheClientFactoryBuilds() {
    Random random = new Random(7);
    for (int dimension : new int[] {1, 3, 384, 1024}) {
      float[] v = new float[dimension];
      for (int i = 0; i < dimension; i++) {
        v[i] = (float) random.nextGaussian();
      }
      v[0] = -0f;
      assertThat(PointWriter.dense(v)).isEqualTo(VectorsFactory.vectors(v));
      assertThat(PointWriter.dense(v).toByteArray()).isEqualTo(VectorsFactory.vectors(v).toByteArray());
    }
  }
}
