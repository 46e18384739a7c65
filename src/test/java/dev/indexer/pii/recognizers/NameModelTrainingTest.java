package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.eval.LabelledCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped weights of the name and address models are exactly what the training makes from the
 * tuning corpora, and the training never reads a blind set: the models' figures on the blind sets
 * measure text they never saw.
 */
class NameModelTrainingTest {

  @Test
  void theShippedWeightsAreWhatTheTrainingMakesFromTheTuningCorpora() {
    List<LabelledCorpus.Case> cases = NameModelTraining.cases(NameModelTraining.CORPORA);
    assertSame(NameModelTraining.train(cases), NameModel.RESOURCE);
    assertSame(NameModelTraining.trainAddresses(cases), AddressModel.RESOURCE);
  }

  /**
   * The weights compared as numbers as the files store them (bfloat16), not as gzip bytes (which
   * depend on the zlib build).
   */
  private static void assertSame(float[] trained, String resource) {
    float[] weights = new float[trained.length];
    for (int i = 0; i < trained.length; i++) {
      weights[i] = NameModel.stored(trained[i]);
    }
    assertThat(NameModel.load(resource))
        .as(
            "%s: retrain with NameModelTraining after changing the features or the corpora",
            resource)
        .isEqualTo(weights);
  }

  @Test
  void theTrainingReadsNoBlindSet() {
    assertThat(NameModelTraining.CORPORA).noneMatch(c -> c.contains("blind"));
  }
}
