package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chart README's parameter table cannot drift from values.yaml. */
class ChartReadmeTest {

  @Test
  void parameterTableIsUpToDate() {
    if (Boolean.getBoolean("chart.readme.update")) {
      ChartReadme.write();
    }
    assertThat(ProjectFiles.read(ChartReadme.README))
        .as(
            "helm/vector-indexer/README.md is stale: run ./mvnw test -Dtest=ChartReadmeTest -Dchart.readme.update=true")
        .isEqualTo(ChartReadme.regenerated());
  }

  @Test
  void everyParamNamesARealValue() {
    Map<String, Object> values = HelmChart.readYaml(ChartReadme.VALUES);
    List<String> unknown = new ArrayList<>();
    ChartReadme.params()
        .values()
        .forEach(
            ps ->
                ps.forEach(
                    p -> {
                      if (!ChartReadme.exists(values, p.key())) {
                        unknown.add(p.key());
                      }
                    }));
    assertThat(unknown).as("@param keys missing from values.yaml").isEmpty();
  }

  @Test
  void everyValueIsDocumented() {
    Map<String, Object> values = HelmChart.readYaml(ChartReadme.VALUES);
    List<String> documented = new ArrayList<>();
    ChartReadme.params().values().forEach(ps -> ps.forEach(p -> documented.add(p.key())));
    List<String> undocumented = new ArrayList<>();
    leaves("", values, undocumented);
    undocumented.removeIf(
        leaf -> documented.stream().anyMatch(d -> leaf.equals(d) || leaf.startsWith(d + ".")));

    assertThat(undocumented)
        .as("values without a ## @param comment (on the value or a parent)")
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static void leaves(String prefix, Map<String, Object> map, List<String> out) {
    map.forEach(
        (k, v) -> {
          String key = prefix.isEmpty() ? k : prefix + "." + k;
          if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            leaves(key, (Map<String, Object>) m, out);
          } else {
            out.add(key);
          }
        });
  }
}
