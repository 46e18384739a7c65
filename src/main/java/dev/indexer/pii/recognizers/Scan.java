package dev.indexer.pii.recognizers;

import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fast candidate positions for the recognizers. Running a regex over every position of a long text
 * is what makes rule-based PII detection slow; instead the recognizers find the few places where a
 * match can start (a cue word, all of them found in one pass by {@link CueWords}, a digit run, a
 * separator) and run their pattern anchored there, so cost stays linear with a small constant.
 */
final class Scan {

  private Scan() {}

  /** A matcher whose lookbehinds and lookaheads see the whole text, for anchored matching. */
  static Matcher matcher(Pattern p, String text) {
    Matcher m = p.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }

  /**
   * Whether {@code m} matches starting exactly at {@code from} (looking at most {@code max} chars
   * ahead).
   */
  static boolean at(Matcher m, int from, int max, int textLength) {
    if (from < 0 || from > textLength) {
      return false;
    }
    m.region(from, Math.min(textLength, from + max));
    return m.lookingAt();
  }

  private record Lowered(String source, String lower) {}

  /** Several recognizers need the same text lower-cased: keep the last one per thread. */
  private static final ThreadLocal<Lowered> LAST = new ThreadLocal<>();

  /**
   * The text in lower case, same length and offsets (ROOT locale; falls back if lengths differ).
   */
  static String lower(String text) {
    Lowered last = LAST.get();
    if (last != null && last.source() == text) {
      return last.lower();
    }
    String l = lowerUncached(text);
    LAST.set(new Lowered(text, l));
    return l;
  }

  /**
   * This thread's texts kept last (lower-cased, digit runs, cue words, words), to put back with
   * {@link #restore} after a recognizer has read a text of its own: the recognizers after it share
   * the first.
   */
  static Object[] saved() {
    return new Object[] {LAST.get(), RUNS.get(), CueWords.saved(), NameModel.Words.saved()};
  }

  static void restore(Object[] saved) {
    LAST.set((Lowered) saved[0]);
    RUNS.set((DigitRuns) saved[1]);
    CueWords.restore(saved[2]);
    NameModel.Words.restore(saved[3]);
  }

  /** The text in lower case if {@link #lower} made it last on this thread, else null. */
  static String lowerIfAtHand(String text) {
    Lowered last = LAST.get();
    return last != null && last.source() == text ? last.lower() : null;
  }

