package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cells under a named column of an HTML table: the {@code <th>} cells of a row name the columns,
 * the {@code <td>} cells of the rows after it, up to the table's end, hold the values
 * ("<th>Geburtsdatum</th>" above "<td>02.08.2011</td>"). A cell's text is reported without its tags
 * and spaces; a cell that holds other tags is not. Every search stays within its row.
 */
final class HtmlTables {

  /** At most this many rows of a text are read. */
  private static final int MAX_ROWS = 5000;

  private HtmlTables() {}

  static void scan(String text, String lower, Set<String> names, TableColumns.Cell cell) {
    List<String> header = new ArrayList<>();
    int n = lower.length();
    int rows = 0;
    int tr = lower.indexOf("<tr");
    while (tr >= 0 && rows++ < MAX_ROWS) {
      int next = lower.indexOf("<tr", tr + 3);
      int rowEnd = next < 0 ? n : next;
      List<int[]> th = cells(lower, tr, rowEnd, "<th");
      if (!th.isEmpty()) {
        header.clear();
        for (int[] c : th) {
          header.add(TableColumns.normalise(lower, c[0], c[1]));
        }
      } else if (!header.isEmpty()) {
        List<int[]> td = cells(lower, tr, rowEnd, "<td");
        for (int k = 0; k < td.size() && k < header.size(); k++) {
          int[] c = td.get(k);
          if (names.contains(header.get(k)) && c[1] > c[0]) {
            cell.accept(text, c[0], c[1], header.get(k));
          }
        }
      }
      if (find(lower, "</table", tr, rowEnd) >= 0) {
        header.clear(); // the next table names its own columns
      }
      tr = next;
    }
  }

  /** The inner text [start, end) of each cell opened by {@code tag} in the row [from, to). */
  private static List<int[]> cells(String lower, int from, int to, String tag) {
    List<int[]> out = new ArrayList<>();
    for (int i = find(lower, tag, from, to); i >= 0; i = find(lower, tag, i + 3, to)) {
      char after = i + 3 < to ? lower.charAt(i + 3) : ' ';
      if (after != '>' && after != ' ') {
        continue; // "<thead>", "<tbody>"
      }
      int open = TableColumns.indexIn(lower, '>', i, to);
      int close = open < 0 ? -1 : TableColumns.indexIn(lower, '<', open + 1, to);
      if (open < 0 || close < 0) {
        break;
      }
      int s = open + 1;
      int e = close;
      while (s < e && Character.isWhitespace(lower.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(lower.charAt(e - 1))) {
        e--;
      }
      boolean ends = lower.startsWith("</t", close);
      out.add(ends ? new int[] {s, e} : new int[] {s, s});
    }
    return out;
  }

  /** The first start of {@code s} in [from, to), or -1: a search that stays within the row. */
  private static int find(String lower, String s, int from, int to) {
    for (int i = TableColumns.indexIn(lower, s.charAt(0), from, to);
        i >= 0;
        i = TableColumns.indexIn(lower, s.charAt(0), i + 1, to)) {
      if (i + s.length() <= to && lower.startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }
}
