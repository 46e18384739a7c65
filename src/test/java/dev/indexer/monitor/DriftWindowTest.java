package dev.indexer.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The window's running sums agree with the statistics computed from scratch, after evictions. */
class DriftWindowTest {

  @Test
  void summaryOfTheLastVectorsEqualsOneComputedFromScratch() {
    Random random = new Random(5);
    DriftWindow window = new DriftWindow(50, 8);
    List<float[]> all = new ArrayList<>();
    for (int i = 0; i < 173; i++) {
      float[] v = new float[8];
      for (int d = 0; d < 8; d++) {
        v[d] = (float) (random.nextGaussian() + (d == 0 ? 2 : 0));
      }
      all.add(v);
      window.offer(v);
    }
    EmbeddingStats s = window.stats();
    List<float[]> last = all.subList(all.size() - 50, all.size());

    double pairs = 0;
    int n = 0;
    double norms = 0;
    for (int i = 0; i < last.size(); i++) {
      norms += norm(last.get(i));
      for (int j = 0; j < last.size(); j++) {
        if (i != j) {
          pairs += cosine(last.get(i), last.get(j));
          n++;
        }
      }
    }
    assertThat(s.size()).isEqualTo(50);
    assertThat(s.meanPairwiseCosine()).isCloseTo(pairs / n, within(1e-5));
    assertThat(s.meanNorm()).isCloseTo(norms / 50, within(1e-5));
    assertThat(s.centroidDistance(s)).isCloseTo(0, within(1e-6));
    EmbeddingStats read = EmbeddingStats.fromValue(s.toValue()).orElseThrow();
    assertThat(read.centroid()).containsExactly(s.centroid());
    assertThat(read.meanPairwiseCosine()).isEqualTo(s.meanPairwiseCosine());
    assertThat(read.size()).isEqualTo(50);
  }

  @Test
  void oppositeDirectionsAreTwoApartAndLongerVectorsShowAsANormChange() {
    DriftWindow a = new DriftWindow(10, 2);
    DriftWindow b = new DriftWindow(10, 2);
    for (int i = 0; i < 10; i++) {
      a.offer(new float[] {1, 0});
      b.offer(new float[] {-2, 0});
    }
    assertThat(a.stats().centroidDistance(b.stats())).isCloseTo(2, within(1e-9));
    assertThat(b.stats().normChange(a.stats())).isCloseTo(1, within(1e-9));
    assertThat(a.stats().meanPairwiseCosine()).isCloseTo(1, within(1e-9));
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot / (norm(a) * norm(b));
  }
}
