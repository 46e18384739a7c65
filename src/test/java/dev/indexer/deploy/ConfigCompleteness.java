package dev.indexer.deploy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what the application reads with what a set of renderings (chart values variants, or the
 * kustomize base and overlays) can set in the container. A property counts as settable when at
 * least one rendering sets it, by environment variable or in the mounted application.properties.
 */
final class ConfigCompleteness {

  /**
   * Properties the deployment files may already set although the service does not read them yet
   * (none at the moment). When the service reads one under that name it must leave this list (the
   * test says so); under another name, the deployment files must follow.
   */
  static final Set<String> PENDING_IN_SERVICE = Set.of();

  /** Deployment defaults that differ from the service's on purpose, and why. */
  static final Map<String, String> DEPLOYMENT_DEFAULTS =
      Map.of(
          "indexer.qdrant.host",
          "in a cluster Qdrant is a Service (default name qdrant), not localhost");

  private ConfigCompleteness() {}

  /**
   * Application properties that no rendering sets, with the interface or file that declares them.
   */
  static Map<String, String> missing(Collection<PodConfig> renderings) {
    Map<String, String> missing = new TreeMap<>();
    AppConfig.mappingProperties()
        .values()
        .forEach(
            p -> {
              if (p.name().endsWith(".*")) {
                return; // a map of free-form keys: reachable through the free-form config map
              }
              // A list's elements (name[*]) are set by setting the list itself, comma-separated.
              String name =
                  p.name().endsWith("[*]")
                      ? p.name().substring(0, p.name().length() - 3)
                      : p.name();
              if (renderings.stream().noneMatch(r -> r.sets(name))) {
                missing.put(name, p.declaredIn());
              }
            });
    AppConfig.packagedKafkaStreamsProperties()
        .keySet()
        .forEach(
            k -> {
              if (renderings.stream().noneMatch(r -> r.sets(k))) {
                missing.put(k, "src/main/resources/application.properties");
              }
            });
    return missing;
  }

  /** INDEXER_* variables the renderings set that match no property of the service. */
  static Set<String> unknownIndexerVariables(Collection<PodConfig> renderings) {
    Set<String> known = new TreeSet<>();
    AppConfig.mappingProperties().keySet().forEach(p -> known.add(AppConfig.envName(p)));
    PENDING_IN_SERVICE.forEach(p -> known.add(AppConfig.envName(p)));
    Set<String> unknown = new TreeSet<>();
    for (PodConfig r : renderings) {
      r.env().keySet().stream()
          .filter(n -> n.startsWith("INDEXER_") && !known.contains(n))
          .forEach(unknown::add);
      r.file().keySet().stream()
          .filter(n -> n.startsWith("indexer.") && !isKnownFileKey(n))
          .forEach(unknown::add);
    }
    return unknown;
  }

  /**
   * A property of the service, or one key of a map property ({@code indexer.pii.operators.*}): one
   * more name segment, plain or quoted, after the map's prefix.
   */
  static boolean isKnownFileKey(String key) {
    if (AppConfig.mappingProperties().containsKey(key)) {
      return true;
    }
    return AppConfig.mappingProperties().keySet().stream()
        .filter(p -> p.endsWith(".*"))
        .map(p -> p.substring(0, p.length() - 1))
        .anyMatch(
            prefix ->
                key.startsWith(prefix)
                    && key.substring(prefix.length()).matches("[^.\"]+|\"[^\"]+\""));
  }

  /**
   * Pending properties the service now reads: they belong in its mapping, not in the pending list.
   */
  static Set<String> pendingButPresent() {
    Set<String> present = new TreeSet<>(PENDING_IN_SERVICE);
    present.retainAll(AppConfig.mappingProperties().keySet());
    return present;
  }

  /**
   * Where a rendering's literal value differs from the service's own default for a property it sets
   * non-empty (a chart default that drifted from the code).
   */
  static List<String> defaultsThatDiffer(PodConfig rendering) {
    List<String> differ = new ArrayList<>();
    AppConfig.mappingProperties()
        .values()
        .forEach(
            p ->
                p.defaultValue()
                    .ifPresent(
                        def ->
                            rendering
                                .value(p.name())
                                .filter(v -> !v.isEmpty())
                                .ifPresent(
                                    v -> {
                                      if (!v.equalsIgnoreCase(def)
                                          && !DEPLOYMENT_DEFAULTS.containsKey(p.name())) {
                                        differ.add(
                                            p.name()
                                                + ": deployed "
                                                + v
                                                + ", service default "
                                                + def);
                                      }
                                    })));
    AppConfig.packagedKafkaStreamsProperties()
        .forEach(
            (k, def) ->
                rendering
                    .value(k)
                    .ifPresent(
                        v -> {
                          if (!v.equals(def)
                              && !k.equals("quarkus.kafka-streams.bootstrap-servers")) {
                            differ.add(k + ": deployed " + v + ", packaged " + def);
                          }
                        }));
    return differ;
  }

  static String describe(Map<String, String> missing) {
    StringBuilder sb = new StringBuilder();
    missing.forEach(
        (p, where) ->
            sb.append("\n  ")
                .append(p)
                .append("  (env ")
                .append(AppConfig.envName(p))
                .append(", declared in ")
                .append(where)
                .append(")"));
    return sb.toString();
  }
}
