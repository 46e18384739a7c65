package dev.indexer.testkit.qdrant;

import static io.qdrant.client.ValueFactory.list;
import static io.qdrant.client.ValueFactory.nullValue;
import static io.qdrant.client.ValueFactory.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadsTest {

  @Test
  void roundTripKeepsIntegersAndDoublesApart() {
    Map<String, Value> proto =
        Map.of(
            "i", value(3),
            "d", value(3.0),
            "s", value("x"),
            "b", value(true),
            "n", nullValue(),
            "l", list(List.of(value(1), value("two"))),
            "o", value(Map.of("k", value(1))));
    Map<String, Object> internal = Payloads.fromProto(proto);
    assertThat(internal.get("i")).isEqualTo(3L);
    assertThat(internal.get("d")).isEqualTo(3.0);
    assertThat(internal.get("n")).isSameAs(JsonNull.INSTANCE);
    assertThat(Payloads.toProto(internal)).isEqualTo(proto);
  }

  @Test
  void mergeReplacesKeysAndNullDeletes() {
    Map<String, Object> stored = new LinkedHashMap<>(Map.of("a", 1L, "b", 2L));
    Payloads.merge(stored, Map.of("b", JsonNull.INSTANCE, "c", "new"));
    assertThat(stored).containsOnly(Map.entry("a", 1L), Map.entry("c", "new"));
  }

  @Test
  void setByKeyMergesIntoNestedObjectCreatingIt() {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("meta", new LinkedHashMap<>(Map.of("keep", true)));
    JsonPath.parse("meta.inner").mergeAt(stored, Map.of("x", 1L));
    JsonPath.parse("meta").mergeAt(stored, Map.of("y", 2L));
    assertThat(stored)
        .isEqualTo(Map.of("meta", Map.of("keep", true, "y", 2L, "inner", Map.of("x", 1L))));
  }

  @Test
  void removeAndProjectNestedPaths() {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("a", new LinkedHashMap<>(Map.of("b", 1L, "c", 2L)));
    stored.put("d", 3L);
    Map<String, Object> projected = new LinkedHashMap<>();
    JsonPath.parse("a.b").copyBranch(stored, projected);
    assertThat(projected).isEqualTo(Map.of("a", Map.of("b", 1L)));
    JsonPath.parse("a.c").remove(stored);
    assertThat(stored).isEqualTo(Map.of("a", Map.of("b", 1L), "d", 3L));
  }
}
