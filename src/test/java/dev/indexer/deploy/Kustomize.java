package dev.indexer.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.JsonPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code kustomize build} for the subset of kustomization fields these manifests use (resources,
 * namespace, images, JSON 6902 patches with a kind/name target), run in the test JVM: there is no
 * kustomize to call from Maven on a clean machine. Any other field fails the build, so the subset
 * cannot be outgrown silently; where a kubectl is installed, KustomizeTest also compares the result
 * with the real {@code kubectl kustomize}.
 */
final class Kustomize {

  static final Set<String> SUPPORTED_FIELDS =
      Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");

  private Kustomize() {}

  static Manifests build(Path dir) {
    List<ObjectNode> docs = buildNodes(dir);
    List<io.fabric8.kubernetes.api.model.HasMetadata> objects = new ArrayList<>();
    docs.forEach(d -> objects.add(Manifests.toObject(d)));
    return Manifests.of(objects);
  }

  static List<ObjectNode> buildNodes(Path dir) {
    ObjectNode k = (ObjectNode) readDocs(dir.resolve("kustomization.yaml")).get(0);
    List<String> unsupported = new ArrayList<>();
    k.fieldNames()
        .forEachRemaining(
            f -> {
              if (!SUPPORTED_FIELDS.contains(f)) {
                unsupported.add(f);
              }
            });
    if (!unsupported.isEmpty()) {
      throw new IllegalStateException(
          dir + "/kustomization.yaml uses fields this build does not emulate: " + unsupported);
    }
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode r : k.path("resources")) {
      Path p = dir.resolve(r.asText()).normalize();
      if (Files.isDirectory(p)) {
        out.addAll(buildNodes(p));
      } else {
        readDocs(p).forEach(d -> out.add((ObjectNode) d));
      }
    }
    for (JsonNode patch : k.path("patches")) {
      JsonNode ops = readDocs(dir.resolve(patch.path("path").asText())).get(0);
      String kind = patch.path("target").path("kind").asText();
      String name = patch.path("target").path("name").asText();
      int applied = 0;
      for (int i = 0; i < out.size(); i++) {
        ObjectNode o = out.get(i);
        if (o.path("kind").asText().equals(kind)
            && o.path("metadata").path("name").asText().equals(name)) {
          out.set(i, (ObjectNode) JsonPatch.apply(ops, o));
          applied++;
        }
      }
      if (applied == 0) {
        throw new IllegalStateException("patch " + patch + " matches no resource");
      }
    }
    for (JsonNode image : k.path("images")) {
      out.forEach(o -> setImages(o, image));
    }
    if (k.hasNonNull("namespace")) {
      out.forEach(
          o -> ((ObjectNode) o.path("metadata")).put("namespace", k.get("namespace").asText()));
    }
    return out;
  }

  private static void setImages(ObjectNode o, JsonNode rule) {
    JsonNode containers = o.path("spec").path("template").path("spec").path("containers");
    for (JsonNode c : containers) {
      String image = c.path("image").asText();
      String name = image.replaceAll("@.*$", "").replaceAll(":[^:/]*$", "");
      if (!name.equals(rule.path("name").asText())) {
        continue;
      }
      String newName = rule.hasNonNull("newName") ? rule.get("newName").asText() : name;
      String ref;
      if (rule.hasNonNull("digest")) {
        ref = newName + "@" + rule.get("digest").asText();
      } else if (rule.hasNonNull("newTag")) {
        ref = newName + ":" + rule.get("newTag").asText();
      } else {
        ref = newName + image.substring(name.length());
      }
      ((ObjectNode) c).put("image", ref);
    }
  }

  static List<JsonNode> readDocs(Path file) {
    try {
      List<JsonNode> docs = new ArrayList<>();
      Iterator<JsonNode> it =
          Manifests.YAML.readValues(Manifests.YAML.createParser(file.toFile()), JsonNode.class);
      while (it.hasNext()) {
        JsonNode d = it.next();
        if (d != null && !d.isNull() && !(d.isObject() && d.isEmpty())) {
          docs.add(d);
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Objects keyed "Kind/name" with their JSON, for comparing two builds regardless of order. */
  static java.util.Map<String, JsonNode> byKey(List<? extends JsonNode> docs) {
    java.util.Map<String, JsonNode> map = new java.util.TreeMap<>();
    docs.forEach(
        d -> map.put(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(), d));
    return map;
  }

  static ArrayNode array(List<? extends JsonNode> docs) {
    ArrayNode a = Manifests.JSON.createArrayNode();
    docs.forEach(a::add);
    return a;
  }
}
