package dev.indexer.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart, rendered and linted with Helm's own Go library (helm-java) inside the test JVM: the
 * same template engine, schema validation and lint rules as the helm CLI, with no cluster.
 */
final class HelmChart {

  static final String RELEASE = "search";
  static final String NAMESPACE = "indexing";

  private HelmChart() {}

  /** The values variants that users are offered (chart-testing's ci/ folder), by file name. */
  static List<Path> ciValuesFiles() {
    try (Stream<Path> files = Files.list(ProjectFiles.CHART_CI_VALUES)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("-values.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String templateYaml(Path valuesFile, Map<String, Object> set) {
    TemplateCommand template =
        new Helm(ProjectFiles.CHART).template().withName(RELEASE).withNamespace(NAMESPACE);
    if (valuesFile != null) {
      template = template.withValuesFile(valuesFile);
    }
    for (Map.Entry<String, Object> e : set.entrySet()) {
      template = template.set(e.getKey(), e.getValue());
    }
    return template.call();
  }

  static Manifests render(Path valuesFile) {
    return Manifests.parse(templateYaml(valuesFile, Map.of()));
  }

  static Manifests render(Path valuesFile, Map<String, Object> set) {
    return Manifests.parse(templateYaml(valuesFile, set));
  }

  static Manifests renderDefaults() {
    return render(null);
  }

  /**
   * The chart's hooks (the {@code helm test} pod). helm-java's template returns the release
   * manifest only, without hooks, so a copy of the chart is rendered with the hook annotation
   * renamed (kept under {@link #HOOK_ANNOTATION} so that tests can still see it).
   */
  static Manifests renderHooks(Path valuesFile) {
    try {
      Path copy = Files.createTempDirectory("chart-hooks").resolve("vector-indexer");
      copyTree(ProjectFiles.CHART, copy);
      try (Stream<Path> tests = Files.list(copy.resolve("templates/tests"))) {
        for (Path t : tests.toList()) {
          Files.writeString(
              t, Files.readString(t).replace("\"helm.sh/hook\":", "\"" + HOOK_ANNOTATION + "\":"));
        }
      }
      TemplateCommand template =
          new Helm(copy).template().withName(RELEASE).withNamespace(NAMESPACE);
      if (valuesFile != null) {
        template = template.withValuesFile(valuesFile);
      }
      List<io.fabric8.kubernetes.api.model.HasMetadata> hooks =
          Manifests.parse(template.call()).all().stream()
              .filter(
                  o ->
                      o.getMetadata().getAnnotations() != null
                          && o.getMetadata().getAnnotations().containsKey(HOOK_ANNOTATION))
              .toList();
      return Manifests.of(hooks);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String HOOK_ANNOTATION = "test.indexer.dev/helm-hook";

  /**
   * {@code helm lint --strict} of the chart with the given values merged over its defaults.
   * helm-java lints only a chart's own values.yaml, so the chart is copied with the merged values
   * in place.
   */
  static LintResult lint(Path valuesFile) {
    if (valuesFile == null) {
      return new Helm(ProjectFiles.CHART).lint().strict().call();
    }
    try {
      Path copy = Files.createTempDirectory("chart-lint").resolve("vector-indexer");
      copyTree(ProjectFiles.CHART, copy);
      Map<String, Object> merged =
          deepMerge(readYaml(ProjectFiles.CHART.resolve("values.yaml")), readYaml(valuesFile));
      Manifests.YAML.writeValue(copy.resolve("values.yaml").toFile(), merged);
      return new Helm(copy).lint().strict().call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> readYaml(Path file) {
    try {
      Map<String, Object> map = Manifests.YAML.readValue(file.toFile(), LinkedHashMap.class);
      return map == null ? new LinkedHashMap<>() : map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON is YAML, so one reader serves values files and the schema alike. */
  static Map<String, Object> readYamlOrJson(Path file) {
    return readYaml(file);
  }

  /** Helm's merge: maps merge key by key, anything else (lists included) is replaced. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> override) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    override.forEach(
        (k, v) -> {
          Object old = out.get(k);
          if (old instanceof Map<?, ?> oldMap && v instanceof Map<?, ?> newMap) {
            out.put(k, deepMerge((Map<String, Object>) oldMap, (Map<String, Object>) newMap));
          } else {
            out.put(k, v);
          }
        });
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(all::add);
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target);
      }
    }
  }
}
