package dev.indexer.testkit.qdrant;

import com.google.protobuf.Timestamp;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.DatetimeRange;
import io.qdrant.client.grpc.Common.FieldCondition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.Match;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Common.Range;
import io.qdrant.client.grpc.Common.ValuesCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates Qdrant filters against one point, mirroring Qdrant's payload condition checker
 * (lib/segment/src/payload_storage/condition_checker.rs and query_checker.rs):
 *
 * <ul>
 *   <li>Conditions with no variant set are dropped; an empty {@code should} is then ignored.
 *   <li>A field condition on a missing key is false (except is_empty / is_null variants).
 *   <li>A stored array matches if any element matches; nested arrays are not flattened.
 *   <li>Matching is type-strict: keyword needs a string, integer a JSON integer (not 3.0).
 * </ul>
 */
final class Filters {
  private Filters() {}

  /** Rejects malformed filters up front, as Qdrant does while converting the request. */
  static void validate(Filter filter) {
    filter.getMustList().forEach(Filters::validate);
    filter.getShouldList().forEach(Filters::validate);
    filter.getMustNotList().forEach(Filters::validate);
    filter.getMinShould().getConditionsList().forEach(Filters::validate);
  }

  private static void validate(Condition condition) {
    switch (condition.getConditionOneOfCase()) {
      case FIELD -> validate(condition.getField());
      case FILTER -> validate(condition.getFilter());
      case NESTED -> {
        JsonPath.parse(condition.getNested().getKey());
        validate(condition.getNested().getFilter());
      }
      case IS_EMPTY -> JsonPath.parse(condition.getIsEmpty().getKey());
      case IS_NULL -> JsonPath.parse(condition.getIsNull().getKey());
      case HAS_ID -> PointIds.parseAll(condition.getHasId().getHasIdList());
      default -> {}
    }
  }

  private static void validate(FieldCondition field) {
    JsonPath.parse(field.getKey());
    if (field.hasGeoBoundingBox() || field.hasGeoRadius() || field.hasGeoPolygon()) {
      throw Errors.unimplemented("Geo filter conditions");
    }
    boolean any =
        field.hasMatch()
            || field.hasRange()
            || field.hasDatetimeRange()
            || field.hasValuesCount()
            || field.hasIsEmpty()
            || field.hasIsNull();
    if (!any) {
      throw Errors.invalid(
          "Validation error in body: [At least one field condition must be specified]");
    }
    if (field.hasMatch()
        && field.getMatch().getMatchValueCase() == Match.MatchValueCase.MATCHVALUE_NOT_SET) {
      throw Errors.invalid("Malformed Match condition");
    }
  }

  static boolean matches(Filter filter, PointView point) {
    return checkShould(filter.getShouldList(), point)
        && checkMinShould(filter, point)
        && filter.getMustList().stream().allMatch(c -> !isSet(c) || check(c, point))
        && filter.getMustNotList().stream().noneMatch(c -> isSet(c) && check(c, point));
  }

  private static boolean isSet(Condition condition) {
    return condition.getConditionOneOfCase() != Condition.ConditionOneOfCase.CONDITIONONEOF_NOT_SET;
  }

  private static boolean checkShould(List<Condition> should, PointView point) {
    List<Condition> set = should.stream().filter(Filters::isSet).toList();
    return set.isEmpty() || set.stream().anyMatch(c -> check(c, point));
  }

  private static boolean checkMinShould(Filter filter, PointView point) {
    if (!filter.hasMinShould()) {
      return true;
    }
    long required = filter.getMinShould().getMinCount();
    long matched =
        filter.getMinShould().getConditionsList().stream()
            .filter(Filters::isSet)
            .filter(c -> check(c, point))
            .limit(Math.max(required, 0))
            .count();
    return Long.compareUnsigned(matched, required) >= 0;
  }

  private static boolean check(Condition condition, PointView point) {
    return switch (condition.getConditionOneOfCase()) {
      case FIELD -> checkField(condition.getField(), point.payload());
      case IS_EMPTY ->
          JsonPath.parse(condition.getIsEmpty().getKey()).get(point.payload()).stream()
              .allMatch(v -> v == JsonNull.INSTANCE || (v instanceof List<?> l && l.isEmpty()));
      case IS_NULL ->
          JsonPath.parse(condition.getIsNull().getKey()).get(point.payload()).stream()
              .anyMatch(v -> v == JsonNull.INSTANCE);
      case HAS_ID -> hasId(condition.getHasId().getHasIdList(), point.id());
      case FILTER -> matches(condition.getFilter(), point);
      case NESTED -> checkNested(condition, point);
      case HAS_VECTOR -> point.vectorNames().contains(condition.getHasVector().getHasVector());
      case CONDITIONONEOF_NOT_SET -> true;
    };
  }

