package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and the alert rules the chart ships: off by default, rendered when asked,
 * each alert with a runbook the README has, and the rules valid for Prometheus' own checker.
 */
class MonitoringTest {

  @Test
  void neitherIsRenderedByDefault() {
    Manifests objects = HelmChart.renderDefaults();
    assertThat(objects.ofKind("PrometheusRule")).isEmpty();
    assertThat(objects.named(ConfigMap.class, "search-vector-indexer-dashboard")).isEmpty();
  }

  @Test
  void theDashboardConfigMapCarriesTheFileForGrafanasSidecar() throws IOException {
    ConfigMap map =
        HelmChart.render(null, Map.of("monitoring.dashboard.enabled", true))
            .named(ConfigMap.class, "search-vector-indexer-dashboard")
            .orElseThrow();
    assertThat(map.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(map.getData().get("vector-indexer.json")))
        .isEqualTo(json.readTree(MonitoringMetrics.DASHBOARD.toFile()));
    assertThat(MonitoringMetrics.dashboardExpressions()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void everyAlertReadsOnlyThisReleasesTargets() {
    // Two releases share a namespace while a generation is built beside the live one: each
    // release's rules must not count the other's pods (a replay's freshness, twice the alerts).
    for (Map<String, Object> rule : MonitoringMetrics.rules()) {
      String expr = String.valueOf(rule.get("expr"));
      java.util.regex.Matcher selector =
          java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(expr);
      int selectors = 0;
      while (selector.find()) {
        selectors++;
        assertThat(selector.group(1))
            .as("%s", rule.get("alert"))
            .contains("job=\"search-vector-indexer-headless\"");
      }
      assertThat(selectors).as("%s", rule.get("alert")).isPositive();
    }
  }

  @Test
  void everyAlertHasARunbookInTheReadme() {
    String readme = ProjectFiles.read(ProjectFiles.ROOT.resolve("README.md"));
    List<Map<String, Object>> rules = MonitoringMetrics.rules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(5);
    for (Map<String, Object> rule : rules) {
      @SuppressWarnings("unchecked")
      String runbook = ((Map<String, String>) rule.get("annotations")).get("runbook");
      assertThat(runbook).as("%s", rule.get("alert")).startsWith("README: Operating > Alerts > ");
      String heading = runbook.substring("README: Operating > Alerts > ".length());
      assertThat(readme).as("the runbook of %s", rule.get("alert")).contains("#### " + heading);
    }
  }

  /**
   * Prometheus' own checker on the rendered rules. It comes from Debian's prometheus package:
   * {@code .ci/run} extracts it into target/tools; elsewhere put promtool on the PATH or name it in
   * PROMTOOL.
   */
  @Test
  void promtoolAcceptsTheRules() throws Exception {
    Optional<Path> promtool = promtool();
    Assumptions.assumeTrue(
        promtool.isPresent(),
        "promtool not found (PROMTOOL, the PATH or target/tools/usr/bin/promtool; .ci/run"
            + " extracts it from Debian's prometheus package): the rules' syntax is not checked");
    Path file = ProjectFiles.ROOT.resolve("target/prometheus-rules.yml");
    Files.createDirectories(file.getParent());
    new YAMLMapper().writeValue(file.toFile(), MonitoringMetrics.rulesFile());
    Process p =
        new ProcessBuilder(promtool.get().toString(), "check", "rules", file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("SUCCESS");
  }

  private static Optional<Path> promtool() {
    String named = System.getenv("PROMTOOL");
    if (named != null && Files.isExecutable(Path.of(named))) {
      return Optional.of(Path.of(named));
    }
    Path extracted = ProjectFiles.ROOT.resolve("target/tools/usr/bin/promtool");
    if (Files.isExecutable(extracted)) {
      return Optional.of(extracted);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
