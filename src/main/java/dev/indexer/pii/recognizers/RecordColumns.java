package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Birth dates in a column of records that no header names: rows of a dump, a CSV or SQL values
 * ("(1021,'417-79-1441','1962-08-19','60614'),") whose same cell holds a full date in each row, the
 * years of those dates decades apart. People's birth years spread over decades; the dates of
 * orders, visits, logs and payments in one table lie within a few years. A header that names the
 * column as something else ("released", "created") keeps it out.
 */
final class RecordColumns {

  /** How far apart the years of a column's dates must lie. */
  private static final int SPREAD = 8;

  private static final int MAX_ROWS = 2000;

  private record Cell(int start, int end, int year) {}

  private RecordColumns() {}

  static void find(String text, Matcher m, List<Finding> out) {
    int n = text.length();
    int ls = 0;
    int rows = 0;
    // A block: consecutive lines with the same delimiter, as many times each (one more or less: a
    // trailing comma after all SQL tuples but the last).
    char blockDelimiter = 0;
    int blockCount = -1;
    int headerStart = -1;
    List<List<Cell>> columns = new ArrayList<>();
    while (ls < n && rows++ < MAX_ROWS) {
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = n;
      }
      char d = TableColumns.mostFrequent(text, ls, le);
      int count = d == 0 ? 0 : TableColumns.count(text, d, ls, le);
      if (count < 2 || d != blockDelimiter || Math.abs(count - blockCount) > 1) {
        decide(text, headerStart, columns, out);
        columns.clear();
        headerStart = count >= 2 ? ls : -1;
        blockDelimiter = d;
        blockCount = count >= 2 ? count : -1;
      }
      if (count >= 2) {
        cells(text, ls, le, d, m, columns);
      }
      ls = le + 1;
    }
    decide(text, headerStart, columns, out);
  }

  /**
   * The dates of the row [ls, le) that fill a cell of their own (quotes and spaces around them), by
   * the cell's index. Only a cell of digits and date separators, 6 to 12 long, is read with the
   * date pattern: "1962-08-19", "03/08/1989", "19710614".
   */
  private static void cells(String text, int ls, int le, char d, Matcher m, List<List<Cell>> cols) {
    int column = 0;
    int cs = ls;
    while (cs <= le) {
      int ce = TableColumns.indexIn(text, d, cs, le);
      if (ce < 0) {
        ce = le;
      }
      int s = cs;
      int e = ce;
      while (s < e && " '\"(".indexOf(text.charAt(s)) >= 0) {
        s++;
      }
      while (e > s && " '\")".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      if (e - s >= 6 && e - s <= 12 && dateShaped(text, s, e)) {
        int year = year(text, s, e);
        if (year > 0 && m.region(s, e).matches()) {
          while (cols.size() <= column) {
            cols.add(new ArrayList<>());
          }
          cols.get(column).add(new Cell(s, e, year));
        }
      }
      column++;
      cs = ce + 1;
    }
  }

  private static boolean dateShaped(String text, int s, int e) {
    if (!Scan.isDigit(text.charAt(s)) || !Scan.isDigit(text.charAt(e - 1))) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (!Scan.isDigit(c) && c != '-' && c != '/' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** The year of the date [s, e), or -1; the first four digits of a compact "19710614". */
  private static int year(String text, int s, int e) {
    return e - s == 8 && Scan.digitsAt(text, s) == 8
        ? Integer.parseInt(text.substring(s, s + 4))
        : DateOfBirthRecognizer.year(text, s, e);
  }

  private static void decide(String text, int header, List<List<Cell>> columns, List<Finding> out) {
    int now = Year.now().getValue();
    // Without a header: the block's first line holds a date in the column too. Under a header the
    // rules of named columns decide, and a column named "incorporated" or "maturity" is no birth.
    int firstLineEnd = header < 0 ? 0 : TableColumns.indexIn(text, '\n', header, text.length());
    if (firstLineEnd < 0) {
      firstLineEnd = text.length();
    }
    for (int c = 0; c < columns.size(); c++) {
      List<Cell> cells = columns.get(c);
      if (cells.size() < 2) {
        continue;
      }
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (Cell x : cells) {
        min = Math.min(min, x.year());
        max = Math.max(max, x.year());
      }
      if (min < 1900 || max > now || max - min < SPREAD || cells.get(0).start() >= firstLineEnd) {
        continue;
      }
      for (Cell x : cells) {
        out.add(new Finding(PiiType.DATE_OF_BIRTH, x.start(), x.end(), 0.8));
      }
    }
  }
}
