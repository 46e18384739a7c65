package dev.indexer.event;

/**
 * The one call of the Confluent-compatible schema registry API that Avro in the Confluent wire
 * format needs: {@code GET /schemas/ids/{id}}. Served over HTTP by {@link ConfluentRegistryClient}
 * (a Confluent Schema Registry, or Apicurio Registry's {@code /apis/ccompat/v7}), and by the test
 * kit's in-memory registry.
 */
public interface ConfluentSchemas {

  /**
   * The schema text registered under {@code id}.
   *
   * @throws com.microsoft.kiota.ApiException with the HTTP status when the registry answers with an
   *     error (404: unknown id), as the Apicurio client does, so that {@link GuardedRegistry}
   *     decides the fault the same way for both APIs
   */
  String schemaById(int id);

  /** Whether a registry is configured; when not, Confluent-framed Avro cannot be decoded. */
  default boolean configured() {
    return true;
  }
}
