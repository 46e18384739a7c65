package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The other cells of a column of names: where most cells of a table's column hold a name found by
 * the other rules, its cells that are shaped like a name are names too ("Folasade Ogunleye-Banjo"
 * under "Tobias Engström" and "Valentina Russo"). The rows of one export hold the same kind of
 * value in the same place, whatever parts the columns: commas, semicolons, pipes, tabs or runs of
 * spaces.
 *
 * <p>A table is a block of at least three consecutive lines cut into as many cells by the same
 * delimiter. A column counts as one of names when at least two of its cells, and two in three of
 * its cells that are not empty, hold a name found. A cell holds a name when it is one to five
 * words, each capitalised (or a particle such as "van" or "de", or an initial), with no digit, and
 * no word of it is an English word that the name lists do not hold ("Garden Chair", "Board
 * Meeting"); or when it ends with two to five such words after others, as a table laid out with
 * fewer spaces puts an identifier and a name in one cell. The block's first line is left out when
 * it reads like a header: no digit or "@" in it.
 */
final class ColumnPeers {

  /**
   * A run of this many spaces parts the columns of a table laid out with spaces: as many as the
   * service's normaliser turns into a tab, so that a table reads the same before and after it.
   */
  private static final int ALIGNED = 3;

  private static final int MIN_ROWS = 3;

  /** Lines of prose with a comma each are no table: a table has three columns at least. */
  private static final int MIN_COLUMNS = 3;

  private final NameLists names;

  ColumnPeers(NameLists names) {
    this.names = names;
  }

  private record Cell(int start, int end) {}

  void find(String text, int first, List<Finding> out) {
    if (text.indexOf('\n') < 0) {
      return;
    }
    BitSet persons = new BitSet(text.length());
    for (int i = first; i < out.size(); i++) {
      Finding f = out.get(i);
      if (f.type() == PiiType.PERSON) {
        persons.set(f.start(), f.end());
      }
    }
    if (persons.isEmpty() && !UncasedNameFields.uncasedScript(text)) {
      return;
    }
    List<Finding> added = new ArrayList<>();
    List<List<Cell>> block = new ArrayList<>();
    char blockKind = 0;
    int n = text.length();
    int ls = 0;
    while (ls <= n) {
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = n;
      }
      char kind = delimiter(text, ls, le);
      List<Cell> cells = kind == 0 ? List.of() : cells(text, ls, le, kind);
      if (cells.size() < 2
          || kind != blockKind
          || !block.isEmpty() && block.get(0).size() != cells.size()) {
        decide(text, block, persons, added);
        block.clear();
        blockKind = cells.size() >= 2 ? kind : 0;
      }
      if (cells.size() >= 2) {
        block.add(cells);
      }
      ls = le + 1;
    }
    decide(text, block, persons, added);
    out.addAll(added);
  }

  /**
   * The delimiter of the line: the most frequent of {@link TableColumns#ROW_DELIMITERS}, else ' '
   * if aligned.
   */
  private static char delimiter(String text, int ls, int le) {
    char d = TableColumns.mostFrequent(text, ls, le);
    if (d != 0) {
      return d;
    }
    return alignedAt(text, ls, le) >= 0 ? ' ' : 0;
  }

  /** Where the next run of {@link #ALIGNED} spaces or more starts in [from, to), or -1. */
  private static int alignedAt(String text, int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      run = text.charAt(i) == ' ' ? run + 1 : 0;
      if (run == ALIGNED) {
        return i - ALIGNED + 1;
      }
    }
    return -1;
  }

  /** The cells of the line, trimmed of spaces, quotes and brackets. */
  private static List<Cell> cells(String text, int ls, int le, char d) {
    List<Cell> cells = new ArrayList<>();
    int cs = ls;
    while (cs <= le) {
      int ce;
      int next;
      if (d == ' ') {
        ce = alignedAt(text, cs, le);
        if (ce < 0) {
          ce = le;
        }
        next = ce;
        while (next < le && text.charAt(next) == ' ') {
          next++;
        }
        if (next == ce) {
          next = ce + 1;
        }
      } else {
        ce = TableColumns.indexIn(text, d, cs, le);
        if (ce < 0) {
          ce = le;
        }
        next = ce + 1;
      }
      int s = cs;
      int e = ce;
      while (s < e && " '\"()`\t".indexOf(text.charAt(s)) >= 0) {
        s++;
      }
      while (e > s && " '\"()`\t\r".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      if (!(d == ' ' && s == e && cells.isEmpty())) {
        cells.add(new Cell(s, e));
      }
      cs = next;
    }
    return cells;
  }

  private void decide(String text, List<List<Cell>> block, BitSet persons, List<Finding> added) {
    if (block.size() < MIN_ROWS || block.get(0).size() < MIN_COLUMNS) {
      return;
    }
    int from = headerLike(text, block.get(0)) ? 1 : 0;
    if (block.size() - from < 2) {
      return;
    }
    int columns = block.get(0).size();
    for (int c = 0; c < columns; c++) {
      int found = 0;
      int filled = 0;
      int[] starts = new int[block.size()];
      for (int r = from; r < block.size(); r++) {
        Cell x = block.get(r).get(c);
        starts[r] = nameStart(text, x.start(), x.end());
        if (x.end() > x.start()) {
          filled++;
          if (Scan.anySet(persons, starts[r] < 0 ? x.start() : starts[r], x.end())) {
            found++;
          }
        }
      }
      if (found < 2 && uncasedNames(text, block, from, c)) {
        for (int r = from; r < block.size(); r++) {
          Cell x = block.get(r).get(c);
          if (x.end() > x.start()) {
            added.add(new Finding(PiiType.PERSON, x.start(), x.end(), 0.6));
          }
        }
        continue;
      }
      if (found < 2 || found * 3 < filled * 2) {
        continue;
      }
      for (int r = from; r < block.size(); r++) {
        Cell x = block.get(r).get(c);
        if (starts[r] >= 0
            && persons.nextClearBit(starts[r]) < x.end()
            && !NameColumns.NAME_COLUMNS.contains(
                text.substring(starts[r], x.end()).toLowerCase(Locale.ROOT))) {
          // not a column's name, as a list of the columns below the rows holds ("Nachname")
          added.add(new Finding(PiiType.PERSON, starts[r], x.end(), 0.6));
        }
      }
    }
  }

  /**
   * Whether column {@code c} holds full names of a script without capitals in all its cells that
   * are not empty, two different ones at least ("이도윤", "최하은", "정우진" in an export without its
   * header): the scripts' name shapes, which one cell alone does not prove, hold for a column.
   */
  private boolean uncasedNames(String text, List<List<Cell>> block, int from, int c) {
    java.util.Set<String> values = new java.util.HashSet<>();
    for (int r = from; r < block.size(); r++) {
      Cell x = block.get(r).get(c);
      if (x.end() > x.start() && text.charAt(x.start()) < 0x3000) {
        return false; // no Han or Hangul: read no further
      }
      String cell = text.substring(x.start(), x.end());
      if (!cell.isEmpty()) {
        if (!UncasedNames.cellName(names, cell)) {
          return false;
        }
        values.add(cell);
      }
    }
    return values.size() >= 2;
  }

  /**
   * A first line with no digit and no "@": a header's (whose words the rules may have taken for a
   * name: "RUT"), or a row without numbers, whose names the rules found or not as in any row.
   */
  private static boolean headerLike(String text, List<Cell> line) {
    int s = line.get(0).start();
    int e = line.get(line.size() - 1).end();
    for (int i = s; i < e; i++) {
      char ch = text.charAt(i);
      if (Scan.isDigit(ch) || ch == '@') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the name that ends the cell [s, e) starts, or -1: the whole cell when it is one to five
   * words of a name, else its last two to five words of a name after words that are not ("C-0414
   * Parveen Akhtar", "Sat 16/03 AM Oyelaran Adeyinka", as a table laid out with one or two spaces
   * puts them in one cell).
   */
  private int nameStart(String text, int s, int e) {
    if (e - s < 2 || e - s > 80) {
      return -1;
    }
    int words = 0;
    int start = -1;
    int we = e;
    while (we > s && words < 5) {
      int ws = we;
      while (ws > s && text.charAt(ws - 1) != ' ') {
        ws--;
      }
      if (ws == we || !wordOfAName(text.substring(ws, we), ws == s)) {
        break;
      }
      words++;
      start = ws;
      we = ws - 1;
    }
    if (start < 0 || start > s && words < 2) {
      return -1;
    }
    for (int i = start; i + 1 < e; i++) {
      if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
        return start;
      }
    }
    return -1;
  }

  private boolean wordOfAName(String w, boolean firstWord) {
    if (!firstWord && NameWords.PARTICLES.contains(w)) {
      return true;
    }
    if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
      return true; // an initial
    }
    if (!Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    if (names.isStopword(w) || w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT))) {
      return false; // "Unassigned", "Vakant"; "TBD", "HR", "N/A"
    }
    String lower = w.toLowerCase(Locale.ROOT);
    return !CommonWords.contains(lower)
        || names.isFirst(w)
        || names.isListedLast(w)
        || names.isFirst(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }
}
