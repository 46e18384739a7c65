package dev.indexer.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PiiMetricsTest {

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final PolicyPiiRedactor redactor =
      PolicyPiiRedactor.of(PiiPolicy.defaults(), new PiiMetrics(registry));

  private double count(String type, String field) {
    return registry
        .get("indexer.pii.findings")
        .tag("type", type)
        .tag("field", field)
        .counter()
        .count();
  }

  @Test
  void countsReplacedFindingsByTypeAndField() {
    redactor.redact("Mail jane@example.com or joe@example.org, call +44 20 7946 0958.");
    redactor.redact("Title for jane@example.com");
    redactor.redactMetadata(Map.of("notes", "card 4111 1111 1111 1111", "owner", "max@example.de"));

    assertThat(count("EMAIL", "text")).isEqualTo(3.0);
    assertThat(count("PHONE", "text")).isEqualTo(1.0);
    assertThat(count("CREDIT_CARD", "metadata")).isEqualTo(1.0);
    assertThat(count("EMAIL", "metadata")).isEqualTo(1.0);
    assertThat(count("IBAN", "text")).isZero();
  }

  @Test
  void everyTypeAndFieldExistsFromTheStartAndNoLabelCarriesText() {
    redactor.redact("Mail jane@example.com");
    List<Meter> meters =
        registry.getMeters().stream()
            .filter(m -> m.getId().getName().equals("indexer.pii.findings"))
            .toList();
    assertThat(meters).hasSize(PiiType.values().length * 2);
    for (Meter m : meters) {
      assertThat(m.getId().getTags())
          .extracting(Tag::getKey)
          .containsExactlyInAnyOrder("type", "field");
      assertThat(m.getId().getTags())
          .extracting(Tag::getValue)
          .noneMatch(v -> v.contains("jane") || v.contains("@"));
    }
  }

  @Test
  void aFailedRedactionCountsNothing() {
    Recognizer email =
        new Recognizer() {
          @Override
          public Set<PiiType> types() {
            return Set.of(PiiType.EMAIL);
          }

          @Override
          public void find(String text, List<Finding> out) {
            out.add(new Finding(PiiType.EMAIL, 0, 4));
          }
        };
    Recognizer broken =
        new Recognizer() {
          @Override
          public Set<PiiType> types() {
            return Set.of(PiiType.PERSON);
          }

          @Override
          public void find(String text, List<Finding> out) {
            throw new IllegalStateException("broken");
          }
        };
    PiiAnalyzer analyzer = new PiiAnalyzer(List.of(email, broken), Set.of(PiiType.values()));
    PolicyPiiRedactor r =
        new PolicyPiiRedactor(analyzer, PiiPolicy.defaults(), new PiiMetrics(registry));
    assertThatThrownBy(() -> r.redact("jane@example.com"))
        .isInstanceOf(PiiRedactionException.class);
    assertThat(count("EMAIL", "text")).isZero();
  }
}
