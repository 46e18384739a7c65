package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tables laid out with runs of spaces, as reports and booking lists print them: a header line of
 * cells parted by two spaces or more ("Traveller DOB Passport Expiry"), then rows whose cells start
 * where their column's name starts. {@link TableColumns} reads the tables of delimiters.
 */
final class AlignedColumns {

  private AlignedColumns() {}

  /** The longest header line read; a longer line is prose. */
  private static final int MAX_HEADER = 300;

  /** How many rows under a header are read. */
  private static final int MAX_ROWS = 500;

  /** How far a cell's start may stand from its column name's start. */
  private static final int SLACK = 2;

  /** Calls {@code cell} for every cell under a column named in {@code names}. */
  static void scan(String text, String lower, Set<String> names, TableColumns.Cell cell) {
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = lineEnd(text, ls);
      if (le - ls <= MAX_HEADER
          && TableColumns.indexIn(text, '\t', ls, le) < 0
          && TableColumns.indexIn(text, ':', ls, le) < 0
          && text.indexOf("  ", ls) >= 0
          && text.indexOf("  ", ls) < le) {
        List<int[]> header = cells(text, ls, le);
        List<Integer> columns = new ArrayList<>();
        List<String> columnNames = new ArrayList<>();
        for (int[] c : header) {
          String name = TableColumns.normalise(lower, c[0], c[1]);
          if (names.contains(name)) {
            columns.add(c[0] - ls);
            columnNames.add(name);
          }
        }
        if (!columns.isEmpty() && header.size() >= 3) {
          ls = rows(text, le, columns, columnNames, cell);
          continue;
        }
      }
      ls = le + 1;
    }
  }

  /** Reads the rows after the header ending at {@code le}; returns where reading stopped. */
  private static int rows(
      String text, int le, List<Integer> columns, List<String> names, TableColumns.Cell cell) {
    int n = text.length();
    int row = le + 1;
    for (int k = 0; k < MAX_ROWS && row < n; k++) {
      int re = lineEnd(text, row);
      if (text.substring(row, re).isBlank()) {
        break;
      }
      List<int[]> cells = cells(text, row, re);
      if (cells.size() < 2) {
        break; // a line of prose under the table
      }
      for (int[] c : cells) {
        for (int j = 0; j < columns.size(); j++) {
          if (Math.abs(c[0] - row - columns.get(j)) <= SLACK) {
            cell.accept(text, c[0], c[1], names.get(j));
          }
        }
      }
      row = re + 1;
    }
    return row;
  }

  /** The cells of the line [ls, le): runs of text parted by two spaces or more. */
  private static List<int[]> cells(String text, int ls, int le) {
    List<int[]> out = new ArrayList<>();
    int i = ls;
    while (i < le) {
      while (i < le && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= le) {
        break;
      }
      int s = i;
      while (i < le && !(text.charAt(i) == ' ' && i + 1 < le && text.charAt(i + 1) == ' ')) {
        i++;
      }
      int e = i;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      out.add(new int[] {s, e});
    }
    return out;
  }

  private static int lineEnd(String text, int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }
}
