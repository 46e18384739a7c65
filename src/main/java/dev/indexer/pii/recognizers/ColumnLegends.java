package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rows whose column names stand apart from them: an export without a header line whose columns a
 * comment, a footnote or a sentence lists ("-- columns: id, first_name, birth_date", "Column order
 * as on page 1: NO, NAME, SEX, DATE OF BIRTH"). A list of three names or more, one of them a column
 * the caller reads, names the cells of the block of lines next to it that split into exactly as
 * many cells, all in one way: by one delimiter (a comma, a semicolon, a tab, a pipe), by runs of
 * spaces (a fixed-width report) or as the values of an SQL insert. A labelled list ("Columns: ...",
 * a comment) may stand below its rows or above them, apart by up to three blank, rule or comment
 * lines; a plain line of names only above them, apart by rules only. The cells go to the same
 * {@link TableColumns.Cell} as those under a header line.
 */
final class ColumnLegends {

  /**
   * A list of columns on line {@code line}; labelled when a label, a comment or a bracket opens it.
   */
  private record Legend(int line, String[] columns, boolean labelled) {}

  /** How many blank, rule or comment lines may stand between a list and its rows. */
  private static final int FILLERS = 3;

  /** How far from a list its first row may stand (its block then runs on as long as it lasts). */
  private static final int REACH = FILLERS + 1;

  /** The longest line read as a list of columns, and the longest name of one column. */
  private static final int LONGEST_LIST = 400;

  private static final int LONGEST_NAME = 32;

  private static final char[] LIST_DELIMITERS = {',', ';', '，', '、', '،', '|', '\t'};

  private static final char[] ROW_DELIMITERS = {',', ';', '\t', '|', '،', '\u3000'};

  /** Ways of splitting a row: an insert's values, then each delimiter, then runs of spaces. */
  private static final int SQL = 0;

  private static final int FIXED = ROW_DELIMITERS.length + 1;

  /** A text's lines and lists, and the rows of each list once a caller asked for them. */
  private static final class Found {
    final String text;
    final List<int[]> lines;
    final List<Legend> legends;
    final java.util.Map<Integer, List<int[]>> rows = new java.util.HashMap<>();
    int[] values;

    Found(String text, List<int[]> lines, List<Legend> legends) {
      this.text = text;
      this.lines = lines;
      this.legends = legends;
    }
  }

  /** The lists of the text read last on this thread (the birth-date, identity and name rules). */
  private static final ThreadLocal<Found> LAST = new ThreadLocal<>();

  private ColumnLegends() {}

  /** Calls {@code cell} for every non-empty cell of a listed column named in {@code names}. */
  static void scan(String text, String lower, Set<String> names, TableColumns.Cell cell) {
    Found found = of(text, lower);
    for (Legend legend : found.legends) {
      String[] columns = legend.columns();
      if (java.util.Arrays.stream(columns).noneMatch(names::contains)) {
        continue; // no column the caller reads: its rows are not looked for
      }
      List<int[]> rows =
          found.rows.computeIfAbsent(legend.line(), k -> rows(text, lower, found, legend));
      for (int c = 0; c < columns.length; c++) {
        if (!names.contains(columns[c])) {
          continue;
        }
        for (int[] row : rows) {
          if (row[2 * c + 1] > row[2 * c]) {
            cell.accept(text, row[2 * c], row[2 * c + 1], columns[c]);
          }
        }
      }
    }
  }

  private static Found of(String text, String lower) {
    Found last = LAST.get();
    if (last != null && last.text == text) {
      return last;
    }
    Found found = find(text, lower);
    LAST.set(found);
    return found;
  }

  private static Found find(String text, String lower) {
    if (text.indexOf('\n') < 0) {
      return new Found(text, List.of(), List.of());
    }
    List<int[]> lines = lines(text);
    List<Legend> legends = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      int ls = lines.get(k)[0];
      int le = lines.get(k)[1];
      if (le - ls <= LONGEST_LIST && le - ls >= 8) {
        Legend legend = legend(text, lower, k, ls, le);
        if (legend == null
            && k + 1 < lines.size()
            && goesOn(text, ls, le)
            && (TableColumns.indexIn(text, ':', ls, le) >= 0
                || TableColumns.indexIn(text, '：', ls, le) >= 0)) {
          // "sütunlar: Sıra, Cinsiyet, ..., Cilt," and "Doğum Tarihi, Medeni Hali" below it: one
          // list, whose rows start below its second line.
          int next = lines.get(k + 1)[1];
          legend = next - ls <= LONGEST_LIST ? legend(text, lower, k + 1, ls, next) : null;
        }
        if (legend != null) {
          legends.add(legend);
        }
      }
    }
    return new Found(text, lines, legends);
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
   * The list of line {@code k}, or null: the part after its last colon (or inside its brackets, or
   * after a comment's mark; else the whole line, a plain list), split by its most frequent list
   * delimiter into three names or more, each short, with a letter and few words.
   */
  private static Legend legend(String text, String lower, int k, int ls, int le) {
    char d = mostFrequentListDelimiter(text, ls, le);
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
    String part = lower.substring(s, e);
    if (part.indexOf("/*") >= 0) {
      part = COMMENT.matcher(part).replaceAll(" ");
    }
    List<String> items = splitOn(part, d);
    if (items.size() < 3) {
      return null;
    }
    String[] names = new String[items.size()];
    for (int i = 0; i < names.length; i++) {
      String item = items.get(i).strip();
      if (item.isEmpty()
          || item.length() > LONGEST_NAME
          || words(item) > 4
          || !hasLetter(item)
          || item.indexOf(':') >= 0) {
        return null;
      }
      names[i] = TableColumns.normalise(item, 0, item.length()).replace('`', ' ').strip();
    }
    return new Legend(k, names, s > ls);
  }

  private static final java.util.regex.Pattern COMMENT =
      java.util.regex.Pattern.compile("/\\*.*?\\*/");

  /**
   * Whether the line [ls, le) ends with a list's delimiter, as a list that goes on below (read only
   * after a label's colon: "sütunlar: Sıra, Cinsiyet, ...,").
   */
  private static boolean goesOn(String text, int ls, int le) {
    int e = le;
    while (e > ls && text.charAt(e - 1) == ' ') {
      e--;
    }
    return e > ls && ",、،".indexOf(text.charAt(e - 1)) >= 0;
  }

  /** The list delimiter the line holds most often, if twice at least; else 0. */
  private static char mostFrequentListDelimiter(String text, int ls, int le) {
    int[] counts = new int[LIST_DELIMITERS.length];
    for (int i = ls; i < le; i++) {
      char c = text.charAt(i);
      for (int k = 0; k < LIST_DELIMITERS.length; k++) {
        if (c == LIST_DELIMITERS[k]) {
          counts[k]++;
        }
      }
    }
    char d = 0;
    int most = 1;
    for (int k = 0; k < LIST_DELIMITERS.length; k++) {
      if (counts[k] > most) {
        most = counts[k];
        d = LIST_DELIMITERS[k];
      }
    }
    return d;
  }

  private static List<String> splitOn(String s, char d) {
    List<String> items = new ArrayList<>();
    int from = 0;
    for (int i = s.indexOf(d); i >= 0; i = s.indexOf(d, i + 1)) {
      items.add(s.substring(from, i));
      from = i + 1;
    }
    items.add(s.substring(from));
    return items;
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

  /** The rows of a list: the block below it and, for a labelled list, the block above it. */
  private static List<int[]> rows(String text, String lower, Found found, Legend legend) {
    if (found.values == null) {
      found.values = occurrences(lower, "values");
    }
    List<int[]> rows = new ArrayList<>();
    block(text, found, legend, 1, rows);
    if (legend.labelled()) {
      block(text, found, legend, -1, rows);
      rows.sort(java.util.Comparator.comparingInt(r -> r[0])); // in the text's order
    }
    return rows;
  }

  /**
   * The consecutive lines from the list in direction {@code dir} that split into as many cells as
   * it has names, all in the way of the first; up to {@link #FILLERS} lines without cells may stand
   * before the first.
   */
  private static void block(String text, Found found, Legend legend, int dir, List<int[]> rows) {
    int width = legend.columns().length;
    int way = -1;
    int fillers = 0;
    List<int[]> cells = new ArrayList<>();
    for (int j = legend.line() + dir;
        j >= 0 && j < found.lines.size() && (way >= 0 || Math.abs(j - legend.line()) <= REACH);
        j += dir) {
      int ls = found.lines.get(j)[0];
      int le = found.lines.get(j)[1];
      cells.clear();
      if (way < 0) {
        for (int w = SQL; w <= FIXED && cells.isEmpty(); w++) {
          split(text, found.values, ls, le, width, w, cells);
          if (!cells.isEmpty()) {
            way = w;
          }
        }
      } else {
        split(text, found.values, ls, le, width, way, cells);
      }
      if (!cells.isEmpty()) {
        rows.addAll(cells);
      } else if (way < 0 && fillers < FILLERS && filler(text, ls, le, legend.labelled())) {
        fillers++;
      } else {
        return;
      }
    }
  }

  /**
   * Whether a line may part a list from its rows: a rule, or for a labelled list a blank line (or
   * one of control characters only, as the service marks where a paragraph starts) or a comment.
   */
  private static boolean filler(String text, int ls, int le, boolean labelled) {
    int i = ls;
    while (i < le && text.charAt(i) <= ' ') {
      i++;
    }
    if (i == le) {
      return labelled;
    }
    boolean rule = true;
    for (int k = i; k < le && rule; k++) {
      rule = "-=_*+| ".indexOf(text.charAt(k)) >= 0;
    }
    return rule
        || labelled
            && (text.startsWith("--", i)
                || text.startsWith("#", i)
                || text.startsWith("//", i)
                || text.startsWith("/*", i));
  }

  /** The cells of line [ls, le) split in {@code way} into exactly {@code width}, if so. */
  private static void split(
      String text, int[] values, int ls, int le, int width, int way, List<int[]> out) {
    if (le - ls < 5) {
      return;
    }
    int[] cells;
    if (way == SQL) {
      sqlValues(text, values, ls, le, width, out);
      return;
    } else if (way == FIXED) {
      cells = fixedWidth(text, ls, le, width);
    } else {
      cells = split(text, ls, le, ROW_DELIMITERS[way - 1], width);
    }
    if (cells != null) {
      out.add(cells);
    }
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
    int[] cell = TableColumns.trimmed(text, s, e);
    cells[2 * n] = cell[0];
    cells[2 * n + 1] = cell[1];
  }
}
