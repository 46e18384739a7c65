package dev.indexer.pii.recognizers;

import java.util.Arrays;
import java.util.Set;

/**
 * The features of a capitalised word for {@link NameModel}, hashed into the model's weight indices:
 * the word itself, its suffixes, prefix, shape and length, the name lists and the vocabulary it is
 * in, the punctuation and words on either side of it, whether it also occurs in lower case in the
 * text and how often it recurs capitalised, and its script.
 */
final class NameFeatures {

  /** At most this many features per word. */
  static final int MAX = 48;

  private static final int MASK = (1 << NameModel.BITS) - 1;

  // Kinds of the gap between two words.
  private static final int NONE = 0;
  private static final int LINE = 1;
  private static final int TAB = 2;
  private static final int SENTENCE = 3;
  private static final int INITIAL = 4;
  private static final int COMMA = 5;
  private static final int COLON = 6;
  private static final int OPEN = 7;
  private static final int SPACE = 8;
  private static final int OTHER = 9;
  private static final int CLOSE = 10;

  private NameFeatures() {}

  /** Each script's hash, by ordinal: the ordinals differ between JDKs, so the name is hashed. */
  private static final long[] SCRIPT_HASHES =
      Arrays.stream(Character.UnicodeScript.values())
          .mapToLong(script -> lowerHash(script.name(), 0, script.name().length()))
          .toArray();

  /** The hash of the script's name (not its ordinal, which differs between JDKs). */
  private static long scriptHash(int codePoint) {
    return SCRIPT_HASHES[Character.UnicodeScript.of(codePoint).ordinal()];
  }

