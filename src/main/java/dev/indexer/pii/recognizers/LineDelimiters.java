package dev.indexer.pii.recognizers;

import java.util.Arrays;

/**
 * The most frequent field delimiter of each line of a text, found once for the recognizers that
 * read a text line by line as rows (the last text is kept per thread). The delimiters and line
 * breaks are found by {@link CharPositions}, so a line of prose with a comma or two costs little.
 */
final class LineDelimiters {

  private static final ThreadLocal<LineDelimiters> LAST = new ThreadLocal<>();

  private final String text;
  private int[] starts = new int[64];
  private char[] delimiters = new char[64];
  private int lines;

  private LineDelimiters(String text) {
    this.text = text;
    int[] counts = new int[TableColumns.ROW_DELIMITERS.length];
    CharPositions marks = new CharPositions(text, '\n', ',', '|', '\t', ';');
    int ls = 0;
    for (int p = marks.from(0); ; p = marks.from(p + 1)) {
      char c = p < 0 ? '\n' : text.charAt(p);
      if (c == '\n') {
        add(ls, mostFrequent(counts));
        Arrays.fill(counts, 0);
        if (p < 0) {
          break;
        }
        ls = p + 1;
      } else {
        counts[indexOf(c)]++;
      }
    }
  }

  /**
   * Which of {@link TableColumns#ROW_DELIMITERS} the line [ls, le) holds most often (first on a
   * tie), or 0.
   */
  static char mostFrequent(String text, int ls, int le) {
    LineDelimiters d = LAST.get();
    if (d == null || d.text != text) {
      d = new LineDelimiters(text);
      LAST.set(d);
    }
    int line = Arrays.binarySearch(d.starts, 0, d.lines, ls);
    if (line >= 0 && le == (line + 1 < d.lines ? d.starts[line + 1] - 1 : text.length())) {
      return d.delimiters[line];
    }
    int[] counts = new int[TableColumns.ROW_DELIMITERS.length];
    for (int i = ls; i < le; i++) {
      int k = indexOf(text.charAt(i));
      if (k >= 0) {
        counts[k]++;
      }
    }
    return mostFrequent(counts);
  }

  private void add(int ls, char delimiter) {
    if (lines == starts.length) {
      starts = Arrays.copyOf(starts, lines * 2);
      delimiters = Arrays.copyOf(delimiters, lines * 2);
    }
    starts[lines] = ls;
    delimiters[lines++] = delimiter;
  }

  private static int indexOf(char c) {
    char[] all = TableColumns.ROW_DELIMITERS;
    for (int k = 0; k < all.length; k++) {
      if (all[k] == c) {
        return k;
      }
    }
    return -1;
  }

  private static char mostFrequent(int[] counts) {
    char d = 0;
    int count = 0;
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > count) {
        count = counts[k];
        d = TableColumns.ROW_DELIMITERS[k];
      }
    }
    return d;
  }
}
