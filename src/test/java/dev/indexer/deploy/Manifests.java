package dev.indexer.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of Kubernetes objects parsed from (multi-document) YAML into the fabric8 model. Every kind
 * the chart and the manifests produce maps to a typed class; a field the model does not know (a
 * typo, a wrong indentation) lands in an {@code additionalProperties} map, which {@link
 * #unknownFields()} reports.
 */
final class Manifests {

  static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
  static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /** kind -> model class for apiVersion checks too. */
  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry("ConfigMap", new Kind("v1", ConfigMap.class)),
          Map.entry("Secret", new Kind("v1", Secret.class)),
          Map.entry("Service", new Kind("v1", Service.class)),
          Map.entry("ServiceAccount", new Kind("v1", ServiceAccount.class)),
          Map.entry("Pod", new Kind("v1", Pod.class)),
          Map.entry("StatefulSet", new Kind("apps/v1", StatefulSet.class)),
          Map.entry("PodDisruptionBudget", new Kind("policy/v1", PodDisruptionBudget.class)),
          Map.entry(
              "HorizontalPodAutoscaler", new Kind("autoscaling/v2", HorizontalPodAutoscaler.class)),
          Map.entry("NetworkPolicy", new Kind("networking.k8s.io/v1", NetworkPolicy.class)),
          Map.entry(
              "ServiceMonitor",
              new Kind("monitoring.coreos.com/v1", GenericKubernetesResource.class)),
          Map.entry(
              "PrometheusRule",
              new Kind("monitoring.coreos.com/v1", GenericKubernetesResource.class)));

  private record Kind(String apiVersion, Class<? extends HasMetadata> type) {}

  private final List<HasMetadata> objects;

  private Manifests(List<HasMetadata> objects) {
    this.objects = List.copyOf(objects);
  }

  static Manifests parse(String yaml) {
    try {
      List<HasMetadata> objects = new ArrayList<>();
      for (JsonNode doc : YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll()) {
        if (doc == null || doc.isNull() || doc.isEmpty()) {
          continue;
        }
        objects.add(toObject((ObjectNode) doc));
      }
      return new Manifests(objects);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Manifests of(Collection<? extends HasMetadata> objects) {
    return new Manifests(new ArrayList<>(objects));
  }

  static HasMetadata toObject(ObjectNode doc) {
    String kind = doc.path("kind").asText();
    Kind known = KINDS.get(kind);
    if (known == null) {
      throw new AssertionError("Unexpected kind " + kind + " in\n" + doc.toPrettyString());
    }
    String apiVersion = doc.path("apiVersion").asText();
    if (!known.apiVersion().equals(apiVersion)) {
      throw new AssertionError(
          kind + " has apiVersion " + apiVersion + ", expected " + known.apiVersion());
    }
    return JSON.convertValue(doc, known.type());
  }

  List<HasMetadata> all() {
    return objects;
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends HasMetadata> T one(Class<T> type) {
    List<T> found = all(type);
    if (found.size() != 1) {
      throw new AssertionError("Expected one " + type.getSimpleName() + ", found " + found.size());
    }
    return found.get(0);
  }

  <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
    return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
  }

  List<GenericKubernetesResource> ofKind(String kind) {
    return objects.stream()
        .filter(o -> o instanceof GenericKubernetesResource && kind.equals(o.getKind()))
        .map(GenericKubernetesResource.class::cast)
        .toList();
  }

  Set<String> kinds() {
    return objects.stream()
        .map(HasMetadata::getKind)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * Fields that the typed model did not recognise, as "Kind/name: path.field". A ServiceMonitor is
   * untyped here (no model on the classpath) and checked field by field in the tests instead.
   */
  List<String> unknownFields() {
    List<String> unknown = new ArrayList<>();
    for (HasMetadata o : objects) {
      if (o instanceof GenericKubernetesResource) {
        continue;
      }
      walk(o, o.getKind() + "/" + o.getMetadata().getName(), unknown, new IdentityHashMap<>());
    }
    return unknown;
  }

  private static void walk(
      Object node, String path, List<String> unknown, Map<Object, Boolean> seen) {
    if (node == null || seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    if (node instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", unknown, seen);
      }
      return;
    }
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen));
      return;
    }
    if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    for (Method m : node.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || !m.getName().startsWith("get")
          || m.getName().equals("getClass")) {
        continue;
      }
      try {
        Object value = m.invoke(node);
        if (m.getName().equals("getAdditionalProperties")) {
          if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
            extra.keySet().forEach(k -> unknown.add(path + "." + k));
          }
          continue;
        }
        String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
        walk(value, path + "." + field, unknown, seen);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
