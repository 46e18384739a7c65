package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cells under a named column of a CSV, TSV or pipe table: a header line whose cell, normalised, is
 * one of the column names, then the same cell of each following line with that delimiter; and the
 * values of a named column in SQL inserts ({@code SqlRows}) and HTML tables ({@code HtmlTables}).
 * One pass over the lines, each search bounded by its line, so the cost stays linear.
 */
final class TableColumns {

  /**
   * Decides on one cell [start, end) of a column; {@code column} is the header's normalised name.
   */
  interface Cell {
    void accept(String text, int start, int end, String column);
  }

  private static final char[] DELIMITERS = {',', ';', '\t', '|', '·'};

  /** The delimiters of a record's fields, in the order that breaks a tie of their counts. */
  static final char[] ROW_DELIMITERS = {',', '|', '\t', ';'};

  private TableColumns() {}

  /**
   * The cells under a column named in {@code names}, as sorted pairs {@code [start0, end0, start1,
   * end1, ...]} for {@link #inCell}.
   */
  static int[] cells(String text, String lower, Set<String> names) {
    return cells(text, lower, names, false);
  }

  /** {@link #cells}, with those of tables laid out with spaces too when {@code aligned}. */
  static int[] cells(String text, String lower, Set<String> names, boolean aligned) {
    List<int[]> found = new ArrayList<>();
    Cell add = (t, s, e, column) -> found.add(new int[] {s, e});
    scan(text, lower, names, add);
    if (aligned) {
      AlignedColumns.scan(text, lower, names, add);
    }
    found.sort(java.util.Comparator.comparingInt(c -> c[0]));
    int[] flat = new int[found.size() * 2];
    for (int i = 0; i < found.size(); i++) {
      flat[2 * i] = found.get(i)[0];
      flat[2 * i + 1] = found.get(i)[1];
    }
    return flat;
  }

  /** Whether {@code pos} lies in one of {@link #cells}' cells: a binary search. */
  static boolean inCell(int[] cells, int pos) {
    int lo = 0;
    int hi = cells.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cells[2 * mid] <= pos) {
        if (pos < cells[2 * mid + 1]) {
          return true;
        }
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }

