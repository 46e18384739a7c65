package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.FieldCondition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keyword payload indexes of a collection, as lookups from value to point ids. Like Qdrant's
 * own, they make a filter on an indexed keyword field cost the matching points rather than the
 * whole collection. They only narrow the candidates: every candidate is still checked against the
 * full filter, so results are the same with or without them.
 */
final class KeywordLookup {

  private final Map<String, JsonPath> fields = new HashMap<>();
  private final Map<String, Map<String, Set<PointKey>>> byValue = new HashMap<>();
  private final Map<PointKey, List<String[]>> entries = new HashMap<>();

  boolean isEmpty() {
    return fields.isEmpty();
  }

  /** Starts indexing {@code field} and indexes the given points for it. */
  void addField(String field, Iterable<StoredPoint> points) {
    fields.put(field, JsonPath.parse(field));
    byValue.put(field, new HashMap<>());
    for (StoredPoint p : points) {
      indexField(field, fields.get(field), p);
    }
  }

  void removeField(String field) {
    fields.remove(field);
    byValue.remove(field);
    entries.values().forEach(list -> list.removeIf(e -> e[0].equals(field)));
  }

  /** (Re)indexes a point after any change of its payload. */
  void put(StoredPoint point) {
    remove(point.id());
    fields.forEach((field, path) -> indexField(field, path, point));
  }

  void remove(PointKey id) {
    List<String[]> old = entries.remove(id);
    if (old == null) {
      return;
    }
    for (String[] e : old) {
      Map<String, Set<PointKey>> values = byValue.get(e[0]);
      if (values != null) {
        Set<PointKey> ids = values.get(e[1]);
        if (ids != null) {
          ids.remove(id);
          if (ids.isEmpty()) {
            values.remove(e[1]);
          }
        }
      }
    }
  }

  private void indexField(String field, JsonPath path, StoredPoint point) {
    for (Object value : path.get(point.payload())) {
      if (value instanceof String s) {
        add(field, s, point.id());
      } else if (value instanceof List<?> list) {
        for (Object element : list) {
          if (element instanceof String s) {
            add(field, s, point.id());
          }
        }
      }
    }
  }

  private void add(String field, String value, PointKey id) {
    byValue.get(field).computeIfAbsent(value, v -> new HashSet<>()).add(id);
    entries.computeIfAbsent(id, k -> new ArrayList<>()).add(new String[] {field, value});
  }

  /**
   * Ids that can match the filter, or {@code null} when no top-level {@code must} condition is a
   * keyword match on an indexed field (then every point is a candidate).
   */
  Set<PointKey> candidates(Filter filter) {
    if (filter == null) {
      return null;
    }
    Set<PointKey> best = null;
    for (Condition c : filter.getMustList()) {
      if (!c.hasField()) {
        continue;
      }
      FieldCondition f = c.getField();
      if (!f.hasMatch() || f.getMatch().getMatchValueCase() != Match.MatchValueCase.KEYWORD) {
        continue;
      }
      Map<String, Set<PointKey>> values = byValue.get(f.getKey());
      if (values == null) {
        continue;
      }
      Set<PointKey> ids = values.getOrDefault(f.getMatch().getKeyword(), Set.of());
      if (best == null || ids.size() < best.size()) {
        best = ids;
      }
    }
    return best;
  }
}
