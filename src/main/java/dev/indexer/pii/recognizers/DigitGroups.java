package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of digit groups joined by single separators ("4111 1111-1111 1111"), in one
 * linear pass. Recognizers of numeric identifiers try their lengths on group boundaries.
 */
final class DigitGroups {

  /** A maximal run: group i spans [starts[i], ends[i]); separators between groups. */
  record Run(int[] starts, int[] ends) {
    int start() {
      return starts[0];
    }

    int end() {
      return ends[ends.length - 1];
    }

    int groups() {
      return starts.length;
    }

    /** Digits of groups [from, to). */
    String digits(String text, int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int g = from; g < to; g++) {
        b.append(text, starts[g], ends[g]);
      }
      return b.toString();
    }
  }

  private DigitGroups() {}

  /** Runs whose groups are joined by one of {@code separators}. */
  static List<Run> runs(String text, String separators) {
    List<Run> runs = new ArrayList<>();
    int n = text.length();
    int i = 0;
    List<int[]> groups = new ArrayList<>();
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    while (i < n) {
      // After a run, every digit ahead starts a run of its own: jump to the next.
      i = digitRuns.at(i);
      if (i < 0) {
        break;
      }
      groups.clear();
      int gs = i;
      while (true) {
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        groups.add(new int[] {gs, i});
        if (i + 1 < n && separators.indexOf(text.charAt(i)) >= 0 && isDigit(text.charAt(i + 1))) {
          i++;
          gs = i;
        } else {
          break;
        }
      }
      int[] s = new int[groups.size()];
      int[] e = new int[groups.size()];
      for (int g = 0; g < groups.size(); g++) {
        s[g] = groups.get(g)[0];
        e[g] = groups.get(g)[1];
      }
      runs.add(new Run(s, e));
    }
    return runs;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
