package dev.indexer.testkit.qdrant;

import static io.qdrant.client.ConditionFactory.filter;
import static io.qdrant.client.ConditionFactory.hasId;
import static io.qdrant.client.ConditionFactory.isEmpty;
import static io.qdrant.client.ConditionFactory.isNull;
import static io.qdrant.client.ConditionFactory.match;
import static io.qdrant.client.ConditionFactory.matchExceptKeywords;
import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.matchKeywords;
import static io.qdrant.client.ConditionFactory.nested;
import static io.qdrant.client.ConditionFactory.range;
import static io.qdrant.client.ConditionFactory.valuesCount;
import static io.qdrant.client.PointIdFactory.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.MinShould;
import io.qdrant.client.grpc.Common.Range;
import io.qdrant.client.grpc.Common.ValuesCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FiltersTest {
  private static final PointView POINT =
      view(
          Map.of(
              "tenant",
              "acme",
              "tags",
              List.of("a", "b"),
              "version",
              3L,
              "ratio",
              3.0,
              "flag",
              true,
              "nothing",
              JsonNull.INSTANCE,
              "empty",
              List.of(),
              "meta",
              Map.of("source", Map.of("kind", "pdf")),
              "chunks",
              List.of(Map.of("n", 1L, "lang", "en"), Map.of("n", 2L, "lang", "de"))));

  private static PointView view(Map<String, Object> payload) {
    return new PointView(new PointKey.Num(7), new LinkedHashMap<>(payload), Set.of(""));
  }

  private static boolean must(Condition... conditions) {
    return Filters.matches(Filter.newBuilder().addAllMust(List.of(conditions)).build(), POINT);
  }

  @Test
  void matchIsTypeStrict() {
    assertThat(must(matchKeyword("tenant", "acme"))).isTrue();
    assertThat(must(match("version", 3))).isTrue();
    assertThat(must(match("ratio", 3))).as("integer never matches a double").isFalse();
    assertThat(must(matchKeyword("version", "3"))).as("keyword never matches a number").isFalse();
    assertThat(must(match("flag", true))).isTrue();
  }

  @Test
  void arraysMatchIfAnyElementMatches() {
    assertThat(must(matchKeyword("tags", "b"))).isTrue();
    assertThat(must(matchKeywords("tags", List.of("x", "a")))).isTrue();
    assertThat(must(matchExceptKeywords("tags", List.of("a")))).isTrue();
    assertThat(must(matchExceptKeywords("tenant", List.of("acme")))).isFalse();
  }

  @Test
  void missingFieldFailsFieldConditionsSoMustNotPasses() {
    assertThat(must(matchKeyword("absent", "x"))).isFalse();
    assertThat(must(matchExceptKeywords("absent", List.of("x")))).isFalse();
    Filter mustNot = Filter.newBuilder().addMustNot(matchKeyword("absent", "x")).build();
    assertThat(Filters.matches(mustNot, POINT)).isTrue();
  }

  @Test
  void rangeComparesAnyNumberAsDouble() {
    assertThat(must(range("version", Range.newBuilder().setGt(2.5).setLte(3).build()))).isTrue();
    assertThat(must(range("ratio", Range.newBuilder().setGte(3).build()))).isTrue();
    assertThat(must(range("version", Range.newBuilder().setLt(3).build()))).isFalse();
    assertThat(must(range("tenant", Range.newBuilder().setGt(0).build()))).isFalse();
  }

  @Test
  void nestedKeysWalkObjectsButNotArraysWithoutBrackets() {
    assertThat(must(matchKeyword("meta.source.kind", "pdf"))).isTrue();
    assertThat(must(matchKeyword("chunks.lang", "en"))).isFalse();
    assertThat(must(matchKeyword("chunks[].lang", "en"))).isTrue();
    assertThat(must(matchKeyword("chunks[1].lang", "de"))).isTrue();
  }

  @Test
  void nestedConditionNeedsOneObjectMatchingEverything() {
    Filter both =
        Filter.newBuilder().addMust(match("n", 1)).addMust(matchKeyword("lang", "en")).build();
    Filter crossed =
        Filter.newBuilder().addMust(match("n", 1)).addMust(matchKeyword("lang", "de")).build();
    assertThat(must(nested("chunks", both))).isTrue();
    assertThat(must(nested("chunks", crossed))).isFalse();
  }

  @Test
  void shouldMinShouldAndEmptyLists() {
    assertThat(Filters.matches(Filter.getDefaultInstance(), POINT)).isTrue();
    Filter should =
        Filter.newBuilder()
            .addShould(matchKeyword("tenant", "other"))
            .addShould(match("version", 3))
            .build();
    assertThat(Filters.matches(should, POINT)).isTrue();
    Filter noneMatch = Filter.newBuilder().addShould(matchKeyword("tenant", "other")).build();
    assertThat(Filters.matches(noneMatch, POINT)).isFalse();
    Filter minShould =
        Filter.newBuilder()
            .setMinShould(
                MinShould.newBuilder()
                    .addConditions(matchKeyword("tenant", "acme"))
                    .addConditions(match("flag", true))
                    .addConditions(matchKeyword("tenant", "x"))
                    .setMinCount(2))
            .build();
    assertThat(Filters.matches(minShould, POINT)).isTrue();
    assertThat(
            Filters.matches(
                minShould.toBuilder()
                    .setMinShould(minShould.getMinShould().toBuilder().setMinCount(3))
                    .build(),
                POINT))
        .isFalse();
  }

  @Test
  void emptyNullAndCount() {
    assertThat(must(isEmpty("absent"))).isTrue();
    assertThat(must(isEmpty("empty"))).isTrue();
    assertThat(must(isEmpty("nothing"))).isTrue();
    assertThat(must(isEmpty("tags"))).isFalse();
    assertThat(must(isNull("nothing"))).isTrue();
    assertThat(must(isNull("absent"))).isFalse();
    assertThat(must(valuesCount("tags", ValuesCount.newBuilder().setGte(2).build()))).isTrue();
    assertThat(must(valuesCount("tenant", ValuesCount.newBuilder().setGt(1).build()))).isFalse();
  }

  @Test
  void hasIdAndSubFilters() {
    assertThat(must(hasId(List.of(id(1), id(7))))).isTrue();
    assertThat(must(hasId(id(8)))).isFalse();
    Filter inner = Filter.newBuilder().addMustNot(matchKeyword("tenant", "acme")).build();
    assertThat(must(filter(inner))).isFalse();
  }
}
