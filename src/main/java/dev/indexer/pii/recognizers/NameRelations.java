package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A capitalised span is a name when an e-mail address nearby is made of its words: "Eilidh MacLeod"
 * beside eilidh.macleod@..., "Hüseyin Çelik" beside h.celik@..., "Kwame Asante" beside kasante@....
 * This finds names in rows of SQL, CSV, JSON and code, and in "From:" lines, whatever their
 * language, without a list that knows them. Only words within a few lines of the address count, and
 * a span matches only when the local part is its first and last word (whole or as an initial), in
 * either order.
 */
final class NameRelations {

  /** How far from the '@' a name may stand: about two lines of a row or a header block. */
  private static final int WINDOW = 160;

  private final NameLists names;

  NameRelations(NameLists names) {
    this.names = names;
  }

  void find(String text, List<Finding> out) {
    int n = text.length();
    // The capitalised words of the windows read so far, each part of the text read once.
    List<int[]> all = new ArrayList<>();
    int scanned = 0;
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      int ls = at;
      while (ls > 0 && at - ls < 64 && localChar(text.charAt(ls - 1))) {
        ls--;
      }
      String local = fold(text.substring(ls, at));
      if (local.length() < 3 || at + 1 >= n || !Character.isLetterOrDigit(text.charAt(at + 1))) {
        continue;
      }
      int from = Math.max(0, ls - WINDOW);
      int to = Math.min(n, at + WINDOW);
      scanned = capitalisedWords(text, Math.max(scanned, from), to, all);
      List<int[]> words = all.subList(firstFrom(all, from), firstFrom(all, to));
      findRuns(text, words, local, ls, out);
    }
  }

  /** Runs of words joined by single spaces; in each, the widest first..last pair that matches. */
  private void findRuns(String text, List<int[]> words, String local, int ls, List<Finding> out) {
    // Each word folded once, when a pair first needs it.
    String[] folded = new String[words.size()];
    int i = 0;
    while (i < words.size()) {
      int j = i;
      while (j + 1 < words.size()
          && words.get(j + 1)[0] == words.get(j)[1] + 1
          && text.charAt(words.get(j)[1]) == ' ') {
        j++;
      }
      for (int a = i; a < j; a++) {
        int match = -1;
        for (int b = Math.min(j, a + 3); b > a && match < 0; b--) {
          if (matches(text, words, folded, a, b, local) && !contains(words, a, b, ls)) {
            match = b;
          }
        }
        if (match > 0) {
          out.add(new Finding(PiiType.PERSON, words.get(a)[0], words.get(match)[1], 0.75));
          a = match;
        }
      }
      i = j + 1;
    }
  }

  private static boolean contains(List<int[]> words, int a, int b, int pos) {
    return words.get(a)[0] <= pos && pos < words.get(b)[1];
  }

  private static String folded(String text, List<int[]> words, String[] folded, int k) {
    if (folded[k] == null) {
      folded[k] = fold(text.substring(words.get(k)[0], words.get(k)[1]));
    }
    return folded[k];
  }

  private boolean matches(
      String text, List<int[]> words, String[] folded, int a, int b, String local) {
    int[] fw = words.get(a);
    int[] lw = words.get(b);
    if (!Character.isUpperCase(text.charAt(fw[0])) || !Character.isUpperCase(text.charAt(lw[0]))) {
      return false;
    }
    // Every form below starts with the first word's, the second word's or the last word's
    // initial: compare those before folding the rest.
    char l0 = local.charAt(0);
    char i1 = initial(text, fw[0]);
    char i2 = initial(text, words.get(a + 1)[0]);
    char i3 = initial(text, lw[0]);
    if (i1 != 0 && i2 != 0 && i3 != 0 && l0 != i1 && l0 != i2 && l0 != i3) {
      return false;
    }
    String first = folded(text, words, folded, a);
    String last = folded(text, words, folded, b);
    if (first.length() < 2 || last.length() < 2) {
      return false;
    }
    StringBuilder restBuilder = new StringBuilder();
    for (int k = a + 1; k <= b; k++) {
      restBuilder.append(folded(text, words, folded, k));
    }
    String rest = restBuilder.toString();
    char f = first.charAt(0);
    char l = last.charAt(0);
    if (local.equals(first)) {
      // bjarni@ beside "Bjarni Ólafsson": the first name alone only when the lists know it
      return b == a + 1 && names.isFirst(text.substring(fw[0], fw[1]));
    }
    return local.equals(first + rest)
        || local.equals(first + last)
        || local.equals(f + rest)
        || local.equals(f + last)
        || local.equals(first + l)
        || local.equals(rest + first)
        || local.equals(last + first)
        || local.equals(last + f);
  }

  /**
   * The letter a word's folded form starts with, or 0 when folding may change it (not a plain ASCII
   * letter): then the word is folded to compare.
   */
  private static char initial(String text, int s) {
    char c = Character.toLowerCase(text.charAt(s));
    return c >= 'a' && c <= 'z' ? c : 0;
  }

  /** The index of the first word starting at or after {@code pos}. */
  private static int firstFrom(List<int[]> words, int pos) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid)[0] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Adds the capitalised words (letters with inner apostrophes and hyphens, and particles) that
   * start in [from, to) to {@code words}, as [start, end]; returns where the reading stopped.
   */
  private static int capitalisedWords(String text, int from, int to, List<int[]> words) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int e = NameWords.wordEnd(text, i);
      if (e <= i) {
        i++;
        continue;
      }
      boolean upper = Character.isUpperCase(c);
      // Particles are short lower-case words: no substring for the others.
      boolean particle = !upper && e - i <= 5 && NameWords.PARTICLES.contains(text.substring(i, e));
      if ((upper || particle)
          && (e >= text.length() || text.charAt(e) != '@' && text.charAt(e) != '.')) {
        words.add(new int[] {i, e});
      }
      i = e;
    }
    return Math.max(i, from);
  }

  private static boolean localChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '-'
        || c == '+';
  }

  /** Lower case letters only, accents and marks removed, digits and separators dropped. */
  static String fold(String s) {
    String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      } else if (c == 'ø') {
        b.append('o');
      } else if (c == 'æ') {
        b.append("ae");
      } else if (c == 'ß') {
        b.append("ss");
      } else if (c == 'þ') {
        b.append("th");
      } else if (c == 'ð') {
        b.append('d');
      } else if (c == 'ı') {
        b.append('i');
      } else if (c == 'ł') {
        b.append('l');
      }
    }
    return b.toString();
  }
}
