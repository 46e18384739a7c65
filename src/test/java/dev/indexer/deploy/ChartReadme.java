package dev.indexer.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the chart README's parameter table from the {@code ## @section} and {@code ## @param}
 * comments of values.yaml (the Bitnami readme-generator convention), with each default read from
 * values.yaml itself. Run {@code main} (or ChartReadmeTest with -Dchart.readme.update=true) to
 * rewrite the table between the README's markers.
 */
final class ChartReadme {

  static final String START =
      "<!-- parameters:start (generated from values.yaml by ChartReadme; do not edit) -->";
  static final String END = "<!-- parameters:end -->";
  static final Path VALUES = ProjectFiles.CHART.resolve("values.yaml");
  static final Path README = ProjectFiles.CHART.resolve("README.md");

  private static final Pattern PARAM = Pattern.compile("^\\s*## @param (\\S+) (.+)$");
  private static final Pattern SECTION = Pattern.compile("^\\s*## @section (.+)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  record Param(String key, String description) {}

  private ChartReadme() {}

  /** Sections in file order, each with its parameters. */
  static Map<String, List<Param>> params() {
    Map<String, List<Param>> sections = new LinkedHashMap<>();
    String section = "Parameters";
    for (String line : ProjectFiles.read(VALUES).split("\n")) {
      Matcher s = SECTION.matcher(line);
      Matcher p = PARAM.matcher(line);
      if (s.matches()) {
        section = s.group(1).trim();
      } else if (p.matches()) {
        sections
            .computeIfAbsent(section, k -> new ArrayList<>())
            .add(new Param(p.group(1), p.group(2).trim()));
      }
    }
    return sections;
  }

  static String table() {
    Map<String, Object> values = HelmChart.readYaml(VALUES);
    StringBuilder sb = new StringBuilder();
    params()
        .forEach(
            (section, params) -> {
              sb.append("\n### ").append(section).append("\n\n");
              sb.append("| Name | Description | Value |\n|---|---|---|\n");
              for (Param p : params) {
                sb.append("| `")
                    .append(p.key())
                    .append("` | ")
                    .append(p.description().replace("|", "\\|"))
                    .append(" | ")
                    .append(render(lookup(values, p.key())))
                    .append(" |\n");
              }
            });
    return sb.toString();
  }

  static boolean exists(Map<String, Object> values, String key) {
    Object node = values;
    for (String part : key.split("\\.")) {
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
        return false;
      }
      node = map.get(part);
    }
    return true;
  }

  static Object lookup(Map<String, Object> values, String key) {
    Object node = values;
    for (String part : key.split("\\.")) {
      node = node instanceof Map<?, ?> map ? map.get(part) : null;
    }
    return node;
  }

  private static String render(Object value) {
    if (value == null) {
      return "`nil`";
    }
    try {
      String json =
          value instanceof String s ? JSON.writeValueAsString(s) : JSON.writeValueAsString(value);
      return "`" + json.replace("|", "\\|") + "`";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The README with its table replaced by a freshly generated one. */
  static String regenerated() {
    String readme = ProjectFiles.read(README);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalStateException("README.md lacks the markers " + START + " ... " + END);
    }
    return readme.substring(0, start + START.length())
        + "\n"
        + table()
        + "\n"
        + readme.substring(end);
  }

  public static void main(String[] args) throws IOException {
    Files.writeString(README, regenerated());
  }

  static void write() {
    try {
      main(new String[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
