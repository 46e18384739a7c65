package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every property the service reads can be set from the chart's values: the property list comes from
 * the service's {@code @ConfigMapping} interfaces and packaged Kafka Streams settings (see {@link
 * AppConfig}), the settable list from the rendered container of each values variant. A property
 * added to the service without a chart value fails here, by name.
 */
class ChartConfigCompletenessTest {

  static List<PodConfig> renderings() {
    List<PodConfig> all = new ArrayList<>();
    all.add(new PodConfig(HelmChart.renderDefaults()));
    for (Path f : HelmChart.ciValuesFiles()) {
      all.add(new PodConfig(HelmChart.render(f)));
    }
    return all;
  }

  @Test
  void findsTheServicesConfigMappings() {
    assertThat(AppConfig.configMappingInterfaces())
        .extracting(Class::getSimpleName)
        .contains(
            "QdrantConfig",
            "EmbeddingConfig",
            "ChunkingConfig",
            "TopicsConfig",
            "DeadLetterConfig",
            "EventConfig",
            "RegistryConfig");
    assertThat(AppConfig.mappingProperties())
        .containsKeys("indexer.qdrant.hnsw-ef-construct", "indexer.topics.dead-letter");
  }

  @Test
  void everyPropertyOfTheServiceIsSettableFromValues() {
    Map<String, String> missing = ConfigCompleteness.missing(renderings());

    assertThat(missing)
        .as(
            "properties the service reads that no chart value sets; add a typed value (values.yaml, "
                + "values.schema.json, templates/configmap.yaml) for each:"
                + ConfigCompleteness.describe(missing))
        .isEmpty();
  }

  @Test
  void aPropertyWithoutAValueIsReportedByName() {
    Manifests objects = HelmChart.renderDefaults();
    objects
        .named(io.fabric8.kubernetes.api.model.ConfigMap.class, "search-vector-indexer-env")
        .orElseThrow()
        .getData()
        .remove("INDEXER_QDRANT_DISTANCE");

    assertThat(ConfigCompleteness.missing(List.of(new PodConfig(objects))))
        .as("the removed variable, and the credentials the defaults reference no Secret for")
        .containsOnlyKeys(
            "indexer.qdrant.distance",
            "indexer.qdrant.api-key",
            "indexer.embedding.remote.api-key",
            "indexer.pii.hmac-key");
  }

  @Test
  void aListIsReportedByItsOwnNameWhenUnset() {
    Manifests objects = HelmChart.renderDefaults();
    objects
        .named(io.fabric8.kubernetes.api.model.ConfigMap.class, "search-vector-indexer-env")
        .orElseThrow()
        .getData()
        .remove("INDEXER_PII_PHONE_REGIONS");

    assertThat(ConfigCompleteness.missing(List.of(new PodConfig(objects))))
        .containsKey("indexer.pii.phone-regions");
  }

  @Test
  void mapKeysInTheFileAreKnownButOtherIndexerKeysAreNot() {
    assertThat(ConfigCompleteness.isKnownFileKey("indexer.pii.operators.EMAIL")).isTrue();
    assertThat(ConfigCompleteness.isKnownFileKey("indexer.pii.metadata.\"doc.type\"")).isTrue();
    assertThat(ConfigCompleteness.isKnownFileKey("indexer.pii.metadata.doc.type")).isFalse();
    assertThat(ConfigCompleteness.isKnownFileKey("indexer.pii.operatorz.EMAIL")).isFalse();
    assertThat(ConfigCompleteness.isKnownFileKey("indexer.embedding.remote.model")).isFalse();
  }

  @Test
  void theChartSetsNoIndexerVariableTheServiceDoesNotKnow() {
    assertThat(ConfigCompleteness.unknownIndexerVariables(renderings()))
        .as("INDEXER_* variables matching no property of the service (nor the pending list)")
        .isEmpty();
  }

  @Test
  void pendingPropertiesLeaveTheListOnceTheServiceReadsThem() {
    assertThat(ConfigCompleteness.pendingButPresent())
        .as("now read by the service: remove from ConfigCompleteness.PENDING_IN_SERVICE")
        .isEmpty();
  }

  @Test
  void chartDefaultsEqualTheServicesDefaults() {
    assertThat(ConfigCompleteness.defaultsThatDiffer(new PodConfig(HelmChart.renderDefaults())))
        .isEmpty();
  }

  @Test
  void credentialsAreSecretsInEveryVariant() {
    for (PodConfig r : renderings()) {
      AppConfig.mappingProperties().values().stream()
          .filter(AppConfig.AppProperty::secret)
          .forEach(
              p ->
                  r.source(p.name())
                      .ifPresent(
                          s ->
                              assertThat(s).as(p.name()).isInstanceOf(PodConfig.FromSecret.class)));
    }
  }
}
