package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Values of a named column in SQL inserts: {@code INSERT INTO t (name, dob) VALUES ('Ana Ruiz',
 * '1980-02-03'), (...)}. The column list gives each value its column, as a header line does for a
 * CSV row. Each search is bounded, so the cost stays linear.
 */
final class SqlRows {

  /** How far the column list and the values may run from "insert into". */
  private static final int STATEMENT = 4000;

  private SqlRows() {}

  /** Calls {@code cell} for every value under a column named in {@code names}. */
  static void scan(String text, String lower, Set<String> names, TableColumns.Cell cell) {
    for (int at = lower.indexOf("insert into");
        at >= 0;
        at = lower.indexOf("insert into", at + 1)) {
      int limit = Math.min(text.length(), at + STATEMENT);
      int open = TableColumns.indexIn(text, '(', at, Math.min(limit, at + 120));
      int close = open < 0 ? -1 : TableColumns.indexIn(text, ')', open, limit);
      int values = close < 0 ? -1 : valuesAfter(lower, close);
      if (values < 0) {
        continue;
      }
      List<String> columns = columns(lower, open + 1, close);
      if (columns.stream().noneMatch(names::contains)) {
        continue;
      }
      int p = values + 6;
      while (p < limit) {
        int tuple = TableColumns.indexIn(text, '(', p, Math.min(limit, p + 10));
        if (tuple < 0) {
          break;
        }
        p = tuple(text, tuple + 1, limit, columns, names, cell);
      }
    }
  }

  /** Where "values" starts within 20 chars after {@code from}, or -1. */
  private static int valuesAfter(String lower, int from) {
    for (int i = from; i < from + 20 && i < lower.length(); i++) {
      if (lower.startsWith("values", i)) {
        return i;
      }
    }
    return -1;
  }

  /** The normalised names of the comma-separated columns in [s, e). */
  private static List<String> columns(String lower, int s, int e) {
    List<String> out = new ArrayList<>();
    for (String c : lower.substring(s, e).split(",")) {
      out.add(c.replaceAll("[\\s`\"\\[\\]]", "").replace('_', ' ').replace('-', ' '));
    }
    return out;
  }

  /**
   * Reads one tuple of values from {@code p} (just after its parenthesis), reports the named
   * columns' values, and returns where the tuple ends.
   */
  private static int tuple(
      String text,
      int p,
      int limit,
      List<String> columns,
      Set<String> names,
      TableColumns.Cell cell) {
    int column = 0;
    while (p < limit) {
      while (p < limit && text.charAt(p) == ' ') {
        p++;
      }
      int vs = p;
      int ve;
      if (p < limit && text.charAt(p) == '\'') {
        vs = p + 1;
        ve = vs;
        while (ve < limit && (text.charAt(ve) != '\'' || nextIs(text, ve + 1, '\''))) {
          ve += text.charAt(ve) == '\'' ? 2 : 1;
        }
        p = ve + 1;
      } else {
        while (p < limit && text.charAt(p) != ',' && text.charAt(p) != ')') {
          p++;
        }
        ve = p;
      }
      if (column < columns.size() && names.contains(columns.get(column)) && ve > vs) {
        cell.accept(text, vs, Math.min(ve, limit), columns.get(column));
      }
      while (p < limit && text.charAt(p) != ',' && text.charAt(p) != ')') {
        p++;
      }
      if (p >= limit || text.charAt(p) == ')') {
        return p + 1;
      }
      p++;
      column++;
    }
    return limit;
  }

  private static boolean nextIs(String text, int i, char c) {
    return i < text.length() && text.charAt(i) == c;
  }
}
