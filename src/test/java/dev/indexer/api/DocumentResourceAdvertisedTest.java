package dev.indexer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.indexer.pipeline.IndexerTopology;
import dev.indexer.pipeline.TopicsConfig;
import dev.indexer.testkit.JwtIssuerResource;
import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.QdrantLocalResource;
import dev.indexer.testkit.TestIssuer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/**
 * The application with {@code indexer.api.advertised-address} set, as the chart and manifests
 * deploy it: Kafka Streams advertises that address, and with one instance owning every key the
 * resource answers from its own store (the test profile advertises an address nobody listens on).
 * Several replicas: {@link ManifestLookupTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = QdrantLocalResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtIssuerResource.class, restrictToAnnotatedClass = false)
class DocumentResourceAdvertisedTest {

  @Inject KafkaStreams streams;
  @Inject ApiConfig config;
  @Inject TopicsConfig topics;

  @Test
  void kafkaStreamsAdvertisesTheConfiguredAddressAndTheResourceAnswersLocally() {
    assertThat(config.advertisedAddress()).contains(new HostInfo("localhost", 1));
    // Kafka Streams starts once its input topic exists.
    KafkaBrokerResource.kafka()
        .createTopics(1, topics.documents(), topics.status(), topics.deadLetter());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                streams.state() == KafkaStreams.State.RUNNING
                    && !streams.streamsMetadataForStore(IndexerTopology.MANIFEST_STORE).isEmpty());
    assertThat(streams.streamsMetadataForStore(IndexerTopology.MANIFEST_STORE))
        .extracting(StreamsMetadata::hostInfo)
        .containsOnly(new HostInfo("localhost", 1));

    String acme = "Bearer " + TestIssuer.get().token("acme");
    given()
        .header("Authorization", acme)
        .get("/documents/never-indexed-here")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", acme)
        .header(ManifestLookup.FORWARDED_HEADER, "1")
        .get("/documents/never-indexed-here")
        .then()
        .statusCode(404);
    given()
        .header("X-API-Key", TestIssuer.API_KEY_A)
        .get("/documents/never-indexed-here")
        .then()
        .statusCode(404);
  }
}