  private static String lowerUncached(String text) {
    String l = text.toLowerCase(Locale.ROOT);
    if (l.length() == text.length()) {
      return l;
    }
    // Rare characters change length in lower case (e.g. 'İ'); map char by char instead.
    char[] c = new char[text.length()];
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(text.charAt(i));
    }
    return new String(c);
  }

  /**
   * The start of the line holding {@code i}, or -1 when it lies more than {@code max} chars back: a
   * bounded look back, so a search per candidate stays linear on a text without newlines.
   */
  static int lineStart(String text, int i, int max) {
    for (int k = i - 1; k >= Math.max(0, i - max); k--) {
      if (text.charAt(k) == '\n') {
        return k + 1;
      }
    }
    return i <= max ? 0 : -1;
  }

  /** The end of the line holding {@code from}: its '\n' or the text's end. */
  static int lineEnd(String text, int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A vowel sign or other combining mark of Indic and other scripts: part of the word it is in. */
  static boolean mark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** A letter, or a mark of the word it stands in ("মিতু", "अमित"). */
  static boolean letterOrMark(char c) {
    return Character.isLetter(c) || mark(c);
  }

  /** {@link Character#isLetter(char)}, ASCII by range: scanners call it for every character. */
  static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** Where the run of letters that ends at {@code e} starts ({@code e} if none ends there). */
  static int letterRunStart(String text, int e) {
    int b = e;
    while (b > 0 && isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  /**
   * Where {@code s} next occurs starting in {@code [from, to)}, or -1: a search bounded by a
   * window, unlike {@link String#indexOf(String, int)}, which reads on to the text's end when there
   * is none.
   */
  static int indexOf(String text, String s, int from, int to) {
    int last = Math.min(to, text.length() - s.length() + 1);
    char first = s.charAt(0);
    for (int i = Math.max(0, from); i < last; i++) {
      if (text.charAt(i) == first && text.startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the text holds a char in [lo, hi]: a script's letters ("\u0400" to "\u04FF"). */
  static boolean anyIn(String text, char lo, char hi) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= lo && c <= hi) {
        return true;
      }
    }
    return false;
  }

  /** Whether a bit of [from, to) is set: read within the range, never on to the end of the bits. */
  static boolean anySet(BitSet bits, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bits.get(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence ends right before {@code s} (". ", "! ", "? "). */
  static boolean sentenceStart(String text, int s) {
    return s >= 2 && text.charAt(s - 1) == ' ' && ".!?".indexOf(text.charAt(s - 2)) >= 0;
  }

  /** {@link Character#isLetterOrDigit(char)}, ASCII by range. */
  static boolean isLetterOrDigit(char c) {
    return c < 0x80
        ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c);
  }

  static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean isHex(char c) {
    return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || (c >= '0' && c <= '9');
  }

  /**
   * The starts of a long text's digit runs, in order, found in one pass; {@code next} is where the
   * last look-up ended, since the recognizers walk the runs forwards.
   */
  static final class DigitRuns {
    final String source;
    final int[] starts;
    final int count;
    int next;

    DigitRuns(String source, int[] starts, int count) {
      this.source = source;
      this.starts = starts;
      this.count = count;
    }

    /** The first run start at or after {@code from}, or -1. */
    int at(int from) {
      int target = Math.max(0, from);
      int k = next;
      if (k > 0 && starts[k - 1] >= target) {
        k = firstAtOrAfter(target);
      } else {
        // Forwards from the last answer: a few steps, then a binary search of the rest.
        int steps = 0;
        while (k < count && starts[k] < target) {
          if (++steps == 8) {
            k = firstAtOrAfter(target);
            break;
          }
          k++;
        }
      }
      next = k;
      return k < count ? starts[k] : -1;
    }

    private int firstAtOrAfter(int target) {
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < target) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** Several recognizers walk the same text's digit runs: keep the last long text's per thread. */
  private static final ThreadLocal<DigitRuns> RUNS = new ThreadLocal<>();

  /** Below this length a text is scanned directly: an index would cost more than it saves. */
  private static final int INDEXED_LENGTH = 4096;

  /** Index of the next digit at or after {@code from} that starts a digit run, or -1. */
  static int nextDigitRunStart(String text, int from) {
    if (text.length() < INDEXED_LENGTH) {
      return nextDigitRunStartByScan(text, from);
    }
    return digitRuns(text).at(from);
  }

  /**
   * The starts of {@code text}'s digit runs, for a walk over all of them that looks the thread's
   * index up once rather than at every run.
   */
  static DigitRuns digitRuns(String text) {
    if (text.length() < INDEXED_LENGTH) {
      return index(text);
    }
    DigitRuns runs = RUNS.get();
    if (runs == null || runs.source != text) {
      runs = index(text);
      RUNS.set(runs);
    }
    return runs;
  }

  private static DigitRuns index(String text) {
    int[] starts = new int[16];
    int count = 0;
    for (int p = nextDigitRunStartByScan(text, 0);
        p >= 0;
        p = nextDigitRunStartByScan(text, p + 1)) {
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = p;
    }
    return new DigitRuns(text, starts, count);
  }

  private static int nextDigitRunStartByScan(String text, int from) {
    int n = text.length();
    for (int i = Math.max(0, from); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && (i == 0 || !isDigit(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** How many ASCII digits follow one another from {@code p} (at most 32 are counted). */
  static int digitsAt(String text, int p) {
    int n = Math.min(text.length(), p + 32);
    int i = p;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    return i - p;
  }

  /**
   * Chinese, Japanese and Korean letters: their words are written without spaces between, or with
   * particles glued to them, so a cue of theirs may start and end inside a run of letters.
   */
  static boolean cjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** Whether the word at [start, ...) is preceded by a non-letter (a word start). */
  static boolean wordStart(String text, int start) {
    return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
  }

  /** Whether {@code word} stands in {@code lower} with no letter right before or after it. */
  static boolean wholeWordIn(String lower, String word) {
    for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetter(lower.charAt(at - 1)))
          && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