  private static boolean hasId(List<PointId> ids, PointKey id) {
    if (id == null) {
      return false; // has_id inside a nested condition never matches, as in Qdrant
    }
    for (PointId candidate : ids) {
      if (PointIds.parse(candidate).equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** Nested: the key must hold an array of objects; one object must satisfy the filter. */
  @SuppressWarnings("unchecked")
  private static boolean checkNested(Condition condition, PointView point) {
    JsonPath arrayPath = JsonPath.parse(condition.getNested().getKey() + "[]");
    for (Object element : arrayPath.get(point.payload())) {
      if (element instanceof Map<?, ?> object) {
        PointView inner = new PointView(null, (Map<String, Object>) object, Set.of());
        if (matches(condition.getNested().getFilter(), inner)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean checkField(FieldCondition field, Map<String, Object> payload) {
    List<Object> values = JsonPath.parse(field.getKey()).get(payload);
    if (values.isEmpty()) {
      if (field.hasIsEmpty()) {
        return field.getIsEmpty();
      }
      if (field.hasIsNull()) {
        return !field.getIsNull();
      }
      return false;
    }
    for (Object value : values) {
      if (checkValue(field, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean checkValue(FieldCondition field, Object value) {
    if (field.hasValuesCount()) {
      return checkCount(field.getValuesCount(), countOf(value));
    }
    if (field.hasIsEmpty()) {
      return isEmpty(value) == field.getIsEmpty();
    }
    if (field.hasIsNull()) {
      boolean isNull =
          value == JsonNull.INSTANCE
              || (value instanceof List<?> list && list.contains(JsonNull.INSTANCE));
      return isNull == field.getIsNull();
    }
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (checkScalar(field, element)) {
          return true;
        }
      }
      return false;
    }
    return checkScalar(field, value);
  }

  private static boolean isEmpty(Object value) {
    return value == JsonNull.INSTANCE || (value instanceof List<?> list && list.isEmpty());
  }

  private static int countOf(Object value) {
    if (value == JsonNull.INSTANCE) {
      return 0;
    }
    return value instanceof List<?> list ? list.size() : 1;
  }

  private static boolean checkCount(ValuesCount count, long n) {
    return (!count.hasLt() || Long.compareUnsigned(n, count.getLt()) < 0)
        && (!count.hasGt() || Long.compareUnsigned(n, count.getGt()) > 0)
        && (!count.hasGte() || Long.compareUnsigned(n, count.getGte()) >= 0)
        && (!count.hasLte() || Long.compareUnsigned(n, count.getLte()) <= 0);
  }

  /** One stored (non-array) value against match/range; Qdrant ORs the set variants. */
  private static boolean checkScalar(FieldCondition field, Object value) {
    return (field.hasMatch() && checkMatch(field.getMatch(), value))
        || (field.hasRange() && checkRange(field.getRange(), value))
        || (field.hasDatetimeRange() && checkDatetime(field.getDatetimeRange(), value));
  }

  static boolean checkMatch(Match match, Object value) {
    return switch (match.getMatchValueCase()) {
      case KEYWORD -> match.getKeyword().equals(value);
      case INTEGER -> value instanceof Long l && l == match.getInteger();
      case BOOLEAN -> value instanceof Boolean b && b == match.getBoolean();
      case TEXT -> value instanceof String s && s.contains(match.getText());
      case PHRASE -> value instanceof String s && s.contains(match.getPhrase());
      case TEXT_ANY -> value instanceof String s && anyToken(match.getTextAny(), s);
      case KEYWORDS -> value instanceof String s && match.getKeywords().getStringsList().contains(s);
      case INTEGERS -> value instanceof Long l && match.getIntegers().getIntegersList().contains(l);
      case EXCEPT_KEYWORDS ->
          value instanceof String s
              ? !match.getExceptKeywords().getStringsList().contains(s)
              : value != JsonNull.INSTANCE;
      case EXCEPT_INTEGERS ->
          value instanceof Long l
              ? !match.getExceptIntegers().getIntegersList().contains(l)
              : value != JsonNull.INSTANCE;
      case MATCHVALUE_NOT_SET -> false;
    };
  }

  private static boolean anyToken(String tokens, String stored) {
    for (String token : tokens.trim().split("\\s+")) {
      if (!token.isEmpty() && stored.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean checkRange(Range range, Object value) {
    if (!(value instanceof Long) && !(value instanceof Double)) {
      return false;
    }
    double v = ((Number) value).doubleValue();
    return (!range.hasLt() || v < range.getLt())
        && (!range.hasGt() || v > range.getGt())
        && (!range.hasGte() || v >= range.getGte())
        && (!range.hasLte() || v <= range.getLte());
  }

  private static boolean checkDatetime(DatetimeRange range, Object value) {
    if (!(value instanceof String s)) {
      return false;
    }
    Instant t = parseDatetime(s);
    if (t == null) {
      return false;
    }
    return (!range.hasLt() || t.isBefore(instant(range.getLt())))
        && (!range.hasGt() || t.isAfter(instant(range.getGt())))
        && (!range.hasGte() || !t.isBefore(instant(range.getGte())))
        && (!range.hasLte() || !t.isAfter(instant(range.getLte())));
  }

  private static Instant instant(Timestamp ts) {
    return Instant.ofEpochSecond(ts.getSeconds(), ts.getNanos());
  }

  /** RFC 3339 with offset; without offset (UTC); space instead of 'T'; or a bare date. */
  static Instant parseDatetime(String text) {
    String normalized = text.length() > 10 && text.charAt(10) == ' '
        ? text.substring(0, 10) + 'T' + text.substring(11)
        : text;
    try {
      return OffsetDateTime.parse(normalized).toInstant();
    } catch (DateTimeParseException ignored) {
      // fall through to the next accepted form
    }
    try {
      return LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // fall through
    }
    try {
      return LocalDate.parse(normalized).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
