package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image build (src/main/docker/Dockerfile.jvm and the -Pjib profile) agrees with the service
 * and with the chart. No image can be built here; this reads the files.
 */
class ContainerImageTest {

  private static final String DOCKERFILE = ProjectFiles.read(ProjectFiles.DOCKERFILE);

  private static List<String> instructions(String keyword) {
    List<String> out = new ArrayList<>();
    String joined = DOCKERFILE.replaceAll("\\\\\\n", " ");
    for (String line : joined.split("\n")) {
      String t = line.trim();
      if (t.toUpperCase().startsWith(keyword + " ")) {
        out.add(t.substring(keyword.length()).trim());
      }
    }
    return out;
  }

  private static Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    Pattern kv = Pattern.compile("(\\w+)=(\"[^\"]*\"|'[^']*'|\\S+)");
    for (String e : instructions("ENV")) {
      Matcher m = kv.matcher(e);
      while (m.find()) {
        env.put(m.group(1), m.group(2).replaceAll("^[\"']|[\"']$", ""));
      }
    }
    return env;
  }

  @Test
  void runsAsANonRootUser() {
    List<String> users = instructions("USER");
    assertThat(users).isNotEmpty();
    String last = users.get(users.size() - 1);
    assertThat(last).matches("[1-9][0-9]*(:[0-9]+)?");
  }

  @Test
  void exposesTheServicesHttpPort() {
    assertThat(instructions("EXPOSE"))
        .containsExactly(AppConfig.httpPort() + " " + AppConfig.managementPort());
  }

  @Test
  void writableDirectoriesAreTheOnesTheChartMounts() {
    Map<String, String> env = env();
    PodConfig chart = new PodConfig(HelmChart.renderDefaults());

    assertThat(env.get("DJL_CACHE_DIR"))
        .isEqualTo(((PodConfig.Literal) chart.env().get("DJL_CACHE_DIR")).value());
    assertThat(env.get("QUARKUS_CONFIG_LOCATIONS"))
        .isEqualTo(((PodConfig.Literal) chart.env().get("QUARKUS_CONFIG_LOCATIONS")).value());
    Properties imageConfig = new Properties();
    imageConfig.putAll(
        load(ProjectFiles.ROOT.resolve("src/main/docker/config/application.properties")));
    assertThat(imageConfig.getProperty("kafka-streams.state.dir"))
        .isEqualTo(chart.file().get("kafka-streams.state.dir"));
    String prepared = String.join(" ", instructions("RUN"));
    assertThat(prepared).contains("/var/lib/indexer", "/var/cache/djl").contains("chown");
    assertThat(env.get("JAVA_OPTS_APPEND"))
        .contains("-XX:MaxRAMPercentage=50.0", "-Dquarkus.http.host=0.0.0.0");
  }

  @Test
  void copiesOnlyFilesThatExistOrThatPackageProduces() {
    for (String copy : instructions("COPY")) {
      String source = copy.replaceAll("--\\S+\\s+", "").split("\\s+")[0];
      if (source.startsWith("target/quarkus-app")) {
        continue; // made by ./mvnw package, after the tests
      }
      assertThat(Files.exists(ProjectFiles.ROOT.resolve(source)))
          .as("COPY source %s", source)
          .isTrue();
    }
    assertThat(instructions("COPY"))
        .anyMatch(c -> c.contains("target/quarkus-app/lib/"))
        .anyMatch(c -> c.contains("target/quarkus-app/quarkus/"));
  }

  @Test
  void jibIsAnOptInProfileOnly() {
    String pom = ProjectFiles.read(ProjectFiles.ROOT.resolve("pom.xml"));
    int profiles = pom.indexOf("<profiles>");
    assertThat(pom.substring(0, profiles))
        .as("Jib outside a profile would run in every build")
        .doesNotContain("quarkus-container-image-jib");
    String jib = pom.substring(pom.indexOf("<id>jib</id>"));
    jib = jib.substring(0, jib.indexOf("</profile>"));
    assertThat(jib)
        .contains("quarkus-container-image-jib")
        .doesNotContain("<activation>")
        .doesNotContain("<quarkus.container-image.build>true");
  }

  private static Properties load(java.nio.file.Path file) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(Files.readString(file)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }
}