  /** Calls {@code cell} for every non-empty cell under a column named in {@code names}. */
  static void scan(String text, String lower, Set<String> names, Cell given) {
    // The cells read under a header line, so that a list of the same columns (ColumnLegends) does
    // not give them again.
    java.util.BitSet read = new java.util.BitSet();
    Cell cell =
        (t, s, e, column) -> {
          read.set(s);
          given.accept(t, s, e, column);
        };
    int n = text.length();
    char delimiter = 0;
    List<Integer> columns = new ArrayList<>();
    List<String> columnNames = new ArrayList<>();
    List<Integer> found = new ArrayList<>();
    List<String> foundNames = new ArrayList<>();
    int[] counts = new int[DELIMITERS.length];
    // The next position of each delimiter: most lines of prose have none, and are passed over
    // without reading them char by char.
    int[] nextDelimiter = new int[DELIMITERS.length];
    for (int d = 0; d < DELIMITERS.length; d++) {
      nextDelimiter[d] = text.indexOf(DELIMITERS[d]);
    }
    int ls = 0;
    while (ls < n) {
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = n;
      }
      if (le - ls > 2000
          || (columns.isEmpty() && le - ls > 600)
          || !anyDelimiter(text, ls, le, nextDelimiter)) {
        columns.clear(); // too long for a header or a table row, or no cells at all
        columnNames.clear();
        ls = le + 1;
        continue;
      }
      countDelimiters(text, ls, le, nextDelimiter, counts);
      int di = delimiterIndex(delimiter);
      if (!columns.isEmpty() && di >= 0 && counts[di] > 0) {
        cells(text, ls, le, delimiter, columns, columnNames, cell);
      } else {
        columns.clear();
        columnNames.clear();
      }
      char header = headerDelimiter(text, lower, ls, le, counts, names, found, foundNames);
      if (header != 0) {
        delimiter = header;
        columns = new ArrayList<>(found);
        columnNames = new ArrayList<>(foundNames);
      }
      ls = le + 1;
    }
    if (lower.contains("insert into")) {
      SqlRows.scan(text, lower, names, cell);
    }
    ColumnLegends.scan(
        text,
        lower,
        names,
        (t, s, e, column) -> {
          if (!read.get(s)) {
            given.accept(t, s, e, column);
          }
        });
    if (lower.contains("<th")) {
      HtmlTables.scan(text, lower, names, cell);
    }
  }

  /**
   * Counts each delimiter of the line [ls, le), from its next index ({@code next}, already moved to
   * this line by {@link #anyDelimiter}) by jumps, leaving it at the first one past the line: a line
   * of prose has a few commas among hundreds of characters.
   */
  private static void countDelimiters(String text, int ls, int le, int[] next, int[] counts) {
    for (int d = 0; d < DELIMITERS.length; d++) {
      int k = 0;
      int i = next[d];
      for (; i >= 0 && i < le; i = text.indexOf(DELIMITERS[d], i + 1)) {
        k++;
      }
      counts[d] = k;
      next[d] = i; // past this line: the next line needs no search of its own
    }
  }

  /** Whether [s, e) holds a space. */
  static boolean containsSpace(String text, int s, int e) {
    return indexIn(text, ' ', s, e) >= 0;
  }

  /** Calls {@code cell} for the non-empty cells of the row [ls, le) under the named columns. */
  private static void cells(
      String text,
      int ls,
      int le,
      char delimiter,
      List<Integer> columns,
      List<String> columnNames,
      Cell cell) {
    for (int k = 0; k < columns.size(); k++) {
      int[] field = field(text, ls, le, delimiter, columns.get(k));
      if (field != null) {
        cell.accept(text, field[0], field[1], columnNames.get(k));
      }
    }
  }

  /**
   * The delimiter of the line [ls, le) if it is a header naming one of the columns (collected in
   * {@code found} and {@code foundNames}), otherwise 0.
   */
  private static char headerDelimiter(
      String text,
      String lower,
      int ls,
      int le,
      int[] counts,
      Set<String> names,
      List<Integer> found,
      List<String> foundNames) {
    for (int d = 0; d < DELIMITERS.length; d++) {
      // A header has the delimiter and short cells; a paragraph with a few commas has long ones.
      if (counts[d] == 0 || le - ls > (counts[d] + 1) * 32) {
        continue;
      }
      found.clear();
      foundNames.clear();
      if (header(text, lower, ls, le, DELIMITERS[d], names, found, foundNames)) {
        return DELIMITERS[d];
      }
    }
    return 0;
  }

  /**
   * Whether [ls, le) holds a delimiter; {@code next} holds each delimiter's next index (-1: none
   * left), moved on only when a line starts past it, so the text is searched once.
   */
  private static boolean anyDelimiter(String text, int ls, int le, int[] next) {
    boolean any = false;
    for (int d = 0; d < DELIMITERS.length; d++) {
      if (next[d] >= 0 && next[d] < ls) {
        next[d] = text.indexOf(DELIMITERS[d], ls);
      }
      any |= next[d] >= 0 && next[d] < le;
    }
    return any;
  }

  private static int delimiterIndex(char d) {
    for (int i = 0; i < DELIMITERS.length; i++) {
      if (DELIMITERS[i] == d) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the line is a table header naming at least one of the columns (collected with their
   * names). A pipe table's header has its "|---|" rule on the next line, or four pipes or more and
   * a row of as many below it ("| a | b | c |", or "a|b|c" in a dump), so a key-value row such as
   * "| Cardholder | Maria |" is not one; a CSV header holds no run of three digits.
   */
  private static boolean header(
      String text,
      String lower,
      int ls,
      int le,
      char d,
      Set<String> names,
      List<Integer> found,
      List<String> foundNames) {
    if (d == '|'
        ? !ruleFollows(text, le) && !rowOfAsManyCells(text, ls, le)
        : digitRun(text, ls, le)) {
      return false;
    }
    String[] cellNames = cellNames(lower, ls, le, d);
    if (cellNames == null) {
      // "Fields: id, name, dob": a list of columns with its label, whose rows need not follow
      // (ColumnLegends reads it)
      return false;
    }
    for (int col = 0; col < cellNames.length; col++) {
      if (names.contains(cellNames[col])) {
        found.add(col);
        foundNames.add(cellNames[col]);
      }
    }
    return !found.isEmpty();
  }

  /**
   * The cells' names of the line [ls, le) split at {@code d}, normalised (up to 64), or null for a
   * labelled list; kept for the text read last on this thread, as every caller asks the same.
   */
  private static String[] cellNames(String lower, int ls, int le, char d) {
    Object[] last = LAST_NAMES.get();
    if (last == null || last[0] != lower) {
      last = new Object[] {lower, new java.util.HashMap<Long, String[]>()};
      LAST_NAMES.set(last);
    }
    @SuppressWarnings("unchecked")
    java.util.Map<Long, String[]> byLine = (java.util.Map<Long, String[]>) last[1];
    long key = (long) ls << 16 | d;
    String[] cached = byLine.get(key);
    if (cached != null || byLine.containsKey(key)) {
      return cached;
    }
    List<String> cells = new ArrayList<>();
    int fs = ls;
    while (fs <= le && cells.size() < 64) {
      int fe = indexIn(lower, d, fs, le);
      if (fe < 0) {
        fe = le;
      }
      String name = normalise(lower, fs, fe);
      if (name.contains(": ")) {
        byLine.put(key, null);
        return null;
      }
      cells.add(name);
      fs = fe + 1;
    }
    String[] names = cells.toArray(String[]::new);
    byLine.put(key, names);
    return names;
  }

  /** The cells' names of the lines read last on this thread, by line and delimiter. */
  private static final ThreadLocal<Object[]> LAST_NAMES = new ThreadLocal<>();

  /**
   * Whether the line has four pipes or more and the next line as many ("| a | b | c |"), or, in a
   * dump that does not open its lines with a pipe ("ssn|last|phone"), two or more.
   */
  private static boolean rowOfAsManyCells(String text, int ls, int le) {
    int pipes = count(text, '|', ls, le);
    int first = ls;
    while (first < le && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (pipes < (first < le && text.charAt(first) == '|' ? 4 : 2) || le >= text.length()) {
      return false;
    }
    int ne = text.indexOf('\n', le + 1);
    return count(text, '|', le + 1, ne < 0 ? text.length() : ne) == pipes;
  }

  /** How many times {@code c} occurs in [from, to). */
  static int count(String text, char c, int from, int to) {
    int k = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }

  private static boolean ruleFollows(String text, int le) {
    int i = le + 1;
    int dashes = 0;
    while (i < text.length() && i - le < 400) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (c == '-') {
        dashes++;
      } else if (c != '|' && c != ':' && c != ' ' && c != '\r' && c != '+' && c != '=') {
        return false;
      }
      i++;
    }
    return dashes >= 3;
  }

  private static boolean digitRun(String text, int ls, int le) {
    int run = 0;
    for (int i = ls; i < le; i++) {
      run = Scan.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run >= 3) {
        return true;
      }
    }
    return false;
  }

  static String normalise(String lower, int s, int e) {
    while (s < e
        && (Character.isWhitespace(lower.charAt(s))
            || lower.charAt(s) == '"'
            || lower.charAt(s) == '*')) {
      s++;
    }
    while (e > s
        && (Character.isWhitespace(lower.charAt(e - 1))
            || lower.charAt(e - 1) == '"'
            || lower.charAt(e - 1) == ':'
            || lower.charAt(e - 1) == '*')) {
      e--;
    }
    return e - s > 40 ? "" : lower.substring(s, e).replace('_', ' ').replace('-', ' ');
  }

  /**
   * Whether a column of a line laid out with white space breaks at {@code i}: a tab, or a run of
   * three spaces before {@code le} ("Nume: BĂLAN Prenume: ...", "... 502호 전화: ...").
   */
  static boolean columnBreak(String text, int i, int le) {
    char c = text.charAt(i);
    return c == '\t'
        || (c == ' ' && i + 2 < le && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == ' ');
  }

  /** Which of {@link #ROW_DELIMITERS} the line [ls, le) holds most often (first on a tie), or 0. */
  static char mostFrequent(String text, int ls, int le) {
    return LineDelimiters.mostFrequent(text, ls, le);
  }

  /** Index of {@code c} in [from, to), or -1: a search that stays within the line. */
  static int indexIn(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The trimmed, unquoted span of field {@code column} of the line, or null. */
  private static int[] field(String text, int ls, int le, char d, int column) {
    int fs = ls;
    for (int c = 0; c < column; c++) {
      int next = indexIn(text, d, fs, le);
      if (next < 0) {
        return null;
      }
      fs = next + 1;
    }
    int fe = indexIn(text, d, fs, le);
    int[] cell = trimmed(text, fs, fe < 0 ? le : fe);
    return cell[1] > cell[0] ? cell : null;
  }

  /** [s, e) without the white space and double quotes around a cell's value; maybe empty. */
  static int[] trimmed(String text, int s, int e) {
    while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '"')) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '"')) {
      e--;
    }
    return new int[] {s, e};
  }
}
