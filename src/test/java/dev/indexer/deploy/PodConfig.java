package dev.indexer.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The configuration the indexer container would see, worked out from rendered objects the way the
 * kubelet and SmallRye Config would: environment variables (literal, from ConfigMaps through
 * envFrom, from Secrets, from the downward API) and the application.properties file that
 * QUARKUS_CONFIG_LOCATIONS points at, read from the ConfigMap mounted there. Environment variables
 * win over the file, as in SmallRye (ordinal 300 over the file's).
 */
final class PodConfig {

  static final String CONTAINER = "indexer";

  /** Where a setting comes from. */
  sealed interface Source permits Literal, FromSecret, FromField {}

  record Literal(String value) implements Source {}

  record FromSecret(String secret, String key) implements Source {}

  record FromField(String path) implements Source {}

  private final Map<String, Source> env = new TreeMap<>();
  private final Map<String, String> file = new TreeMap<>();
  private final Container container;
  private final PodSpec pod;

  PodConfig(Manifests objects) {
    StatefulSet sts = objects.one(StatefulSet.class);
    this.pod = sts.getSpec().getTemplate().getSpec();
    this.container =
        pod.getContainers().stream()
            .filter(c -> CONTAINER.equals(c.getName()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no container named " + CONTAINER));
    for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
      if (from.getConfigMapRef() == null) {
        throw new AssertionError("only ConfigMaps are expected in envFrom, found " + from);
      }
      String name = from.getConfigMapRef().getName();
      ConfigMap cm =
          objects
              .named(ConfigMap.class, name)
              .orElseThrow(() -> new AssertionError("envFrom names missing ConfigMap " + name));
      String prefix = Optional.ofNullable(from.getPrefix()).orElse("");
      cm.getData().forEach((k, v) -> env.put(prefix + k, new Literal(v)));
    }
    for (EnvVar e : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
      if (e.getValueFrom() == null) {
        env.put(e.getName(), new Literal(Optional.ofNullable(e.getValue()).orElse("")));
      } else if (e.getValueFrom().getSecretKeyRef() != null) {
        var ref = e.getValueFrom().getSecretKeyRef();
        env.put(e.getName(), new FromSecret(ref.getName(), ref.getKey()));
      } else if (e.getValueFrom().getFieldRef() != null) {
        env.put(e.getName(), new FromField(e.getValueFrom().getFieldRef().getFieldPath()));
      } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
        var ref = e.getValueFrom().getConfigMapKeyRef();
        ConfigMap cm = objects.named(ConfigMap.class, ref.getName()).orElseThrow();
        env.put(e.getName(), new Literal(cm.getData().get(ref.getKey())));
      }
    }
    if (env.get("QUARKUS_CONFIG_LOCATIONS") instanceof Literal location) {
      file.putAll(readMountedProperties(objects, location.value()));
    }
  }

  private Map<String, String> readMountedProperties(Manifests objects, String location) {
    String path = location.replaceFirst("^file:", "");
    for (VolumeMount m : container.getVolumeMounts()) {
      String dir = m.getMountPath().endsWith("/") ? m.getMountPath() : m.getMountPath() + "/";
      if (!path.startsWith(dir)) {
        continue;
      }
      String key = path.substring(dir.length());
      Volume v =
          volume(m.getName()).orElseThrow(() -> new AssertionError("no volume " + m.getName()));
      if (v.getConfigMap() == null) {
        throw new AssertionError("the config file is not on a ConfigMap volume: " + v);
      }
      ConfigMap cm =
          objects
              .named(ConfigMap.class, v.getConfigMap().getName())
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "config volume names missing ConfigMap " + v.getConfigMap().getName()));
      String text = cm.getData().get(key);
      if (text == null) {
        throw new AssertionError("ConfigMap " + cm.getMetadata().getName() + " has no key " + key);
      }
      Properties p = new Properties();
      try {
        p.load(new StringReader(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, String> out = new LinkedHashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return out;
    }
    throw new AssertionError(
        "QUARKUS_CONFIG_LOCATIONS " + location + " is not under any volume mount");
  }

  Container container() {
    return container;
  }

  PodSpec pod() {
    return pod;
  }

  Optional<Volume> volume(String name) {
    return pod.getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst();
  }

  Map<String, Source> env() {
    return env;
  }

  Map<String, String> file() {
    return file;
  }

  /**
   * Where the container gets a property from. Kafka Streams pass-through ({@code kafka-streams.*})
   * only counts from the file: the service collects it by name prefix, which environment variable
   * names cannot express.
   */
  Optional<Source> source(String property) {
    Source fromEnv =
        property.startsWith("kafka-streams.") ? null : env.get(AppConfig.envName(property));
    if (fromEnv != null) {
      return Optional.of(fromEnv);
    }
    return Optional.ofNullable(file.get(property)).map(Literal::new);
  }

  boolean sets(String property) {
    return source(property).isPresent();
  }

  /** The effective literal value ("" when set empty, which SmallRye treats as unset). */
  Optional<String> value(String property) {
    return source(property).filter(Literal.class::isInstance).map(s -> ((Literal) s).value());
  }
}
