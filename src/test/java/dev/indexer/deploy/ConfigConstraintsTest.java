package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.embed.EmbeddingConfig;
import dev.indexer.embed.EmbeddingModel;
import dev.indexer.embed.EncodingFormat;
import dev.indexer.pipeline.PipelineConfig;
import dev.indexer.qdrant.QdrantConfig;
import dev.indexer.qdrant.VectorDistance;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The constraints declared on the {@code @ConfigMapping} interfaces, checked as the application
 * checks them at start (SmallRye Config with Bean Validation): every default is valid, and every
 * invalid value fails loading with the property's name.
 */
class ConfigConstraintsTest {

  /**
   * Every mapping of the service, loaded the way Quarkus loads it from these properties: with the
   * interceptors the service registers, Bean Validation, and unknown names under a mapping's prefix
   * refused.
   */
  static SmallRyeConfig load(Map<String, String> properties) {
    SmallRyeConfigBuilder builder =
        new SmallRyeConfigBuilder()
            .addDiscoveredInterceptors()
            .withConverter(Duration.class, 100, new DurationConverter())
            .withValidator(new BeanValidationConfigValidatorImpl())
            .withSources(new PropertiesConfigSource(properties, "test", 500));
    for (Class<?> mapping : AppConfig.configMappingInterfaces()) {
      builder.withMapping(mapping);
    }
    return builder.build();
  }

  @Test
  void theDefaultsOfEveryMappingAreValid() {
    assertThatCode(() -> load(Map.of())).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "indexer.embedding.model, gpt-9",
    "indexer.embedding.cache.max-entries, -1",
    "indexer.embedding.remote.max-tokens, 2",
    "indexer.embedding.remote.dimension, 0",
    "indexer.embedding.remote.batch-size, 0",
    "indexer.embedding.remote.concurrency, 0",
    "indexer.embedding.batching.window, 0",
    "indexer.embedding.remote.max-attempts, 0",
    "indexer.embedding.remote.max-attempts, 11",
    "indexer.embedding.remote.encoding-format, binary",
    "indexer.embedding.remote.connect-timeout, 0s",
    "indexer.embedding.remote.request-timeout, -1s",
    "indexer.embedding.remote.initial-backoff, 0s",
    "indexer.qdrant.distance, Hamming",
    "indexer.qdrant.port, 0",
    "indexer.qdrant.max-inbound-message-bytes, 1000",
    "indexer.qdrant.timeout, 0s",
    "indexer.qdrant.hnsw-m, -1",
    "indexer.pipeline.write-batch-points, -1",
    "indexer.pipeline.deleted-manifest-grace, -1s",
    "indexer.pipeline.deleted-manifest-grace, 7 days",
    "indexer.retry.initial-backoff, 0s",
    "indexer.retry.budget, 0s",
    "indexer.events.max-bytes, 0",
    "indexer.events.max-chunks, 0",
    "indexer.chunking.size, 0",
    "indexer.chunking.overlap, -1",
    "indexer.search.max-query-length, 0",
    "indexer.search.max-concurrent-queries, 0",
    "indexer.dead-letter.max-original-bytes, -1",
    "indexer.pii.mask-char, **",
    "indexer.reconcile.interval, 30s",
    "indexer.reconcile.page-size, 0",
    "indexer.reconcile.points-per-second, 0",
    "indexer.monitor.recall.interval, 30s",
    "indexer.monitor.recall.k, 0",
    "indexer.monitor.recall.k, 101",
    "indexer.monitor.recall.max-tenants, 0",
    "indexer.monitor.recall.samples-per-tenant, 0",
    "indexer.monitor.recall.searches-per-second, 0",
    "indexer.monitor.recall.points-per-second, 0",
    "indexer.monitor.drift.reference-size, 5",
    "indexer.monitor.drift.window, 100001",
    "indexer.monitor.drift.min-vectors, 1",
  })
  void anInvalidValueFailsLoadingWithThePropertysName(String property, String value) {
    assertThatThrownBy(() -> load(Map.of(property, value))).hasMessageContaining(property);
  }

  @Test
  void theEmbeddingModelIsOneOfTheKnownNamesDotsIncluded() {
    for (EmbeddingModel model : EmbeddingModel.values()) {
      SmallRyeConfig config = load(Map.of("indexer.embedding.model", model.configName()));
      assertThat(config.getConfigMapping(EmbeddingConfig.class).model()).isEqualTo(model);
    }
    assertThat(EmbeddingModel.BGE_SMALL_EN_V15_Q.configName()).isEqualTo("bge-small-en-v1.5-q");
    assertThatThrownBy(() -> load(Map.of("indexer.embedding.model", "gpt-9")))
        .hasMessageContaining("all-minilm-l6-v2-q")
        .hasMessageContaining("bge-small-en-v1.5-q")
        .hasMessageContaining("remote");
  }

  @Test
  void theDistanceIsReadAsQdrantWritesItOrInAnyCase() {
    for (String written : List.of("Cosine", "cosine", "COSINE")) {
      assertThat(distance(written)).isEqualTo(VectorDistance.COSINE);
    }
    assertThat(distance("Dot")).isEqualTo(VectorDistance.DOT);
    assertThat(distance("Euclid")).isEqualTo(VectorDistance.EUCLID);
    assertThat(distance("Manhattan")).isEqualTo(VectorDistance.MANHATTAN);
  }

  @Test
  void theEncodingFormatIsReadByItsWireName() {
    SmallRyeConfig config = load(Map.of("indexer.embedding.remote.encoding-format", "float"));
    assertThat(config.getConfigMapping(EmbeddingConfig.class).remote().encodingFormat())
        .isEqualTo(EncodingFormat.FLOAT);
    assertThat(EncodingFormat.BASE64.wireName()).isEqualTo("base64");
  }

  @Test
  void theWriteBatchSizeIsThePipelinesAndItsFormerNameStillWorks() {
    assertThat(writeBatchPoints(Map.of())).isEqualTo(512);
    assertThat(writeBatchPoints(Map.of("indexer.pipeline.write-batch-points", "64"))).isEqualTo(64);
    assertThat(writeBatchPoints(Map.of("indexer.qdrant.write-batch-points", "0"))).isZero();
    Map<String, String> both = new HashMap<>();
    both.put("indexer.qdrant.write-batch-points", "0");
    both.put("indexer.pipeline.write-batch-points", "32");
    assertThat(writeBatchPoints(both)).as("the new name wins").isEqualTo(32);
  }

  @Test
  void theGraceOfDeletedManifestsIsSevenDaysAndZeroKeepsThem() {
    assertThat(grace(Map.of())).isEqualTo(Duration.ofDays(7));
    assertThat(grace(Map.of("indexer.pipeline.deleted-manifest-grace", "36h")))
        .isEqualTo(Duration.ofHours(36));
    assertThat(grace(Map.of("indexer.pipeline.deleted-manifest-grace", "0s"))).isZero();
  }

  private static Duration grace(Map<String, String> properties) {
    return load(properties).getConfigMapping(PipelineConfig.class).deletedManifestGrace();
  }

  private static VectorDistance distance(String written) {
    return load(Map.of("indexer.qdrant.distance", written))
        .getConfigMapping(QdrantConfig.class)
        .distance();
  }

  private static int writeBatchPoints(Map<String, String> properties) {
    return load(properties).getConfigMapping(PipelineConfig.class).writeBatchPoints();
  }
}
