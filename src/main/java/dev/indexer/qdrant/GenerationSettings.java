package dev.indexer.qdrant;

import static io.qdrant.client.ValueFactory.value;

import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What built a generation of the index: recorded in its collection's metadata when the collection
 * is created, and compared with the service's own settings at start. A service whose settings
 * differ does not write into that collection: its vectors or chunks would not match the ones
 * already there.
 *
 * @param model the embedding model's id, as on every point ({@code model_id})
 * @param dimension the vector size
 * @param distance Qdrant's name of the vector distance
 * @param chunking the chunker's settings, such as {@code tokens=126,overlap=16,headings=true}
 * @param piiPolicy the PII policy version, as on every point ({@code pii_policy})
 * @param applicationId the Kafka Streams application id of the pipeline that builds it: its
 *     manifests and offsets, which no other generation may share
 */
public record GenerationSettings(
    String model,
    int dimension,
    String distance,
    String chunking,
    String piiPolicy,
    String applicationId) {

  static final String MODEL = "indexer_model";
  static final String DIMENSION = "indexer_dimension";
  static final String DISTANCE = "indexer_distance";
  static final String CHUNKING = "indexer_chunking";
  static final String PII_POLICY = "indexer_pii_policy";
  static final String APPLICATION_ID = "indexer_application_id";

  /** The collection metadata entries that record these settings. */
  Map<String, Value> toMetadata() {
    Map<String, Value> metadata = new LinkedHashMap<>();
    metadata.put(MODEL, value(model));
    metadata.put(DIMENSION, value(dimension));
    metadata.put(DISTANCE, value(distance));
    metadata.put(CHUNKING, value(chunking));
    metadata.put(PII_POLICY, value(piiPolicy));
    metadata.put(APPLICATION_ID, value(applicationId));
    return metadata;
  }

  /** The settings a collection's metadata records; empty for a collection that records none. */
  static Optional<GenerationSettings> fromMetadata(Map<String, Value> metadata) {
    if (!metadata.containsKey(MODEL)) {
      return Optional.empty();
    }
    return Optional.of(
        new GenerationSettings(
            text(metadata, MODEL),
            (int) metadata.getOrDefault(DIMENSION, value(0)).getIntegerValue(),
            text(metadata, DISTANCE),
            text(metadata, CHUNKING),
            text(metadata, PII_POLICY),
            text(metadata, APPLICATION_ID)));
  }

  /**
   * What differs between the settings that built a generation ({@code this}) and {@code wanted},
   * one "name: built with -> configured" line each; empty when a service with {@code wanted} may
   * write into it.
   */
  public List<String> differencesFrom(GenerationSettings wanted) {
    List<String> differences = new ArrayList<>();
    differ(differences, "model", model, wanted.model);
    differ(differences, "vectors", "size " + dimension, "size " + wanted.dimension);
    differ(differences, "distance", distance, wanted.distance);
    differ(differences, "chunking", chunking, wanted.chunking);
    differ(differences, "PII policy", piiPolicy, wanted.piiPolicy);
    differ(differences, "Kafka Streams application id", applicationId, wanted.applicationId);
    return differences;
  }

  private static void differ(List<String> out, String name, Object built, Object wanted) {
    if (!built.equals(wanted)) {
      out.add(name + ": built with " + built + ", configured " + wanted);
    }
  }

  private static String text(Map<String, Value> metadata, String key) {
    Value v = metadata.get(key);
    return v == null ? "" : v.getStringValue();
  }
}
