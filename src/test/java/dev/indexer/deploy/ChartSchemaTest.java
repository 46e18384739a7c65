package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad values fail the install, either in values.schema.json (types, enums, ranges, unknown keys) or
 * in the chart's validation (combinations the schema cannot express), with a message that names the
 * value. Each file in src/test/resources/deploy/bad-values says on its first line what the error
 * must mention.
 */
class ChartSchemaTest {

  static Stream<Path> badValues() throws IOException {
    return Files.list(ProjectFiles.TEST_RESOURCES.resolve("bad-values")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void rejected(Path values) {
    String expected = expectation(values);

    assertThatThrownBy(() -> HelmChart.templateYaml(values, Map.of()))
        .as("helm template with %s", values.getFileName())
        .hasMessageContaining(expected);
  }

  @Test
  void theSchemaIsDraft07AndClosed() {
    Map<String, Object> schema =
        HelmChart.readYamlOrJson(ProjectFiles.CHART.resolve("values.schema.json"));

    assertThat(schema)
        .containsEntry("$schema", "http://json-schema.org/draft-07/schema#")
        .containsEntry("additionalProperties", false);
  }

  @Test
  void everyDefaultValueHasASchemaEntry() {
    Map<String, Object> values = HelmChart.readYaml(ProjectFiles.CHART.resolve("values.yaml"));
    @SuppressWarnings("unchecked")
    Map<String, Object> props =
        (Map<String, Object>)
            HelmChart.readYamlOrJson(ProjectFiles.CHART.resolve("values.schema.json"))
                .get("properties");

    assertThat(props.keySet()).containsAll(values.keySet());
  }

  @Test
  void replicasUpToThePartitionCountAreAccepted() {
    HelmChart.render(null, Map.of("replicaCount", 6, "kafka.partitions", 6));
    HelmChart.render(
        null,
        Map.of("autoscaling.enabled", true, "autoscaling.maxReplicas", 6, "kafka.partitions", 6));
  }

  private static String expectation(Path file) {
    try {
      String first = Files.readAllLines(file).get(0);
      assertThat(first).as("first line of %s", file).startsWith("# expect: ");
      return first.substring("# expect: ".length()).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
