package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.Arrays;
import java.util.List;

/**
 * A statistical address model: the same logistic regression and features as {@link NameModel}, with
 * weights ({@value #RESOURCE}) learned from the words of the tuning corpora's addresses, every word
 * a sample. Only words near a word with a digit are scored (an address has a house number or a
 * postcode). A run of words at or above {@link #THRESHOLD}, parted by spaces, commas, dots or a
 * hyphen or slash, becomes an address when it holds a word with a digit and a word of three letters
 * or more ("14 Kalye Mapagkawanggawa", not "174,74" or "3월 9일"), or it widens an address found
 * right before or after it (", piso 7, depto. B").
 */
final class AddressModel {

  static final String RESOURCE = "pii/address-model.bin";

  /** Probability at or above which a word is taken as part of an address. */
  static final double THRESHOLD = 0.5;

  /** The longest run of words the model takes as one address. */
  static final int MAX_WORDS = 16;

  /**
   * Numbers an address holds at most: house, floor, flat, postcode and a few more ("Calle Mayor 12,
   * 3º 2ª, 28013 Madrid" has four).
   */
  static final int MAX_NUMBERS = 6;

  private static volatile AddressModel instance;

  private final float[] weights;

  private AddressModel(float[] weights) {
    this.weights = weights;
  }

  static AddressModel get() {
    AddressModel m = instance;
    if (m == null) {
      synchronized (AddressModel.class) {
        m = instance;
        if (m == null) {
          m = new AddressModel(NameModel.load(RESOURCE));
          instance = m;
        }
      }
    }
    return m;
  }