  /** A 64-bit FNV-1a hash of the word's characters in lower case. */
  static long lowerHash(String text, int s, int e) {
    long h = 0xcbf29ce484222325L;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      h ^= c < 0x80 ? (c >= 'A' && c <= 'Z' ? c | 0x20 : c) : Character.toLowerCase(c);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static int index(int template, long h) {
    long x = h * 0x9E3779B97F4A7C15L + (template + 1) * 0xC2B2AE3D27D4EB4FL;
    x ^= x >>> 31;
    x *= 0xBF58476D1CE4E5B9L;
    x ^= x >>> 29;
    return (int) x & MASK;
  }

  /** Whether a sentence or line opens at {@code s}: nothing but spaces and quotes after an end. */
  static boolean sentenceStart(String text, int s) {
    int i = s - 1;
    int stop = Math.max(-1, s - 12);
    while (i > stop && (text.charAt(i) == ' ' || "\"'«„“(*•-–#>".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?\n\t:…".indexOf(text.charAt(i)) >= 0;
  }

  /** The kind of gap between the end of one word and the start of the next. */
  private static int gap(String text, int e, int s, boolean initial) {
    boolean space = false;
    int kind = SPACE;
    int spaces = 0;
    for (int i = e; i < s; i++) {
      char c = text.charAt(i);
      spaces = c == ' ' ? spaces + 1 : 0;
      switch (c) {
        case '\n', '\r':
          return LINE;
        case '\t':
          kind = TAB;
          break;
        case ' ', '\u00a0':
          space = true;
          if (spaces == 3) {
            kind = TAB; // the service reads a column's run of spaces as a tab
          }
          break;
        case '.', '!', '?', '…':
          if (kind == SPACE || kind == CLOSE) {
            kind = c == '.' && initial && s - e <= 2 ? INITIAL : SENTENCE;
          }
          break;
        case ',', ';':
          if (kind == SPACE) {
            kind = COMMA;
          }
          break;
        case ':':
          if (kind == SPACE) {
            kind = COLON;
          }
          break;
        case '(', '[', '"', '«', '„', '“', '‘', '\'', '<', '{':
          if (kind == SPACE) {
            kind = OPEN;
          }
          break;
        case ')', ']', '»', '”', '’', '>', '}':
          if (kind == SPACE) {
            kind = CLOSE;
          }
          break;
        default:
          if (kind == SPACE) {
            kind = OTHER;
          }
      }
    }
    return kind == SPACE && !space ? OTHER : kind;
  }

  /** A code for the word's shape: the classes of its first six characters, repeats folded. */
  private static long shape(String text, int s, int e) {
    long code = 1;
    int last = -1;
    int count = 0;
    for (int i = s; i < e && count < 6; i++) {
      char c = text.charAt(i);
      int k =
          Character.isUpperCase(c)
              ? 1
              : Character.isLowerCase(c) ? 2 : Character.isDigit(c) ? 3 : c == '-' ? 4 : 5;
      if (k != last) {
        code = code * 7 + k;
        last = k;
        count++;
      }
    }
    return code;
  }

  /**
   * Bits of list membership of a word in any case: first name (1), ambiguous first name (2), listed
   * surname (4), surname (8), stopword (16), English vocabulary (32), a given name or surname of a
   * script without case (64).
   */
  static int lists(long lowerHash) {
    return ListBits.TABLE.get(lowerHash);
  }

  /** The name lists and the vocabulary as one open-addressed table keyed by {@link #lowerHash}. */
  private static final class ListBits {
    static final ListBits TABLE = new ListBits(NameLists.get());

    private final long[] keys;
    private final byte[] bits;

    private ListBits(NameLists names) {
      Set<String> common = CommonWords.get();
      int entries =
          names.first.size()
              + names.last.size()
              + names.stop.size()
              + common.size()
              + names.scriptFirst.size()
              + names.scriptLast.size();
      int size = Integer.highestOneBit(entries * 2) * 2;
      keys = new long[size];
      bits = new byte[size];
      for (String w : names.first) {
        put(w, names.isFirst(w) ? 1 : 0);
      }
      for (String w : names.ambiguous) {
        put(w, 2);
      }
      for (String w : names.last) {
        put(w, 4 | (names.isLast(w) ? 8 : 0));
      }
      for (String w : names.stop) {
        put(w, 16);
      }
      for (String w : common) {
        put(w, 32);
      }
      for (String w : names.scriptFirst) {
        put(w, 64);
      }
      for (String w : names.scriptLast) {
        put(w, 64);
      }
    }

    private static long key(long h) {
      return h == 0 ? 1 : h;
    }

    private void put(String w, int b) {
      if (b == 0) {
        return;
      }
      long k = key(lowerHash(w, 0, w.length()));
      int i = (int) (k ^ (k >>> 32)) & (keys.length - 1);
      while (keys[i] != 0 && keys[i] != k) {
        i = (i + 1) & (keys.length - 1);
      }
      keys[i] = k;
      bits[i] |= (byte) b;
    }

    int get(long h) {
      long k = key(h);
      int i = (int) (k ^ (k >>> 32)) & (keys.length - 1);
      while (keys[i] != 0) {
        if (keys[i] == k) {
          return bits[i];
        }
        i = (i + 1) & (keys.length - 1);
      }
      return 0;
    }
  }

  /**
   * Writes the feature indices of word {@code k} into {@code f}.
   *
   * @return how many were written
   */
  static int of(String text, NameModel.Words w, int k, int[] f) {
    int s = w.start(k);
    int e = w.end(k);
    int len = e - s;
    int n = 0;
    long word = lowerHash(text, s, e);
    f[n++] = index(0, 0);
    f[n++] = index(1, word);
    f[n++] = index(2, lowerHash(text, Math.max(s, e - 2), e));
    f[n++] = index(3, lowerHash(text, Math.max(s, e - 3), e));
    f[n++] = index(4, lowerHash(text, Math.max(s, e - 4), e));
    f[n++] = index(5, lowerHash(text, s, Math.min(e, s + 3)));
    long shape = shape(text, s, e);
    f[n++] = index(6, shape);
    f[n++] = index(7, Math.min(len, 14));
    int lists = lists(word);
    f[n++] = index(8, lists);
    for (int b = 0; b < 7; b++) {
      if ((lists & (1 << b)) != 0) {
        f[n++] = index(9 + b, 1);
      }
    }
    boolean hasPrev = k > 0;
    boolean hasNext = k + 1 < w.size();
    int before = hasPrev ? gap(text, w.end(k - 1), s, w.end(k - 1) - w.start(k - 1) == 1) : NONE;
    int after = hasNext ? gap(text, e, w.start(k + 1), len == 1) : NONE;
    if (!hasPrev && s > 0) {
      before = gap(text, 0, s, false);
    }
    f[n++] = index(16, before);
    f[n++] = index(17, after);
    f[n++] = index(18, shape * 16 + before);
    f[n++] = index(19, (long) lists * 16 + before);
    f[n++] = index(20, before * 16L + after);
    boolean sameLineBefore = hasPrev && before != LINE && before != TAB;
    boolean sameLineAfter = hasNext && after != LINE && after != TAB;
    if (sameLineBefore) {
      int ps = w.start(k - 1);
      int pe = w.end(k - 1);
      long prev = lowerHash(text, ps, pe);
      f[n++] = index(21, prev * 31 + before);
      f[n++] = index(22, prev);
      boolean cap = w.candidate(k - 1);
      f[n++] = index(23, (cap ? 16 : 0) + before);
      int pl = lists(prev);
      f[n++] = index(24, (long) pl * 2 + (cap ? 1 : 0));
      f[n++] = index(25, lowerHash(text, Math.max(ps, pe - 3), pe));
      if (k > 1) {
        int b2 = gap(text, w.end(k - 2), ps, false);
        if (b2 != LINE && b2 != TAB) {
          f[n++] = index(26, lowerHash(text, w.start(k - 2), w.end(k - 2)));
        }
      }
    } else {
      f[n++] = index(27, before);
    }
    if (sameLineAfter) {
      int ns = w.start(k + 1);
      int ne = w.end(k + 1);
      long next = lowerHash(text, ns, ne);
      f[n++] = index(28, next * 31 + after);
      f[n++] = index(29, next);
      boolean cap = w.candidate(k + 1);
      f[n++] = index(30, (cap ? 16 : 0) + after);
      int nl = lists(next);
      f[n++] = index(31, (long) nl * 2 + (cap ? 1 : 0));
      f[n++] = index(32, lowerHash(text, Math.max(ns, ne - 3), ne));
      if (k + 2 < w.size()) {
        int a2 = gap(text, ne, w.start(k + 2), false);
        if (a2 != LINE && a2 != TAB) {
          f[n++] = index(33, lowerHash(text, w.start(k + 2), w.end(k + 2)));
        }
      }
    } else {
      f[n++] = index(34, after);
    }
    f[n++] = index(35, w.occursInLowerCase(word) ? 1 : 0);
    f[n++] = index(36, Math.min(w.midSentenceCount(word), 3));
    f[n++] = index(37, scriptHash(text.codePointAt(s)));
    boolean opens = w.opensSentence(k);
    f[n++] = index(38, opens ? 1 : 0);
    f[n++] = index(39, (opens ? 128 : 0) + lists);
    return n;
  }
}
