package dev.indexer.deploy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappingInterface;
import io.smallrye.config.ConfigMappings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the application reads, found from the application itself rather than from a list kept by
 * hand: every {@code @ConfigMapping} interface among the compiled main classes (through SmallRye's
 * own mapping metadata, so names follow its kebab-case and {@code @WithName} rules), plus the Kafka
 * Streams settings of the packaged application.properties. A property added to the service later
 * shows up here without anyone editing a test.
 */
final class AppConfig {

  /** The HTTP port Quarkus listens on unless application.properties says otherwise. */
  static final int DEFAULT_HTTP_PORT = 8080;

  /** Packaged Kafka Streams keys the chart and manifests deliberately do not expose, and why. */
  static final Map<String, String> NOT_EXPOSED =
      Map.of(
          "quarkus.kafka-streams.topics",
          "derived in application.properties from indexer.topics.documents, which is exposed",
          "quarkus.kafka-streams.application-server",
          "derived in application.properties from indexer.api.advertised-address, which is exposed");

  record AppProperty(
      String name, String declaredIn, Optional<String> defaultValue, boolean secret) {}

  private AppConfig() {}

  /** Every property of every {@code @ConfigMapping} interface in target/classes, by name. */
  static Map<String, AppProperty> mappingProperties() {
    Map<String, AppProperty> all = new TreeMap<>();
    for (Class<?> mapping : configMappingInterfaces()) {
      Map<String, ConfigMappingInterface.Property> props =
          ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(mapping));
      props.forEach(
          (name, p) -> {
            Optional<String> def =
                p.hasDefaultValue() ? Optional.ofNullable(p.getDefaultValue()) : Optional.empty();
            all.put(name, new AppProperty(name, mapping.getName(), def, isSecretName(name)));
          });
    }
    return all;
  }

  static List<Class<?>> configMappingInterfaces() {
    Path classes = ProjectFiles.MAIN_CLASSES;
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException(classes + " is missing: run the tests through Maven");
    }
    byte[] marker = "Lio/smallrye/config/ConfigMapping;".getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .filter(f -> contains(read(f), marker))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .map(AppConfig::load)
          .filter(c -> c.isInterface() && c.isAnnotationPresent(ConfigMapping.class))
          .sorted(java.util.Comparator.comparing(Class::getName))
          .<Class<?>>map(c -> c)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Kafka Streams and Quarkus Kafka Streams keys of the packaged application.properties (default
   * profile only), which operators must be able to change too.
   */
  static Map<String, String> packagedKafkaStreamsProperties() {
    Properties props = packagedProperties();
    Map<String, String> out = new TreeMap<>();
    for (String key : props.stringPropertyNames()) {
      if ((key.startsWith("kafka-streams.") || key.startsWith("quarkus.kafka-streams."))
          && !NOT_EXPOSED.containsKey(key)) {
        out.put(key, props.getProperty(key));
      }
    }
    return out;
  }

  static Properties packagedProperties() {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(ProjectFiles.APPLICATION_PROPERTIES)) {
      props.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  /** The port of Quarkus' management interface (health, metrics), when it is enabled. */
  static int managementPort() {
    return Integer.parseInt(packagedProperties().getProperty("quarkus.management.port", "9000"));
  }

  static boolean managementEnabled() {
    return Boolean.parseBoolean(
        packagedProperties().getProperty("quarkus.management.enabled", "false"));
  }

  /** The container port name health and metrics are served on: management, or http without it. */
  static String managementPortName() {
    return managementEnabled() ? "management" : "http";
  }

  static int httpPort() {
    return Integer.parseInt(
        packagedProperties().getProperty("quarkus.http.port", String.valueOf(DEFAULT_HTTP_PORT)));
  }

  /** Health paths as Quarkus serves them: {@code /<non-application root>/<health root>/<kind>}. */
  static String healthPath(String kind) {
    Properties p = packagedProperties();
    String root = nonApplicationRoot(p);
    String health =
        p.getProperty("quarkus.smallrye-health.root-path", "health").replaceAll("^/|/$", "");
    return "/" + root + "/" + health + "/" + kind;
  }

  static String metricsPath() {
    Properties p = packagedProperties();
    String root = nonApplicationRoot(p);
    String metrics =
        p.getProperty("quarkus.micrometer.export.prometheus.path", "metrics")
            .replaceAll("^/|/$", "");
    return "/" + root + "/" + metrics;
  }

  private static String nonApplicationRoot(Properties p) {
    String key =
        managementEnabled()
            ? "quarkus.management.root-path"
            : "quarkus.http.non-application-root-path";
    return p.getProperty(key, "q").replaceAll("^/|/$", "");
  }

  /** The environment variable SmallRye Config looks up for a property name. */
  static String envName(String property) {
    StringBuilder sb = new StringBuilder();
    for (char c : property.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return sb.toString();
  }

  static boolean isSecretName(String property) {
    String p = property.toLowerCase();
    if (p.endsWith("-file")) {
      return false; // the path of a file mounted from a Secret (indexer.auth.api-keys-file)
    }
    return p.contains("api-key")
        || p.contains("password")
        || p.contains("jaas")
        || p.contains("secret")
        || p.endsWith(".token")
        || p.endsWith("hmac-key");
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AppConfig.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
