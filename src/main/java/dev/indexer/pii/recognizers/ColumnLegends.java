package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rows whose column names stand apart from them: an export without a header line whose columns a
 * comment, a footnote or a sentence lists ("-- columns: id, first_name, birth_date", "Column order
 * as on page 1: NO, NAME, SEX, DATE OF BIRTH"), before or after the rows. A list of three names or
 * more names the cells of each line near it that splits into exactly as many cells: by one
 * delimiter (a comma, a semicolon, a tab, a pipe), by runs of spaces (a fixed-width report) or as
 * the values of an SQL insert. The cells go to the same {@link TableColumns.Cell} as those under a
 * header line.
 */
final class ColumnLegends {

  /** A list of columns and the cells of its rows: per row, [start0, end0, start1, end1, ...]. */
  record Table(String[] columns, List<int[]> rows) {}

  /** How many lines before and after a list its rows may stand. */
  private static final int REACH = 30;

  /** The longest line read as a list of columns, and the longest name of one column. */
  private static final int LONGEST_LIST = 400;

  private static final int LONGEST_NAME = 32;

  private static final char[] LIST_DELIMITERS = {',', ';', '，', '、', '|', '\t'};

  private static final char[] ROW_DELIMITERS = {',', ';', '\t', '|'};

  private record Found(String text, List<Table> tables) {}

  /** The tables of the text read last on this thread (five recognizers read each text). */
  private static final ThreadLocal<Found> LAST = new ThreadLocal<>();

  private ColumnLegends() {}

  /** Calls {@code cell} for every non-empty cell of a listed column named in {@code names}. */
  static void scan(String text, String lower, Set<String> names, TableColumns.Cell cell) {
    for (Table t : of(text, lower)) {
      for (int c = 0; c < t.columns().length; c++) {
        if (!names.contains(t.columns()[c])) {
          continue;
        }
        for (int[] row : t.rows()) {
          if (row[2 * c + 1] > row[2 * c]) {
            cell.accept(text, row[2 * c], row[2 * c + 1], t.columns()[c]);
          }
        }
      }
    }
  }

  static List<Table> of(String text, String lower) {
    Found last = LAST.get();
    if (last != null && last.text() == text) {
      return last.tables();
    }
    List<Table> tables = find(text, lower);
    LAST.set(new Found(text, tables));
    return tables;
  }

  private static List<Table> find(String text, String lower) {
    List<Table> tables = new ArrayList<>();
    if (text.indexOf('\n') < 0) {
      return tables;
    }
    List<int[]> lines = lines(text);
    int[] values = null; // where "values" stands, found once when a list is there
    for (int k = 0; k < lines.size(); k++) {
      int ls = lines.get(k)[0];
      int le = lines.get(k)[1];
      if (le - ls > LONGEST_LIST || le - ls < 8) {
        continue;
      }
      String[] columns = columns(text, lower, ls, le);
      if (columns == null) {
        continue;
      }
      if (values == null) {
        values = occurrences(lower, "values");
      }
      List<int[]> rows = rows(text, values, lines, k, columns.length);
      if (!rows.isEmpty()) {
        tables.add(new Table(columns, rows));
      }
    }
    return tables;
  }

  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int ls = 0;
    while (ls <= text.length()) {
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = text.length();
      }
      int e = le > ls && text.charAt(le - 1) == '\r' ? le - 1 : le;
      lines.add(new int[] {ls, e});
      ls = le + 1;
    }
    return lines;
  }

  /**
   * The normalised names the line lists, or null: the part after its last colon (or inside its
   * brackets, or after a comment's mark), split by its most frequent list delimiter into three
   * names or more, each short, with a letter and few words.
   */
  private static String[] columns(String text, String lower, int ls, int le) {
    char d = 0;
    int most = 1;
    for (char c : LIST_DELIMITERS) {
      int k = TableColumns.count(text, c, ls, le);
      if (k > most) {
        most = k;
        d = c;
      }
    }
    if (d == 0) {
      return null; // fewer than three names
    }
    int s = ls;
    for (int i = le - 1; i >= ls; i--) {
      char c = text.charAt(i);
      if (c == ':' || c == '：') {
        s = i + 1;
        break;
      }
    }
    if (s == ls) {
      int open = firstOf(text, ls, le, '(', '（');
      s =
          open >= 0 && TableColumns.indexIn(text, d, ls, open) < 0
              ? open + 1
              : commentEnd(text, ls);
    }
    int e = le;
    while (e > s && ")）]。.;".indexOf(text.charAt(e - 1)) >= 0 && text.charAt(e - 1) != d) {
      e--;
    }
    String part = withoutComments(lower.substring(s, e));
    String[] items = part.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
    if (items.length < 3) {
      return null;
    }
    String[] names = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      String item = items[i].strip();
      if (item.isEmpty()
          || item.length() > LONGEST_NAME
          || words(item) > 4
          || !hasLetter(item)
          || item.indexOf(':') >= 0) {
        return null;
      }
      names[i] = TableColumns.normalise(item, 0, item.length()).replace('`', ' ').strip();
    }
    return names;
  }

  private static int firstOf(String text, int ls, int le, char a, char b) {
    for (int i = ls; i < le; i++) {
      if (text.charAt(i) == a || text.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }

  /** Where a line's text starts after a comment's mark ("--", "#", "//", "*") and blanks. */
  private static int commentEnd(String text, int ls) {
    int i = ls;
    while (i < text.length() && " \t-#/*;".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static String withoutComments(String s) {
    return s.replaceAll("/\\*.*?\\*/", " ");
  }

  private static int words(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = s.charAt(i) == ' ';
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines within {@link #REACH} of the list at line {@code k} that split into exactly {@code
   * width} cells, all in the one way that splits most of them so.
   */
  private static int[] occurrences(String lower, String word) {
    int[] at = new int[8];
    int n = 0;
    for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      if (n == at.length) {
        at = java.util.Arrays.copyOf(at, 2 * n);
      }
      at[n++] = i;
    }
    return java.util.Arrays.copyOf(at, n);
  }

  private static List<int[]> rows(String text, int[] values, List<int[]> lines, int k, int width) {
    List<List<int[]>> byWay = new ArrayList<>();
    for (int w = 0; w < ROW_DELIMITERS.length + 2; w++) {
      byWay.add(new ArrayList<>());
    }
    for (int j = Math.max(0, k - REACH); j < Math.min(lines.size(), k + REACH + 1); j++) {
      int ls = lines.get(j)[0];
      int le = lines.get(j)[1];
      if (j == k || le - ls < 5) {
        continue;
      }
      for (int w = 0; w < ROW_DELIMITERS.length; w++) {
        int[] cells = split(text, ls, le, ROW_DELIMITERS[w], width);
        if (cells != null) {
          byWay.get(w).add(cells);
        }
      }
      int[] fixed = fixedWidth(text, ls, le, width);
      if (fixed != null) {
        byWay.get(ROW_DELIMITERS.length).add(fixed);
      }
      sqlValues(text, values, ls, le, width, byWay.get(ROW_DELIMITERS.length + 1));
    }
    // An insert's values first (its line splits by commas too, with the statement in a cell).
    List<int[]> best = byWay.get(ROW_DELIMITERS.length + 1);
    for (List<int[]> rows : byWay) {
      if (rows.size() > best.size()) {
        best = rows;
      }
    }
    return best;
  }

  /** The cells of [ls, le) split by {@code d} outside double quotes, if exactly {@code width}. */
  private static int[] split(String text, int ls, int le, char d, int width) {
    int s = ls;
    int e = le;
    if (d == '|') {
      while (s < e && text.charAt(s) == ' ') {
        s++;
      }
      while (e > s && text.charAt(e - 1) == ' ') {
        e--;
      }
      if (s < e && text.charAt(s) == '|' && text.charAt(e - 1) == '|' && e - s > 1) {
        s++;
        e--;
      }
    }
    if (TableColumns.indexIn(text, d, s, e) < 0) {
      return null;
    }
    int[] cells = new int[2 * width];
    int n = 0;
    int fs = s;
    boolean quoted = false;
    for (int i = s; i <= e; i++) {
      char c = i < e ? text.charAt(i) : d;
      if (c == '"') {
        quoted = !quoted;
      } else if (c == d && (!quoted || i == e)) {
        if (n == width) {
          return null;
        }
        trimmed(text, fs, i, cells, n++);
        fs = i + 1;
      }
    }
    return n == width ? cells : null;
  }

  /** The cells of a fixed-width line: runs of two spaces or more (or tabs) between them. */
  private static int[] fixedWidth(String text, int ls, int le, int width) {
    int[] cells = new int[2 * width];
    int n = 0;
    int i = ls;
    while (i < le && text.charAt(i) == ' ') {
      i++;
    }
    int fs = i;
    while (i <= le) {
      boolean gap =
          i == le
              || text.charAt(i) == '\t'
              || (text.charAt(i) == ' ' && i + 1 < le && text.charAt(i + 1) == ' ');
      if (gap) {
        if (i > fs) {
          if (n == width) {
            return null;
          }
          trimmed(text, fs, i, cells, n++);
        }
        while (i < le && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
        fs = i;
        if (i == le) {
          break;
        }
      } else {
        i++;
      }
    }
    return n == width ? cells : null;
  }

  /** The tuples of an insert's values on the line, each of exactly {@code width} values. */
  private static void sqlValues(
      String text, int[] valuesAt, int ls, int le, int width, List<int[]> out) {
    int at = java.util.Arrays.binarySearch(valuesAt, ls);
    int next = at >= 0 ? at : -at - 1;
    if (next >= valuesAt.length || valuesAt[next] >= le) {
      return; // no "values" on the line
    }
    int values = valuesAt[next];
    int p = values + 6;
    while (p < le) {
      int open = TableColumns.indexIn(text, '(', p, Math.min(le, p + 10));
      if (open < 0) {
        return;
      }
      int[] cells = new int[2 * width];
      int n = 0;
      p = open + 1;
      boolean closed = false;
      while (p < le && !closed) {
        while (p < le && text.charAt(p) == ' ') {
          p++;
        }
        int vs = p;
        int ve;
        if (p < le && text.charAt(p) == '\'') {
          vs = p + 1;
          ve = vs;
          while (ve < le
              && (text.charAt(ve) != '\'' || (ve + 1 < le && text.charAt(ve + 1) == '\''))) {
            ve += text.charAt(ve) == '\'' ? 2 : 1;
          }
          p = Math.min(le, ve + 1);
        } else {
          while (p < le && text.charAt(p) != ',' && text.charAt(p) != ')') {
            p++;
          }
          ve = p;
          while (ve > vs && text.charAt(ve - 1) == ' ') {
            ve--;
          }
        }
        if (n < width) {
          cells[2 * n] = vs;
          cells[2 * n + 1] = Math.max(vs, Math.min(ve, le));
        }
        n++;
        while (p < le && text.charAt(p) != ',' && text.charAt(p) != ')') {
          p++;
        }
        closed = p >= le || text.charAt(p) == ')';
        p++;
      }
      if (n == width) {
        out.add(cells);
      }
    }
  }

  /** Puts the trimmed, unquoted [s, e) as cell {@code n}. */
  private static void trimmed(String text, int s, int e, int[] cells, int n) {
    while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '"')) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '"')) {
      e--;
    }
    cells[2 * n] = s;
    cells[2 * n + 1] = e;
  }
}
