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
 * The shipped weights are exactly what the training makes from the tuning corpora, and the training
 * never reads a blind set: the model's figures on the blind sets measure text it never saw.
 */
class NameModelTrainingTest {

  @Test
  void theShippedWeightsAreWhatTheTrainingMakesFromTheTuningCorpora(@TempDir Path dir)
      throws IOException {
    List<LabelledCorpus.Case> cases = new ArrayList<>();
    for (String c : NameModelTraining.CORPORA) {
      cases.addAll(LabelledCorpus.load("/pii/" + c));
    }
    Path trained = dir.resolve("name-model.bin");
    NameModelTraining.write(NameModelTraining.train(cases), trained);
    Path shipped = Path.of("src/main/resources/" + NameModel.RESOURCE);
    assertThat(Files.readAllBytes(trained))
        .as("retrain with NameModelTraining after changing the features or the corpora")
        .isEqualTo(Files.readAllBytes(shipped));
  }

  @Test
  void theTrainingReadsNoBlindSet() {
    assertThat(NameModelTraining.CORPORA).noneMatch(c -> c.contains("blind"));
  }
}
