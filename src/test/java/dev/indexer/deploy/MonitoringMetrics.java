package dev.indexer.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics the shipped Grafana dashboard and alert rules read: every expression of the dashboard
 * file and of the chart's rendered PrometheusRule, and the metric names in them.
 */
public final class MonitoringMetrics {

  /** The dashboard shipped with the chart (and offered as a file). */
  public static final Path DASHBOARD = ProjectFiles.CHART.resolve("dashboards/vector-indexer.json");

  private static final Pattern NAME = Pattern.compile("\\b((?:indexer|kafka)_[a-z0-9_]+)\\b");

  private MonitoringMetrics() {}

  /** The PromQL expressions of the dashboard's panels. */
  public static List<String> dashboardExpressions() {
    Map<String, Object> dashboard = HelmChart.readYamlOrJson(DASHBOARD);
    List<String> out = new ArrayList<>();
    for (Object panel : (List<?>) dashboard.get("panels")) {
      for (Object target : (List<?>) ((Map<?, ?>) panel).get("targets")) {
        out.add((String) ((Map<?, ?>) target).get("expr"));
      }
    }
    return out;
  }

  /** The rules of the chart's PrometheusRule, rendered with the alerts on. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> rules() {
    GenericKubernetesResource rule =
        HelmChart.render(null, Map.of("monitoring.alerts.enabled", true))
            .ofKind("PrometheusRule")
            .get(0);
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> spec = (Map<String, Object>) rule.getAdditionalProperties().get("spec");
    for (Object group : (List<?>) spec.get("groups")) {
      out.addAll((List<Map<String, Object>>) ((Map<?, ?>) group).get("rules"));
    }
    return out;
  }

  /** The rendered rules' spec, as the YAML of a Prometheus rules file. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> rulesFile() {
    GenericKubernetesResource rule =
        HelmChart.render(null, Map.of("monitoring.alerts.enabled", true))
            .ofKind("PrometheusRule")
            .get(0);
    return (Map<String, Object>) rule.getAdditionalProperties().get("spec");
  }

  /**
   * Every metric name the dashboard and the rules read, as exported: a histogram's {@code _bucket}
   * series named by its base name plus {@code _bucket}, as the exposition lists it.
   */
  public static Set<String> referenced() {
    Set<String> names = new TreeSet<>();
    List<String> exprs = new ArrayList<>(dashboardExpressions());
    rules().forEach(r -> exprs.add(String.valueOf(r.get("expr"))));
    for (String expr : exprs) {
      Matcher m = NAME.matcher(expr);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}
