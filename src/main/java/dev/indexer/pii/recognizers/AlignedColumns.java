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

  /**
   * A line that may head a table: short, without a colon, with a tab or two spaces running; its
   * cells, their names (normalised), and for a tabbed line whose cells hold spaces the cells of the
   * line below it (see {@link #fitted}).
   */
  private record Header(int ls, int le, List<int[]> cells, String[] names, List<int[]> below) {}

  /** The header lines of the text read last on this thread: the callers read the same text. */
  private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

  private static List<Header> headers(String text, String lower) {
    Object[] last = LAST.get();
    if (last != null && last[0] == text && last[2] == lower) {
      @SuppressWarnings("unchecked")
      List<Header> headers = (List<Header>) last[1];
      return headers;
    }
    List<Header> headers = new ArrayList<>();
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = Scan.lineEnd(text, ls);
      boolean tabbed = TableColumns.indexIn(text, '\t', ls, le) >= 0;
      if (le - ls <= MAX_HEADER
          && TableColumns.indexIn(text, ':', ls, le) < 0
          && (tabbed || doubleSpace(text, ls, le))) {
        List<int[]> cells = cells(text, ls, le);
        List<int[]> below =
            tabbed && le + 1 < n && anySpace(text, cells)
                ? cells(text, le + 1, Scan.lineEnd(text, le + 1))
                : null;
        headers.add(new Header(ls, le, cells, names(lower, cells), below));
      }
      ls = le + 1;
    }
    LAST.set(new Object[] {text, headers, lower});
    return headers;
  }

  private static String[] names(String lower, List<int[]> cells) {
    String[] names = new String[cells.size()];
    for (int j = 0; j < names.length; j++) {
      names[j] = TableColumns.normalise(lower, cells.get(j)[0], cells.get(j)[1]);
    }
    return names;
  }

  /** Calls {@code cell} for every cell under a column named in {@code names}. */
  static void scan(String text, String lower, Set<String> names, TableColumns.Cell cell) {
    int resume = 0; // where the rows of the last table read end
    for (Header h : headers(text, lower)) {
      if (h.ls() < resume) {
        continue; // a row of a table read already
      }
      List<int[]> header = h.cells();
      String[] headerNames = h.names();
      if (h.below() != null) {
        List<int[]> split = fitted(text, lower, names, header, h.below());
        if (split != header) {
          header = split;
          headerNames = names(lower, split);
        }
      }
      List<Integer> columns = new ArrayList<>();
      List<Integer> indices = new ArrayList<>();
      List<String> columnNames = new ArrayList<>();
      for (int j = 0; j < header.size(); j++) {
        if (names.contains(headerNames[j])) {
          columns.add(header.get(j)[0] - h.ls());
          indices.add(j);
          columnNames.add(headerNames[j]);
        }
      }
      if (!columns.isEmpty() && header.size() >= 3) {
        resume = rows(text, h.le(), header.size(), columns, indices, columnNames, cell);
      }
    }
  }

  /** Reads the rows after the header ending at {@code le}; returns where reading stopped. */
  private static int rows(
      String text,
      int le,
      int headerCells,
      List<Integer> columns,
      List<Integer> indices,
      List<String> names,
      TableColumns.Cell cell) {
    int n = text.length();
    int row = le + 1;
    for (int k = 0; k < MAX_ROWS && row < n; k++) {
      int re = Scan.lineEnd(text, row);
      if (text.substring(row, re).isBlank()) {
        break;
      }
      List<int[]> cells = cells(text, row, re);
      if (cells.size() < 2) {
        break; // a line of prose under the table
      }
      if (cells.size() == headerCells) {
        // As many cells as the header: the cell of the column's place (runs of spaces may have
        // become tabs, which no longer keep the columns' offsets).
        for (int j = 0; j < indices.size(); j++) {
          int[] c = cells.get(indices.get(j));
          cell.accept(text, c[0], c[1], names.get(j));
        }
      } else {
        for (int[] c : cells) {
          for (int j = 0; j < columns.size(); j++) {
            if (Math.abs(c[0] - row - columns.get(j)) <= SLACK) {
              cell.accept(text, c[0], c[1], names.get(j));
            }
          }
        }
      }
      row = re + 1;
    }
    return row;
  }

  /**
   * The header's cells split at single spaces where the first row has more cells: the service keeps
   * a run of three spaces as a tab but two as one space ("Nationality Passport" becomes one cell).
   * A cell that is a column's name whole ("Passport No") stays one.
   */
  private static List<int[]> fitted(
      String text, String lower, Set<String> names, List<int[]> header, List<int[]> row) {
    if (row.size() <= header.size()) {
      return header;
    }
    List<int[]> split = new ArrayList<>();
    for (int[] c : header) {
      if (names.contains(TableColumns.normalise(lower, c[0], c[1]))) {
        split.add(c);
        continue;
      }
      int s = c[0];
      for (int i = c[0]; i <= c[1]; i++) {
        if (i == c[1] || text.charAt(i) == ' ') {
          if (i > s) {
            split.add(new int[] {s, i});
          }
          s = i + 1;
        }
      }
    }
    return split.size() == row.size() ? split : header;
  }

  /** Whether a cell holds a space: only such a header has cells {@link #fitted} can split. */
  private static boolean anySpace(String text, List<int[]> cells) {
    for (int[] c : cells) {
      if (TableColumns.indexIn(text, ' ', c[0], c[1]) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The cells of the line [ls, le): runs of text parted by tabs or two spaces or more. */
  private static List<int[]> cells(String text, int ls, int le) {
    List<int[]> out = new ArrayList<>();
    int i = ls;
    while (i < le) {
      while (i < le && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i >= le) {
        break;
      }
      int s = i;
      while (i < le
          && text.charAt(i) != '\t'
          && !(text.charAt(i) == ' ' && i + 1 < le && text.charAt(i + 1) == ' ')) {
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

  /** Whether [ls, le) holds two spaces in a row (read on this line only: linear overall). */
  private static boolean doubleSpace(String text, int ls, int le) {
    for (int i = ls + 1; i < le; i++) {
      if (text.charAt(i) == ' ' && text.charAt(i - 1) == ' ') {
        return true;
      }
    }
    return false;
  }
}