  void find(String text, List<Finding> out) {
    NameModel.Words words = NameModel.Words.of(text);
    int n = words.size();
    if (n == 0) {
      return;
    }
    NameModel.Coverage covered = new NameModel.Coverage(out, null);
    NameModel.Coverage addresses = new NameModel.Coverage(out, PiiType.STREET_ADDRESS);
    // Runs grow from words with a digit and from the words right beside an address found.
    boolean[] beside = new boolean[n];
    for (Finding f : out) {
      if (f.type() == PiiType.STREET_ADDRESS) {
        int after = words.firstAtOrAfter(f.end());
        if (after < n) {
          beside[after] = true;
        }
        int before = words.firstAtOrAfter(f.start()) - 1;
        if (before >= 0) {
          beside[before] = true;
        }
      }
    }
    double[] p = new double[n];
    Arrays.fill(p, -1);
    int done = 0; // words before this belong to a run already read
    for (int seed = 0; seed < n; seed++) {
      if (seed < done
          || !(words.hasDigit(seed) || beside[seed] && besideAddress(text, words, addresses, seed))
          || covered(covered, words, seed)
          || probability(text, words, seed, p) < THRESHOLD) {
        continue;
      }
      // A run grows from a word with a digit, or from one beside an address found, both ways.
      int k = seed;
      while (k - 1 >= done
          && !covered(covered, words, k - 1)
          && seed - k < MAX_WORDS
          && gapOk(text, words.end(k - 1), words.start(k))
          && !sentenceEnd(text, words, k - 1)
          && probability(text, words, k - 1, p) >= THRESHOLD) {
        k--;
      }
      int last = seed;
      while (last + 1 < n
          && !covered(covered, words, last + 1)
          && last - k < MAX_WORDS
          && gapOk(text, words.end(last), words.start(last + 1))
          && !sentenceEnd(text, words, last)
          && probability(text, words, last + 1, p) >= THRESHOLD) {
        last++;
      }
      // A preposition before a street ("la Str. Florilor", "at 12 Elm St") is not the address's.
      while (k < last && functionWord(text, words, k)) {
        k++;
      }
      if (k == last && functionWord(text, words, k)) {
        done = last + 1;
        continue;
      }
      boolean digit = false;
      boolean word = false;
      int numbers = 0;
      for (int i = k; i <= last; i++) {
        digit |= words.hasDigit(i);
        word |= isWord(text, words, i);
        numbers += words.hasDigit(i) ? 1 : 0;
      }
      if (numbers > MAX_NUMBERS) {
        done = last + 1; // a list of numbers (parts, amounts, scores), no address
        continue;
      }
      int s = words.start(k);
      int e = words.end(last);
      int before = k > 0 ? owner(addresses, words, k - 1) : -1;
      int after = last + 1 < n ? owner(addresses, words, last + 1) : -1;
      if (before >= 0 && gapOk(text, words.end(k - 1), s)) {
        extend(out, before, s, e); // ", piso 7, depto. B" after a street found
      } else if (after >= 0 && gapOk(text, e, words.start(last + 1))) {
        extend(out, after, s, e);
      } else if (last > k
          && digit
          && word
          && !percentAfter(text, e)
          && !cutFromAPhrase(text, words, k)) {
        out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.6));
      }
      done = last + 1;
    }
  }

  /** Short words in lower case that name a street or a unit: "rua Augusta 45", "via Roma 3". */
  private static final java.util.Set<String> STREET_WORDS =
      java.util.Set.of(
          "via", "rua", "rue", "vei", "vej", "gt", "apt", "ap", "bus", "box", "str", "ul", "al",
          "av", "pl", "rd", "st", "cl", "c", "bd", "way", "dr", "ln");

  /**
   * A word of one to three letters in lower case and no abbreviation: "la", "at", "w", "na", not
   * "ul." or "м.".
   */
  private static boolean functionWord(String text, NameModel.Words words, int k) {
    int s = words.start(k);
    int e = words.end(k);
    if (e - s > 3
        || e < text.length() && (text.charAt(e) == '.' || text.charAt(e) == '-')
        || STREET_WORDS.contains(text.substring(s, e))) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A share, not a house number: "서울 강남구 3.2%", "Zone 4 12 %". */
  private static boolean percentAfter(String text, int e) {
    int i = e;
    while (i < text.length()
        && i - e < 8
        && (Character.isDigit(text.charAt(i)) || ".,".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '%' || text.charAt(i) == '％');
  }

  /**
   * A run that opens with a bare number right after a capitalised word and a space ("Plan Basic 3,
   * 1000 Users"): the words before it, which the model did not take, belong to the same phrase, so
   * the run is no address of its own.
   */
  private static boolean cutFromAPhrase(String text, NameModel.Words words, int k) {
    int s = words.start(k);
    for (int i = s; i < words.end(k); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    if (s < 2 || text.charAt(s - 1) != ' ' || !Character.isLetter(text.charAt(s - 2))) {
      return false;
    }
    int b = Scan.letterRunStart(text, s - 1);
    return Character.isUpperCase(text.charAt(b));
  }

  private static boolean covered(NameModel.Coverage c, NameModel.Words words, int k) {
    return c.covers(words.start(k), words.end(k));
  }

  private static int owner(NameModel.Coverage c, NameModel.Words words, int k) {
    return c.owner(words.start(k), words.end(k));
  }

  private static boolean besideAddress(
      String text, NameModel.Words words, NameModel.Coverage addresses, int k) {
    return k > 0
            && owner(addresses, words, k - 1) >= 0
            && gapOk(text, words.end(k - 1), words.start(k))
        || k + 1 < words.size()
            && owner(addresses, words, k + 1) >= 0
            && gapOk(text, words.end(k), words.start(k + 1));
  }

  /** A full stop after a word longer than an abbreviation ("Av.", "Str.", "depto." go on). */
  private static boolean sentenceEnd(String text, NameModel.Words words, int k) {
    int e = words.end(k);
    return e < text.length() && text.charAt(e) == '.' && e - words.start(k) > 6;
  }

  /** Widens the address finding at {@code index} of {@code out} to take in [s, e). */
  private static void extend(List<Finding> out, int index, int s, int e) {
    Finding f = out.get(index);
    out.set(index, new Finding(f.type(), Math.min(f.start(), s), Math.max(f.end(), e), f.score()));
  }

  private static boolean isWord(String text, NameModel.Words words, int k) {
    if (words.end(k) - words.start(k) < 3) {
      return false;
    }
    for (int i = words.start(k); i < words.end(k); i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean gapOk(String text, int e, int s) {
    if (s - e > 3) {
      return false;
    }
    String gap = text.substring(e, s);
    if (!gap.equals("-") && !gap.equals("/") && gap.indexOf(' ') < 0) {
      return false;
    }
    for (int i = e; i < s; i++) {
      if (" ,.-/–\u00a0".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private double probability(String text, NameModel.Words words, int k, double[] p) {
    if (p[k] < 0) {
      p[k] = NameModel.score(weights, text, words, k);
    }
    return p[k];
  }
}
