package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.eval.LabelledCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped weights of the name and address models are exactly what the training makes from the
 * tuning corpora, and the training never reads a blind set: the model's figures on the blind sets
 * measure text it never saw.
 */
class NameModelTrainingTest {

  @Test
  void theShippedWeightsAreWhatTheTrainingMakesFromTheTuningCorpora(@TempDir Path dir)
      throws IOException {
    List<LabelledCorpus.Case> cases = new ArrayList<>();
    for (String c : NameModelTraining.CORPORA) {
      cases.addAll(LabelledCorpus.load("/pii/" + c));
    }
    assertSame(NameModelTraining.train(cases), NameModel.RESOURCE, dir);
    assertSame(NameModelTraining.trainAddresses(cases), AddressModel.RESOURCE, dir);
  }

  private static void assertSame(float[] weights, String resource, Path dir) throws IOException {
    Path trained = dir.resolve("trained.bin");
    NameModelTraining.write(weights, trained);
    assertThat(Files.readAllBytes(trained))
        .as(
            "%s: retrain with NameModelTraining after changing the features or the corpora",
            resource)
        .isEqualTo(Files.readAllBytes(Path.of("src/main/resources/" + resource)));
  }

  @Test
  void theTrainingReadsNoBlindSet() {
    assertThat(NameModelTraining.CORPORA).noneMatch(c -> c.contains("blind"));
  }
}
