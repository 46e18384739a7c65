package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.junit.jupiter.api.Test;

/** Whether the documents topic can be replayed from the start by a new generation. */
class ReplayCheckTest {

  private static Config topic(String policy, String retention) {
    return new Config(
        List.of(
            new ConfigEntry("cleanup.policy", policy), new ConfigEntry("retention.ms", retention)));
  }

  @Test
  void aCompactedTopicOrOneThatKeepsEverythingCanBeReplayed() {
    assertThat(ReplayCheck.problem(topic("compact", "604800000"))).isEmpty();
    assertThat(ReplayCheck.problem(topic("delete", "-1"))).isEmpty();
    assertThat(ReplayCheck.problem(topic("compact,delete", "-1"))).isEmpty();
  }

  @Test
  void aTopicThatDeletesByAgeCannotAndTheWarningSaysWhatToChange() {
    assertThat(ReplayCheck.problem(topic("delete", "604800000")))
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .contains("retention.ms=604800000")
                    .contains("cleanup.policy=compact"));
    assertThat(ReplayCheck.problem(topic("compact, delete", "86400000"))).isPresent();
    assertThat(ReplayCheck.problem(new Config(List.of()))).as("the broker's defaults").isPresent();
    assertThat(
            ReplayCheck.problem(
                new Config(
                    List.of(
                        new ConfigEntry("cleanup.policy", "delete"),
                        new ConfigEntry("retention.ms", "-1"),
                        new ConfigEntry("retention.bytes", "1073741824")))))
        .as("kept forever by age, but not by size")
        .hasValueSatisfying(p -> assertThat(p).contains("retention.bytes=1073741824"));
  }
}
