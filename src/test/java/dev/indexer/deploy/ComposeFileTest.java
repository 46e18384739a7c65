package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * testcontainers/compose.yaml cannot run here (no Docker); this checks that it is consistent with
 * the service: images, listeners, topics, the indexer's settings and the sample events.
 */
class ComposeFileTest {

  private static final JsonNode COMPOSE = Kustomize.readDocs(ProjectFiles.COMPOSE).get(0);
  private static final JsonNode SERVICES = COMPOSE.path("services");

  private static JsonNode service(String name) {
    JsonNode s = SERVICES.path(name);
    assertThat(s.isMissingNode()).as("service %s", name).isFalse();
    return s;
  }

  private static String env(String service, String name) {
    return service(service).path("environment").path(name).asText(null);
  }

  @Test
  void startsKafkaQdrantTheRegistryTheIndexerAndAProducer() {
    assertThat(service("kafka").path("image").asText()).startsWith("apache/kafka:4.");
    assertThat(service("qdrant").path("image").asText()).isEqualTo("qdrant/qdrant:v1.17.0");
    assertThat(service("registry").path("image").asText())
        .startsWith("apicurio/apicurio-registry:3.");
    assertThat(service("indexer").path("build").path("dockerfile").asText())
        .isEqualTo("src/main/docker/Dockerfile.jvm");
    assertThat(
            Files.exists(
                ProjectFiles.COMPOSE
                    .getParent()
                    .resolve(service("indexer").path("build").path("context").asText())
                    .resolve(service("indexer").path("build").path("dockerfile").asText())))
        .isTrue();
    assertThat(service("producer").path("command").toString()).contains("--topic documents");
  }

  @Test
  void kafkaIsKraftAndReadyForExactlyOnceOnOneBroker() {
    assertThat(env("kafka", "KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
    assertThat(env("kafka", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR")).isEqualTo("1");
    assertThat(env("kafka", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")).isEqualTo("1");
    assertThat(env("kafka", "KAFKA_ADVERTISED_LISTENERS"))
        .contains(env("indexer", "QUARKUS_KAFKA_STREAMS_BOOTSTRAP_SERVERS"));
  }

  @Test
  void everyIndexerVariableIsASettingOfTheService() {
    Set<String> known = new TreeSet<>();
    AppConfig.mappingProperties().keySet().forEach(p -> known.add(AppConfig.envName(p)));
    List<String> unknown = new ArrayList<>();
    service("indexer")
        .path("environment")
        .fieldNames()
        .forEachRemaining(
            n -> {
              if (n.startsWith("INDEXER_") && !known.contains(n)) {
                unknown.add(n);
              }
            });
    assertThat(unknown).isEmpty();
    assertThat(env("indexer", "INDEXER_QDRANT_HOST")).isEqualTo("qdrant");
    assertThat(env("indexer", "INDEXER_QDRANT_PORT")).isEqualTo("6334");
    assertThat(env("indexer", "INDEXER_REGISTRY_URL"))
        .startsWith("http://registry:8080/apis/registry/v3");
  }

  @Test
  void createsTheTopicsTheIndexerUses() {
    String init = service("kafka-init").path("command").toString();
    for (String topicVar :
        List.of(
            "INDEXER_TOPICS_DOCUMENTS", "INDEXER_TOPICS_STATUS", "INDEXER_TOPICS_DEAD_LETTER")) {
      assertThat(init).contains(env("indexer", topicVar) + ":");
    }
    Map<String, AppConfig.AppProperty> props = AppConfig.mappingProperties();
    assertThat(env("indexer", "INDEXER_TOPICS_DOCUMENTS"))
        .isEqualTo(props.get("indexer.topics.documents").defaultValue().orElseThrow());
  }

  @Test
  void runsTheIndexerAsInKubernetes() {
    JsonNode indexer = service("indexer");
    PodConfig chart = new PodConfig(HelmChart.renderDefaults());
    String djl = ((PodConfig.Literal) chart.env().get("DJL_CACHE_DIR")).value();

    assertThat(indexer.path("read_only").asBoolean()).isTrue();
    assertThat(indexer.path("user").asText()).isNotIn("0", "root");
    assertThat(indexer.path("cap_drop").toString()).contains("ALL");
    assertThat(indexer.path("tmpfs").toString()).contains("/tmp:exec", djl + ":exec");
    assertThat(indexer.path("volumes").toString()).contains(":/var/lib/indexer");
    assertThat(indexer.path("ports").toString())
        .contains(AppConfig.httpPort() + ":" + AppConfig.httpPort());
  }

  @Test
  void sampleEventsAreKeyedLikeTheirContent() throws Exception {
    List<String> lines =
        Files.readAllLines(ProjectFiles.COMPOSE.getParent().resolve("samples/documents.txt"));
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      int bar = line.indexOf('|');
      String key = line.substring(0, bar);
      JsonNode event = Manifests.JSON.readTree(line.substring(bar + 1));
      assertThat(key)
          .isEqualTo(event.path("tenant").asText() + "/" + event.path("documentId").asText());
      assertThat(event.path("operation").asText()).isIn("UPSERT", "DELETE");
    }
  }
}
