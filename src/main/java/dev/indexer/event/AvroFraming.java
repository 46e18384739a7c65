package dev.indexer.event;

/**
 * How the schema id of an Avro key or value is found and resolved. Both framings put the same bytes
 * on the wire: a magic byte {@code 0}, a 4-byte big-endian schema id, the Avro binary body. They
 * differ in which registry API the id belongs to.
 */
public enum AvroFraming {
  /**
   * Per record: one with Apicurio id headers ({@code apicurio.*}) is read through the Apicurio API;
   * otherwise through the Confluent-compatible API when {@code indexer.registry.confluent-url} is
   * set, else through the Apicurio API.
   */
  AUTO,
  /** The id is an Apicurio content id, resolved through the Apicurio v3 API. */
  APICURIO,
  /** The id is a Confluent schema id, resolved through {@code GET /schemas/ids/{id}}. */
  CONFLUENT
}
