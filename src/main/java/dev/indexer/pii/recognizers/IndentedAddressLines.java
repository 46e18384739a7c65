package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.List;

/**
 * The lines of a form's address value that go on under it, indented to the value's column: "Địa
 * chỉ: 45/12 Đường số 7, Phường 4" over " Quận Gò Vấp, TP. Hồ Chí Minh", "العنوان: شارع الجامعة،
 * عمارة 17" over " عمّان 11942". An address found that ends its line takes up to three such lines
 * below it, each its own finding: a line that starts in the value's column (two characters either
 * side) after four spaces or more, holds no label, no '@' and at most eight words.
 */
final class IndentedAddressLines {

  private IndentedAddressLines() {}

  /** Lines below an address a value goes on over. */
  private static final int LINES = 3;

  static void find(String text, int first, List<Finding> out) {
    if (text.indexOf("\n    ") < 0) {
      return;
    }
    BitSet covered = new BitSet();
    for (Finding f : out) {
      covered.set(f.start(), f.end());
    }
    int end = out.size();
    for (int k = first; k < end; k++) {
      Finding f = out.get(k);
      if (f.type() != PiiType.STREET_ADDRESS) {
        continue;
      }
      int le = Scan.lineEnd(text, f.end());
      if (!blank(text, f.end(), le)) {
        continue;
      }
      int ls = text.lastIndexOf('\n', f.start() - 1) + 1;
      int column = f.start() - ls;
      if (column < 4) {
        continue; // the value opens its line: no form's column to go on under
      }
      for (int lines = 0; lines < LINES && le + 1 < text.length(); lines++) {
        int ns = le + 1;
        int ne = Scan.lineEnd(text, ns);
        int s = ns;
        while (s < ne && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
          s++;
        }
        int e = ne;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (s - ns < 4
            || Math.abs((s - ns) - column) > 2
            || e == s
            || !valueLine(text, s, e)
            || (covered.nextSetBit(s) >= 0 && covered.nextSetBit(s) < e)) {
          break;
        }
        out.add(new Finding(PiiType.STREET_ADDRESS, s, e, f.score()));
        covered.set(s, e);
        le = ne;
      }
    }
  }

  private static boolean blank(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** No label (a colon), no mail, at most eight words: the rest of a value, not a new field. */
  private static boolean valueLine(String text, int s, int e) {
    int words = 0;
    boolean in = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '：' || c == '@' || c == '\u055D' || c == '\u1361') {
        return false; // ":", "：", Armenian "՝" and Ethiopic "፡" end labels
      }
      boolean space = Character.isWhitespace(c);
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words <= 8;
  }
}
