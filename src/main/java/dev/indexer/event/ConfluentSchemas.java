package dev.indexer.event;

import java.util.List;

/**
 * The calls of the Confluent-compatible schema registry API that Avro in the Confluent wire format
 * needs: {@code GET /schemas/ids/{id}}, and {@code GET /subjects/{subject}/versions/{version}} for
 * the schemas a schema references. Served over HTTP by {@link ConfluentRegistryClient} (a Confluent
 * Schema Registry, or Apicurio Registry's {@code /apis/ccompat/v7}), and by the test kit's
 * in-memory registry.
 *
 * <p>Both throw {@link com.microsoft.kiota.ApiException} with the HTTP status when the registry
 * answers with an error (404: unknown id, subject or version), as the Apicurio client does, so that
 * {@link GuardedRegistry} decides the fault the same way for both APIs.
 */
public interface ConfluentSchemas {

  /**
   * A schema as the registry holds it.
   *
   * @param schema its text, naming the types of its references without defining them
   * @param references the schemas that define those types, in the registry's order
   */
  record RegisteredSchema(String schema, List<Reference> references) {
    public RegisteredSchema {
      references = references == null ? List.of() : List.copyOf(references);
    }

    /** A schema without references. */
    public static RegisteredSchema of(String schema) {
      return new RegisteredSchema(schema, List.of());
    }
  }

  /**
   * A schema reference: the named type {@code name} is defined by version {@code version} of {@code
   * subject} (a negative version: the subject's latest).
   */
  record Reference(String name, String subject, int version) {}

  /** {@code GET /schemas/ids/{id}}: the schema registered under {@code id}. */
  RegisteredSchema schemaById(int id);

  /** {@code GET /subjects/{subject}/versions/{version}}: a version of a subject. */
  RegisteredSchema schemaByVersion(String subject, int version);

  /** Whether a registry is configured; when not, Confluent-framed Avro cannot be decoded. */
  default boolean configured() {
    return true;
  }
}
