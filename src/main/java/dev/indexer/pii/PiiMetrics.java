package dev.indexer.pii;

import dev.indexer.pii.spi.PiiType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counter {@code indexer.pii.findings} by {@code type} (a {@link PiiType} name) and {@code field}:
 * {@code text} (content, title and source URI) or {@code metadata} (metadata values scanned by the
 * policy). Counts findings that were replaced; labels never carry a value, a key or an id. Every
 * type and field is registered at start, so each series exists from zero.
 */
public final class PiiMetrics {

  /** Where a finding was made. */
  public enum Field {
    TEXT("text"),
    METADATA("metadata");

    final String label;

    Field(String label) {
      this.label = label;
    }
  }

  private final Map<Field, Map<PiiType, Counter>> counters = new EnumMap<>(Field.class);

  public PiiMetrics(MeterRegistry registry) {
    for (Field field : Field.values()) {
      Map<PiiType, Counter> byType = new EnumMap<>(PiiType.class);
      for (PiiType type : PiiType.values()) {
        byType.put(
            type,
            Counter.builder("indexer.pii.findings")
                .description(
                    "Personal data and secrets found and replaced, by type and where they were found")
                .tag("type", type.name())
                .tag("field", field.label)
                .register(registry));
      }
      counters.put(field, byType);
    }
  }

  /** Counters kept in a registry nobody reads, for tests and tools. */
  public static PiiMetrics unregistered() {
    return new PiiMetrics(new SimpleMeterRegistry());
  }

  public void found(Field field, PiiType type, int n) {
    counters.get(field).get(type).increment(n);
  }

  public double count(Field field, PiiType type) {
    return counters.get(field).get(type).count();
  }
}
