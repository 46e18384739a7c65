package dev.indexer.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;

/** The document lookup of the read API, with the client it asks other replicas with. */
@ApplicationScoped
public class ManifestLookupProducer {

  /** Connecting to another replica; a replica that does not accept within this is "unavailable". */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /**
   * One request to another replica (a local store read there): a caller waits at most this per
   * replica.
   */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  @Produces
  @Singleton
  ManifestLookup manifestLookup(KafkaStreams streams, ApiConfig config, ObjectMapper json) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    return new ManifestLookup(streams, config.advertisedAddress(), http, json, REQUEST_TIMEOUT);
  }
}
