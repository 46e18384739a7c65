package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cells under a named column of an HTML table: the {@code <th>} cells of a row name the columns,
 * the {@code <td>} cells of the rows after it hold the values ("<th>Geburtsdatum</th>" above
 * "<td>02.08.2011</td>"). A cell's text is reported without its tags and spaces; a cell that holds
 * other tags is not.
 */
final class HtmlTables {

  /** At most this many rows of a text are read. */
  private static final int MAX_ROWS = 5000;

  private HtmlTables() {}

  static void scan(String text, String lower, Set<String> names, TableColumns.Cell cell) {
    List<String> header = new ArrayList<>();
    int rows = 0;
    for (int tr = lower.indexOf("<tr"); tr >= 0 && rows++ < MAX_ROWS; ) {
      int next = lower.indexOf("<tr", tr + 3);
      int end = lower.indexOf("</tr", tr);
      int rowEnd = end < 0 || (next >= 0 && next < end) ? (next < 0 ? lower.length() : next) : end;
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
      tr = next;
    }
  }

  /** The inner text [start, end) of each cell opened by {@code tag} in the row [from, to). */
  private static List<int[]> cells(String lower, int from, int to, String tag) {
    List<int[]> out = new ArrayList<>();
    for (int i = lower.indexOf(tag, from); i >= 0 && i < to; i = lower.indexOf(tag, i + 3)) {
      char after = i + 3 < lower.length() ? lower.charAt(i + 3) : ' ';
      if (after != '>' && after != ' ') {
        continue; // "<thead>", "<tbody>"
      }
      int open = lower.indexOf('>', i);
      int close = open < 0 ? -1 : lower.indexOf('<', open + 1);
      if (open < 0 || close < 0 || close > to) {
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
}
