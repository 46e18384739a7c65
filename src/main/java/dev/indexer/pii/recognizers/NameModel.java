package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A statistical name model: a logistic regression that scores each candidate word of a text as part
 * of a person's name or not, from features of the word (its letters, suffixes, shape, the name
 * lists it is in), of its neighbours (the words and punctuation before and after it) and of the
 * text (whether the word also occurs in lower case, how often it recurs capitalised). Its weights
 * ({@value #RESOURCE}) are learned from the labelled tuning corpora by {@code NameModelTraining} in
 * the tests, never from the blind sets the model is measured on.
 *
 * <p>The words it scores are the capitalised ones and those of the scripts without case that part
 * their words by spaces (Arabic, Hebrew, the Indic scripts, Ethiopic, Hangul). Words scored at or
 * above {@link #THRESHOLD} become names, with the initials and lower-case particles ("van der", "de
 * la") between them; two joined words below it make a name when neither is unlikely ({@link
 * #PAIR_MIN}, {@link #PAIR_SUM}: a name whose case ending makes each word less certain). A word
 * alone must not occur in lower case in the same text ("Even", "even") nor open a sentence of words
 * in lower case. The model works beside the rules and adds only words no earlier finding covers;
 * its findings then pass the same filters as the rules' (storms, firms, things named after people,
 * examples).
 */
public final class NameModel {

  /** Hashed feature space: 2^20 weights. */
  static final int BITS = 20;

  /**
   * The layout of the weights' files: non-zero weights' indices as gaps in varints, then the
   * weights in bfloat16, their high bytes first.
   */
  static final int FORMAT = 2;

  /** {@code x} in bfloat16, rounded to the nearest (ties to even): the upper 16 bits of a float. */
  static int bfloat16(float x) {
    int bits = Float.floatToIntBits(x);
    return (bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16;
  }

  /** {@code x} as the weights' files store it. */
  static float stored(float x) {
    return Float.intBitsToFloat(bfloat16(x) << 16);
  }

  static final String RESOURCE = "pii/name-model.bin";

  /** Probability at or above which a candidate word is taken as part of a name. */
  static final double THRESHOLD = 0.8;

  /** Two joined words below the threshold make a name when each reaches this and both this sum. */
  static final double PAIR_MIN = 0.3;

  static final double PAIR_SUM = 1.2;

  /** The most words one name of the model's runs over (a list of names is several). */
  static final int MAX_WORDS = 6;

  /** Score of the model's findings: below the rules' 0.7, so a rule's type wins an overlap. */
  static final double SCORE = 0.6;

  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "dos", "das", "do",
          "le", "la", "bin", "binti", "ibn", "al", "el", "ter", "ten", "zu", "y", "e", "mac", "ap",
          "op", "het", "degli", "dei", "af", "dela", "delos", "'t", "’t", "binte", "bte");

  private static volatile NameModel instance;

  private final float[] weights;

  NameModel(float[] weights) {
    this.weights = weights;
  }

  /** The model with the weights shipped on the class path. */
  public static NameModel get() {
    NameModel m = instance;
    if (m == null) {
      synchronized (NameModel.class) {
        m = instance;
        if (m == null) {
          m = new NameModel(load());
          instance = m;
        }
      }
    }
    return m;
  }

  private static float[] load() {
    return load(RESOURCE);
  }

  static float[] load(String resource) {
    try (InputStream raw = NameModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
        int format = in.readInt();
        if (format != FORMAT) {
          throw new IllegalStateException(
              resource + " is of format " + format + ", expected " + FORMAT);
        }
        int bits = in.readInt();
        if (bits != BITS) {
          throw new IllegalStateException(resource + " has " + bits + " bits, expected " + BITS);
        }
        float[] w = new float[1 << BITS];
        int count = in.readInt();
        int[] indices = new int[count];
        int index = 0;
        for (int i = 0; i < count; i++) {
          int gap = 0;
          int shift = 0;
          int b;
          do {
            b = in.readUnsignedByte();
            gap |= (b & 0x7f) << shift;
            shift += 7;
          } while ((b & 0x80) != 0);
          index += gap;
          indices[i] = index;
        }
        int[] halves = new int[count];
        for (int plane = 1; plane >= 0; plane--) {
          for (int i = 0; i < count; i++) {
            halves[i] |= in.readUnsignedByte() << (8 * plane);
          }
        }
        for (int i = 0; i < count; i++) {
          w[indices[i]] = Float.intBitsToFloat(halves[i] << 16);
        }
        return w;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Adds the names the model finds in {@code text} where no finding of {@code out} lies yet.
   *
   * @param text the text
   * @param out the findings so far; the model's are appended
   */
  void find(String text, List<Finding> out) {
    Words words = Words.of(text);
    int n = words.size();
    if (n == 0) {
      return;
    }
    Coverage covered = new Coverage(out, null);
    int k = 0;
    while (k < n) {
      if (!words.candidate(k)
          || covered.covers(words.start(k), words.end(k))
          || kinWithoutCase(text, words, k)) {
        k++;
        continue;
      }
      double pk = probability(text, words, k);
      int j = next(text, words, covered, k);
      if (pk < THRESHOLD && (j < 0 || !pair(pk, probability(text, words, j)))) {
        k++;
        continue;
      }
      int last = k;
      double pl = pk;
      while (last - k < MAX_WORDS && (j = next(text, words, covered, last)) >= 0) {
        double pj = probability(text, words, j);
        if (pj < THRESHOLD && !pair(pl, pj)) {
          break;
        }
        last = j;
        pl = pj;
      }
      if (words.end(last) - words.start(last) >= 2
          && (last > k || !words.alsoLowerCase(text, k) && !opensProse(text, words, k))) {
        out.add(new Finding(PiiType.PERSON, words.start(k), words.end(last), SCORE));
      }
      k = last + 1;
    }
  }

  /**
   * A word that opens a sentence or line and runs on into lower-case words of the same sentence
   * ("Alpha beta gamma"): alone, it is the sentence's first word, not a name by itself.
   */
  private static boolean opensProse(String text, Words words, int k) {
    if (!words.opensSentence(k) || k + 1 >= words.size() || words.candidate(k + 1)) {
      return false;
    }
    int e = words.end(k);
    int s = words.start(k + 1);
    if (s - e != 1 || text.charAt(e) != ' ') {
      return false;
    }
    // "Sreeja and Venkatesh ran logistics": an "and" to a capitalised word opens no prose.
    return !(k + 2 < words.size()
        && words.candidate(k + 2)
        && AND.contains(text.substring(s, words.end(k + 1)))
        && words.start(k + 2) - words.end(k + 1) == 1);
  }

  /**
   * Words of kin with a possessive in scripts without case, which name lists hold as given names
   * too ("אבי" is "my father" and Avi): the model never takes them alone, nor after "and" ("ואמי").
   */
  private static final Set<String> KIN_WITHOUT_CASE =
      Set.of(
          "אבי", "אמי", "אחי", "אחותי", "בעלי", "אשתי", "סבי", "סבתי", "בתי", "הוריי", "أبي", "أمي",
          "أخي", "أختي", "زوجي", "زوجتي", "جدي", "جدتي", "ابني", "ابنتي", "والدي", "والدتي", "ابي",
          "امي", "اخي", "اختي", "پدرم", "مادرم", "برادرم", "خواهرم", "همسرم");

  private static boolean kinWithoutCase(String text, Words words, int k) {
    int s = words.start(k);
    int e = words.end(k);
    if (!Words.spacedWithoutCase(text.charAt(s)) || e - s > 8) {
      return false;
    }
    String word = text.substring(s, e);
    if (KIN_WITHOUT_CASE.contains(word)) {
      return true;
    }
    char c = word.charAt(0);
    // "ואמי", "ووالدتي": "and my mother"
    return (c == 'ו' || c == 'و')
        && word.length() > 3
        && KIN_WITHOUT_CASE.contains(word.substring(1));
  }

  /** Words for "and" between two names. */
  private static final Set<String> AND =
      Set.of("and", "und", "et", "y", "e", "i", "og", "och", "en", "és", "ve", "și", "na", "ja");

  /**
   * Two words of a name each below the threshold: together they count when neither is unlikely (a
   * name whose case ending makes each word less certain).
   */
  private static boolean pair(double a, double b) {
    return Math.min(a, b) >= PAIR_MIN && a + b >= PAIR_SUM;
  }

  /**
   * The next candidate word after word {@code k} that a name can run on to: parted from it by a
   * space, an initial's dot or lower-case particles ("van der", "de la"), not covered yet; or -1.
   */
  private static int next(String text, Words words, Coverage covered, int k) {
    int n = words.size();
    int prev = k;
    int p = k + 1;
    while (p < n
        && p - k <= 2
        && !words.candidate(p)
        && joined(text, words, prev, p)
        && words.end(p) - words.start(p) <= 6
        && PARTICLES.contains(words.lower(text, p))) {
      prev = p++;
    }
    return p < n
            && joined(text, words, prev, p)
            && words.candidate(p)
            && !kinWithoutCase(text, words, p)
            && !covered.covers(words.start(p), words.end(p))
        ? p
        : -1;
  }

  /** Two words parted only by a space, or by an initial's dot and a space. */
  private static boolean joined(String text, Words words, int a, int b) {
    int e = words.end(a);
    int s = words.start(b);
    if (s - e == 1) {
      char c = text.charAt(e);
      return c == ' ' || c == '\u00a0';
    }
    return s - e == 2
        && text.charAt(e) == '.'
        && text.charAt(e + 1) == ' '
        && words.end(a) - words.start(a) == 1;
  }

  /**
   * The findings of a text as sorted starts with the furthest end reached so far, to ask whether a
   * word overlaps one, and which, in a binary search: only the words a model reads are asked about.
   */
  static final class Coverage {
    private final int[] starts;
    private final int[] reach;
    private final int[] reacher;

    /** The findings of {@code out} of {@code type}, or of any type if null. */
    Coverage(List<Finding> out, PiiType type) {
      long[] order = new long[out.size()];
      int c = 0;
      for (int i = 0; i < out.size(); i++) {
        if (type == null || out.get(i).type() == type) {
          order[c++] = ((long) out.get(i).start() << 32) | i;
        }
      }
      Arrays.sort(order, 0, c);
      starts = new int[c];
      reach = new int[c];
      reacher = new int[c];
      int far = -1;
      int who = -1;
      for (int r = 0; r < c; r++) {
        int i = (int) order[r];
        starts[r] = (int) (order[r] >>> 32);
        if (out.get(i).end() > far) {
          far = out.get(i).end();
          who = i;
        }
        reach[r] = far;
        reacher[r] = who;
      }
    }

    /** The index in the findings of one that overlaps [s, e), or -1. */
    int owner(int s, int e) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) { // the first start at or after e
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < e) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo > 0 && reach[lo - 1] > s ? reacher[lo - 1] : -1;
    }

    boolean covers(int s, int e) {
      return owner(s, e) >= 0;
    }
  }

  /** The probability that candidate word {@code k} is part of a person's name. */
  double probability(String text, Words words, int k) {
    if (words.probabilities == null) {
      words.probabilities = new float[words.size()];
      Arrays.fill(words.probabilities, Float.NaN);
    }
    float p = words.probabilities[k];
    if (Float.isNaN(p)) {
      p = (float) computeProbability(text, words, k);
      words.probabilities[k] = p;
    }
    return p;
  }

  private double computeProbability(String text, Words words, int k) {
    return score(weights, text, words, k);
  }

  /** The logistic regression with {@code weights} over the features of word {@code k}. */
  static double score(float[] weights, String text, Words words, int k) {
    int[] f = words.buffer;
    int count = NameFeatures.of(text, words, k, f);
    double z = 0;
    for (int i = 0; i < count; i++) {
      z += weights[f[i]];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The words of a text (letters and digits, with an apostrophe or hyphen inside), and the hashes
   * of the words written in lower case, for the feature that a word also occurs as a common one.
   */
  public static final class Words {
    /** The name and address models read the same text: keep its words per thread. */
    private static final ThreadLocal<Words> LAST = new ThreadLocal<>();

    private String source;
    private final int[] buffer = new int[NameFeatures.MAX];
    private int[] bounds = new int[64];
    private boolean[] capital = new boolean[32];
    private boolean[] opens = new boolean[32];
    private boolean[] digits = new boolean[32];
    private float[] probabilities;
    private int size;
    private Counts lowerWords;
    private Counts midWords;

    private Words() {}

    /**
     * This thread's words kept last, to put back with {@link #restore} (see {@link Scan#saved}).
     */
    static Object saved() {
      return LAST.get();
    }

    static void restore(Object saved) {
      LAST.set((Words) saved);
    }

    /** Splits {@code text} into its words; the last text's words are kept per thread. */
    public static Words of(String text) {
      Words last = LAST.get();
      if (last != null && last.source == text) {
        return last;
      }
      Words w = split(text);
      LAST.set(w);
      return w;
    }

    private static Words split(String text) {
      Words w = new Words();
      w.source = text;
      int n = text.length();
      int i = 0;
      long[] lower = new long[16];
      int lowers = 0;
      long[] mid = new long[16];
      int mids = 0;
      while (i < n) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
          i++;
          continue;
        }
        int s = i;
        boolean allLower = true;
        boolean digit = false;
        while (i < n) {
          char c = text.charAt(i);
          if (Character.isLetterOrDigit(c)) {
            if (!Character.isLowerCase(c)) {
              allLower = false;
              digit |= Character.isDigit(c);
            }
            i++;
          } else if (mark(c)) {
            i++; // a combining accent of a decomposed letter ("Itzi\u0301ar")
          } else if ((c == '\'' || c == '\u2019' || c == '-')
              && i + 1 < n
              && Character.isLetter(text.charAt(i + 1))
              && Character.isLetter(text.charAt(i - 1))
              && !possessive(text, i)) {
            i++;
          } else {
            break;
          }
        }
        boolean upper =
            Character.isUpperCase(text.charAt(s))
                || Character.isTitleCase(text.charAt(s))
                || spacedWithoutCase(text.charAt(s));
        w.add(s, i, upper);
        w.digits[w.size - 1] = digit;
        if (allLower && Character.isLetter(text.charAt(s))) {
          if (lowers == lower.length) {
            lower = Arrays.copyOf(lower, lowers * 2);
          }
          lower[lowers++] = NameFeatures.lowerHash(text, s, i);
        }
        boolean opens = upper && NameFeatures.sentenceStart(text, s);
        w.opens[w.size - 1] = opens;
        if (upper && !allLower && !opens) {
          if (mids == mid.length) {
            mid = Arrays.copyOf(mid, mids * 2);
          }
          mid[mids++] = NameFeatures.lowerHash(text, s, i);
        }
      }
      w.lowerWords = new Counts(lower, lowers);
      w.midWords = new Counts(mid, mids);
      return w;
    }

    /**
     * A letter of a script without case that parts its words by spaces (Arabic, Hebrew, the Indic
     * scripts, Ethiopic, Hangul): its words are candidates as capitalised words are, since nothing
     * tells a name there by its first letter. Not Chinese, Japanese, Thai or Khmer, which write
     * words without spaces between them.
     */
    static boolean spacedWithoutCase(char c) {
      if (c < 0x0590
          || !Character.isLetter(c)
          || Character.isUpperCase(c)
          || Character.isLowerCase(c)) {
        return false;
      }
      return c <= 0x08ff // Hebrew, Arabic, Syriac, Thaana
          || c >= 0x0900 && c <= 0x0dff // Devanagari to Sinhala
          || c >= 0x1200 && c <= 0x139f // Ethiopic
          || c >= 0xac00 && c <= 0xd7a3 // Hangul syllables
          || c >= 0xfb1d && c <= 0xfdff // Hebrew and Arabic presentation forms
          || c >= 0xfe70 && c <= 0xfeff;
    }

    private static boolean mark(char c) {
      int t = Character.getType(c);
      return t == Character.NON_SPACING_MARK
          || t == Character.COMBINING_SPACING_MARK
          || t == Character.ENCLOSING_MARK
          || c == '\u200d'
          || c == '\u200c';
    }

    /** "Goikoetxea's": an apostrophe and an s that end the word part it from the name. */
    private static boolean possessive(String text, int i) {
      return text.charAt(i) != '-'
          && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    private void add(int s, int e, boolean upper) {
      if (size * 2 + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
        capital = Arrays.copyOf(capital, bounds.length / 2);
        opens = Arrays.copyOf(opens, bounds.length / 2);
        digits = Arrays.copyOf(digits, bounds.length / 2);
      }
      capital[size] = upper;
      bounds[size * 2] = s;
      bounds[size * 2 + 1] = e;
      size++;
    }

    /** The first word that starts at or after {@code offset}. */
    int firstAtOrAfter(int offset) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (bounds[mid * 2] < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    public int size() {
      return size;
    }

    public int start(int k) {
      return bounds[k * 2];
    }

    public int end(int k) {
      return bounds[k * 2 + 1];
    }

    /** Whether word {@code k} holds a digit. */
    boolean hasDigit(int k) {
      return digits[k];
    }

    /** Whether word {@code k} is capitalised and opens a sentence or line. */
    boolean opensSentence(int k) {
      return opens[k];
    }

    /**
     * A word the model scores: it opens with a capital letter, or with a letter of a script without
     * case that parts its words by spaces ({@link #spacedWithoutCase}).
     */
    public boolean candidate(int k) {
      return capital[k];
    }

    String lower(String text, int k) {
      return text.substring(start(k), end(k)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether word {@code k} also occurs in the text written in lower case ("Even", "even"). */
    boolean alsoLowerCase(String text, int k) {
      return occursInLowerCase(NameFeatures.lowerHash(text, start(k), end(k)));
    }

    boolean occursInLowerCase(long hash) {
      return lowerWords.count(hash) > 0;
    }

    /** How often a word with this hash occurs capitalised inside a sentence. */
    int midSentenceCount(long hash) {
      return midWords.count(hash);
    }
  }

  /** How often each word hash occurs: an open-addressed table of 64-bit keys. */
  private static final class Counts {
    private final long[] keys;
    private final int[] counts;

    Counts(long[] hashes, int size) {
      int capacity = Integer.highestOneBit(Math.max(size, 8) * 2) * 2;
      keys = new long[capacity];
      counts = new int[capacity];
      for (int i = 0; i < size; i++) {
        long k = key(hashes[i]);
        int j = slot(k);
        while (keys[j] != 0 && keys[j] != k) {
          j = (j + 1) & (capacity - 1);
        }
        keys[j] = k;
        counts[j]++;
      }
    }

    private static long key(long h) {
      return h == 0 ? 1 : h;
    }

    private int slot(long k) {
      return (int) (k ^ (k >>> 29)) & (keys.length - 1);
    }

    int count(long hash) {
      long k = key(hash);
      for (int j = slot(k); keys[j] != 0; j = (j + 1) & (keys.length - 1)) {
        if (keys[j] == k) {
          return counts[j];
        }
      }
      return 0;
    }
  }
}
