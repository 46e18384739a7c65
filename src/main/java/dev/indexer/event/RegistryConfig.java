package dev.indexer.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The schema registry used to decode Avro events. */
@ConfigMapping(prefix = "indexer.registry")
public interface RegistryConfig {

  /**
   * Base URL of an Apicurio Registry (v3 API), for example {@code
   * http://registry:8080/apis/registry/v3}. Required to decode Avro events.
   */
  Optional<String> url();

  /**
   * PEM file of the certificate authorities an {@code https://} registry's certificate must chain
   * to (a private CA); unset: the JVM's trust store.
   */
  Optional<String> tlsCaFile();

  /**
   * Base URL of a Confluent-compatible registry API (a Confluent Schema Registry, such as {@code
   * http://schema-registry:8081}, or Apicurio's {@code http://registry:8080/apis/ccompat/v7}),
   * whose {@code GET /schemas/ids/{id}} resolves the schema ids of Avro in the Confluent framing.
   * Trusts {@code tls-ca-file} as well. Unset: such Avro is dead-lettered ({@code UNDECODABLE},
   * naming this property) when {@code avro-framing} is {@code confluent}.
   */
  Optional<String> confluentUrl();

  /**
   * Which registry API resolves the 4-byte schema id of Avro keys and values: {@code apicurio} (an
   * Apicurio content id), {@code confluent} (a Confluent schema id) or {@code auto}: per record,
   * Apicurio when the record has {@code apicurio.*} headers, else Confluent when {@code
   * confluent-url} is set, else Apicurio. Both framings are the same bytes, so with two separate
   * registries whose ids overlap, choose one: an id resolved by the wrong registry names another
   * schema.
   */
  @WithDefault("auto")
  AvroFraming avroFraming();
}
