package dev.indexer.event;

import io.smallrye.config.ConfigMapping;
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
}
