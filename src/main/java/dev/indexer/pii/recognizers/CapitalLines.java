package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

/**
 * Lines written in capitals, as on labels, envelopes and statements ("8813 BLUEBONNET TRL", "SAN
 * ANTONIO TX 78254"), turned into the same lines in mixed case so that the rules written for mixed
 * case read them: each word of letters keeps its first capital and loses the others. A word of two
 * or three letters before a number stays as it is ("TX 78254", "NSW 2026"), as does "PO" and every
 * word with a digit in it ("H91", "0HU"), but not "BOX". Every other line is blanked, so that only
 * the capital lines are read twice.
 */
final class CapitalLines {

  private CapitalLines() {}

  /** The text with its capital lines in mixed case and its other lines blank, or null if none. */
  static String titled(String text) {
    int n = text.length();
    char[] out = null;
    for (int ls = 0; ls < n; ) {
      int le = Scan.lineEnd(text, ls);
      if (capitalLine(text, ls, le)) {
        if (out == null) {
          out = blank(text);
        }
        titleLine(text, ls, le, out);
      }
      ls = le + 1;
    }
    return out == null ? null : new String(out);
  }

  /**
   * Adds the findings of the titled text that lie in capitals, where they overlap no finding made
   * before or only addresses they contain ("APT 4" within "8813 BLUEBONNET TRL APT 4"), which they
   * replace.
   */
  static void addNew(String text, List<Finding> more, int first, List<Finding> out) {
    TreeMap<Integer, Integer> byStart = new TreeMap<>();
    BitSet covered = new BitSet();
    for (int k = first; k < out.size(); k++) {
      byStart.put(out.get(k).start(), k);
      covered.set(out.get(k).start(), out.get(k).end());
    }
    BitSet dropped = new BitSet();
    for (Finding f : more) {
      if (hasLowerCase(text, f.start(), f.end())) {
        continue;
      }
      int c = covered.nextSetBit(f.start());
      if (covered.get(f.start()) || c >= 0 && c < f.end()) {
        Integer from = byStart.floorKey(f.start());
        List<Integer> inside = new ArrayList<>();
        for (int k :
            byStart.subMap(from == null ? f.start() : from, true, f.end(), false).values()) {
          Finding g = out.get(k);
          if (g.end() > f.start() && g.start() < f.end()) {
            if (g.type() != PiiType.STREET_ADDRESS || g.start() < f.start() || g.end() > f.end()) {
              inside = null;
              break;
            }
            inside.add(k);
          }
        }
        if (inside == null) {
          continue;
        }
        inside.forEach(dropped::set);
      }
      out.add(f);
      byStart.put(f.start(), out.size() - 1);
      covered.set(f.start(), f.end());
    }
    for (int k = dropped.length() - 1; k >= 0; k = dropped.previousSetBit(k - 1)) {
      out.remove(k);
    }
  }

  /** A line with no letter in lower case, a digit and a word of three letters or more. */
  private static boolean capitalLine(String text, int s, int e) {
    boolean digit = false;
    int run = 0;
    boolean word = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        word |= ++run >= 3;
      } else {
        run = 0;
        digit |= Scan.isDigit(c);
      }
    }
    return digit && word;
  }

  private static boolean hasLowerCase(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static char[] blank(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = text.charAt(i) == '\n' ? '\n' : ' ';
    }
    return out;
  }

  private static void titleLine(String text, int s, int e, char[] out) {
    int i = s;
    while (i < e) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        out[i] = text.charAt(i);
        i++;
        continue;
      }
      int we = i;
      boolean letters = true;
      while (we < e && Character.isLetterOrDigit(text.charAt(we))) {
        letters &= Character.isLetter(text.charAt(we));
        we++;
      }
      boolean keep =
          !letters
              || we - i == 1
              || (we - i <= 3
                  && we + 1 < e
                  && text.charAt(we) == ' '
                  && Scan.isDigit(text.charAt(we + 1))
                  && !text.startsWith("BOX", i))
              || text.startsWith("PO", i) && we - i == 2;
      for (int k = i; k < we; k++) {
        char c = text.charAt(k);
        out[k] = keep || k == i ? c : Character.toLowerCase(c);
      }
      i = we;
    }
  }
}
