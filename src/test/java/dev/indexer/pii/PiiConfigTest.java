package dev.indexer.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.pii.spi.PiiType;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config mapping, read by SmallRye Config as the application reads it. */
class PiiConfigTest {

  private static PiiConfig config(Map<String, String> properties) {
    SmallRyeConfig c =
        new SmallRyeConfigBuilder()
            .withMapping(PiiConfig.class)
            .withSources(new PropertiesConfigSource(properties, "test", 500))
            .build();
    return c.getConfigMapping(PiiConfig.class);
  }

  @Test
  void defaults() {
    PiiPolicy p = PiiPolicy.from(config(Map.of()));
    assertThat(p.enabledTypes()).containsExactlyInAnyOrder(PiiType.values());
    assertThat(p.operatorFor(PiiType.EMAIL)).isEqualTo(Operator.PLACEHOLDER);
    assertThat(p.metadataPolicy("anything")).isEqualTo(MetadataKeyPolicy.SCAN);
    assertThat(p.version()).isEqualTo(PiiPolicy.defaults().version());
  }

  @Test
  void operatorsMetadataAndTypes() {
    PiiPolicy p =
        PiiPolicy.from(
            config(
                Map.of(
                    "indexer.pii.enabled-types", "EMAIL,PHONE",
                    "indexer.pii.operators.EMAIL", "HMAC",
                    "indexer.pii.operators.phone", "MASK",
                    "indexer.pii.hmac-key", "a-long-enough-secret-key",
                    "indexer.pii.metadata.author", "DROP",
                    "indexer.pii.metadata-default", "KEEP")));
    assertThat(p.enabledTypes()).containsExactlyInAnyOrder(PiiType.EMAIL, PiiType.PHONE);
    assertThat(p.operatorFor(PiiType.EMAIL)).isEqualTo(Operator.HMAC);
    assertThat(p.operatorFor(PiiType.PHONE)).isEqualTo(Operator.MASK);
    assertThat(p.metadataPolicy("author")).isEqualTo(MetadataKeyPolicy.DROP);
    assertThat(p.metadataPolicy("other")).isEqualTo(MetadataKeyPolicy.KEEP);
  }

  @Test
  void invalidConfigNamesTheProperty() {
    assertThatThrownBy(() -> PiiPolicy.from(config(Map.of("indexer.pii.operators.EMAILS", "MASK"))))
        .hasMessageContaining("indexer.pii.operators.EMAILS");
    assertThatThrownBy(() -> PiiPolicy.from(config(Map.of("indexer.pii.default-operator", "HMAC"))))
        .hasMessageContaining("indexer.pii.hmac-key");
  }
}
