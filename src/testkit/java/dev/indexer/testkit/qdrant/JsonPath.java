package dev.indexer.testkit.qdrant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A payload key path as Qdrant parses it: {@code a.b} walks nested objects, {@code a[]}
 * walks every array element, {@code a[2]} one element, {@code "a.b"} quotes a key containing
 * dots. Like Qdrant, a plain key step does not descend into arrays ({@code a.b} on an array
 * {@code a} finds nothing; {@code a[].b} does).
 */
record JsonPath(String firstKey, List<Step> rest) {

  sealed interface Step {}

  record Key(String name) implements Step {}

  record Index(int index) implements Step {}

  record Wildcard() implements Step {}

  static JsonPath parse(String text) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean expectKey = true;
    while (i < n) {
      char c = text.charAt(i);
      if (expectKey) {
        if (c == '"') {
          int end = text.indexOf('"', i + 1);
          if (end < 0) {
            throw invalid(text);
          }
          steps.add(new Key(text.substring(i + 1, end)));
          i = end + 1;
        } else {
          int start = i;
          while (i < n && ".[]\"".indexOf(text.charAt(i)) < 0) {
            i++;
          }
          if (i == start) {
            throw invalid(text);
          }
          steps.add(new Key(text.substring(start, i)));
        }
        expectKey = false;
      } else if (c == '.') {
        expectKey = true;
        i++;
      } else if (c == '[') {
        int end = text.indexOf(']', i);
        if (end < 0) {
          throw invalid(text);
        }
        String inside = text.substring(i + 1, end);
        if (inside.isEmpty()) {
          steps.add(new Wildcard());
        } else {
          try {
            steps.add(new Index(Integer.parseInt(inside)));
          } catch (NumberFormatException e) {
            throw invalid(text);
          }
        }
        i = end + 1;
      } else {
        throw invalid(text);
      }
    }
    if (expectKey || steps.isEmpty() || !(steps.get(0) instanceof Key first)) {
      throw invalid(text);
    }
    return new JsonPath(first.name(), List.copyOf(steps.subList(1, steps.size())));
  }

  private static RuntimeException invalid(String text) {
    return Errors.invalid("Invalid json path: '" + text + "'");
  }

  /** All values at this path (possibly none). Arrays are returned as they are, not flattened. */
  List<Object> get(Map<String, Object> payload) {
    List<Object> out = new ArrayList<>();
    if (payload.containsKey(firstKey)) {
      collect(rest, 0, payload.get(firstKey), out);
    }
    return out;
  }

  private static void collect(List<Step> steps, int at, Object value, List<Object> out) {
    if (at == steps.size()) {
      out.add(value);
      return;
    }
    Step step = steps.get(at);
    if (step instanceof Key key && value instanceof Map<?, ?> map) {
      if (map.containsKey(key.name())) {
        collect(steps, at + 1, map.get(key.name()), out);
      }
    } else if (step instanceof Index index && value instanceof List<?> list) {
      if (index.index() >= 0 && index.index() < list.size()) {
        collect(steps, at + 1, list.get(index.index()), out);
      }
    } else if (step instanceof Wildcard && value instanceof List<?> list) {
      for (Object element : list) {
        collect(steps, at + 1, element, out);
      }
    }
  }

  /** Merges {@code src} into the object(s) at this path, creating objects on the way. */
  void mergeAt(Map<String, Object> payload, Map<String, Object> src) {
    Object current = payload.get(firstKey);
    payload.put(firstKey, mergeInto(rest, 0, current, src));
  }

  @SuppressWarnings("unchecked")
  private static Object mergeInto(List<Step> steps, int at, Object dest, Map<String, Object> src) {
    if (at == steps.size()) {
      Map<String, Object> map =
          dest instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
      Payloads.merge(map, src);
      return map;
    }
    Step step = steps.get(at);
    if (step instanceof Key key) {
      Map<String, Object> map =
          dest instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
      map.put(key.name(), mergeInto(steps, at + 1, map.get(key.name()), src));
      return map;
    }
    List<Object> list = dest instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
    if (step instanceof Index index) {
      if (index.index() >= 0 && index.index() < list.size()) {
        list.set(index.index(), mergeInto(steps, at + 1, list.get(index.index()), src));
      }
    } else {
      for (int i = 0; i < list.size(); i++) {
        list.set(i, mergeInto(steps, at + 1, list.get(i), src));
      }
    }
    return list;
  }

  /** Removes the value(s) at this path. */
  void remove(Map<String, Object> payload) {
    if (rest.isEmpty()) {
      payload.remove(firstKey);
    } else if (payload.containsKey(firstKey)) {
      removeIn(rest, 0, payload.get(firstKey));
    }
  }

  private static void removeIn(List<Step> steps, int at, Object value) {
    Step step = steps.get(at);
    boolean last = at == steps.size() - 1;
    if (step instanceof Key key && value instanceof Map<?, ?> map) {
      if (last) {
        map.remove(key.name());
      } else if (map.containsKey(key.name())) {
        removeIn(steps, at + 1, map.get(key.name()));
      }
    } else if (step instanceof Index index && value instanceof List<?> list) {
      if (index.index() >= 0 && index.index() < list.size()) {
        if (last) {
          list.remove(index.index());
        } else {
          removeIn(steps, at + 1, list.get(index.index()));
        }
      }
    } else if (step instanceof Wildcard && value instanceof List<?> list) {
      if (last) {
        list.clear();
      } else {
        for (Object element : list) {
          removeIn(steps, at + 1, element);
        }
      }
    }
  }

  /** Copies just the branch at this path from {@code src} into {@code dest}. */
  @SuppressWarnings("unchecked")
  void copyBranch(Map<String, Object> src, Map<String, Object> dest) {
    if (!src.containsKey(firstKey)) {
      return;
    }
    Object value = src.get(firstKey);
    if (rest.isEmpty()) {
      dest.put(firstKey, Payloads.deepCopy(value));
      return;
    }
    // Only object steps are projected; an array step keeps the whole array branch.
    Map<String, Object> srcLevel = src;
    Map<String, Object> destLevel = dest;
    String key = firstKey;
    for (Step step : rest) {
      if (!(step instanceof Key next) || !(srcLevel.get(key) instanceof Map<?, ?> child)) {
        destLevel.put(key, Payloads.deepCopy(srcLevel.get(key)));
        return;
      }
      Object existing = destLevel.get(key);
      Map<String, Object> destChild =
          existing instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
      destLevel.put(key, destChild);
      srcLevel = (Map<String, Object>) child;
      destLevel = destChild;
      key = next.name();
      if (!srcLevel.containsKey(key)) {
        return;
      }
    }
    destLevel.put(key, Payloads.deepCopy(srcLevel.get(key)));
  }
}
