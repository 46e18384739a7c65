package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.HashSet;
import java.util.Set;

/**
 * Storms named like people: "Storm Babet", "la borrasca Karlotta", "orkan Ksawery", "Depressão
 * Martinho". Weather services name storms from lists of given names, and the news of a storm names
 * the season's other storms too ("tras Aline y Bernard", "Debi, Elin and Fergus"). A one-word name
 * that some storm of the text bears is no person anywhere in it; nor is a one-word name listed with
 * others ("X and Y", "X, Y and Z") near a named storm. Names of two words or more, and names with a
 * title, stay people: news of a storm names the people it hit in full.
 */
final class StormNames {

  /** Words for a storm in the languages of the corpus; a cue matches at a word's start. */
  static final String[] CUES = {
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "sturm",
    "orkan",
    "tempête",
    "tempete",
    "ouragan",
    "borrasca",
    "huracán",
    "huracan",
    "tormenta",
    "tifón",
    "tempesta",
    "uragano",
    "ciclone",
    "depressão",
    "depressao",
    "tempestade",
    "furacão",
    "tufão",
    "myrsky",
    "vihar",
    "orkán",
    "bouře",
    "furtun",
    "fırtına",
    "kasırga",
    "bão",
    "badai",
    "bagyong",
    "tayfun",
    "ураган",
    "шторм",
    "циклон",
    "τυφώνας",
    "κακοκαιρία",
    "סערה",
    "הסערה",
    "العاصفة",
    "إعصار",
    "พายุ",
    "kimbunga"
  };

  /** How far from a named storm a list of one-word names is read as the season's storms. */
  private static final int WINDOW = 1500;

  /** Letters a cue's word may run on by: "orkanów", "Stormen", "Sturmtief", "borrascas". */
  private static final int MAX_ENDING = 4;

  /** Words joining a list of names, and articles before a name in it ("da Aline e do Bernard"). */
  private static final Set<String> JOINS =
      Set.of(
          "and", "or", "y", "o", "e", "i", "et", "ou", "und", "oder", "en", "og", "och", "ja", "és",
          "a", "ve", "и", "ή", "và", "dan");

  private static final Set<String> ARTICLES =
      Set.of("da", "do", "de", "del", "la", "el", "le", "der", "die", "den", "il", "lo", "o", "a");

  private StormNames() {}

  /** The names storms bear in the text, and where they are; empty if none. */
  record Named(Set<String> names, int[] at) {
    /** Whether a named storm is within {@link #WINDOW} of {@code s} ({@code at} is sorted). */
    boolean near(int s) {
      int i = java.util.Arrays.binarySearch(at, s);
      if (i >= 0) {
        return true;
      }
      int next = -i - 1;
      return (next < at.length && at[next] - s <= WINDOW)
          || (next > 0 && s - at[next - 1] <= WINDOW);
    }
  }

  static Named find(String text) {
    String lower = Scan.lower(text);
    Set<String> found = new HashSet<>();
    int[] at = new int[8];
    int count = 0;
    for (int k = 0; k < CUES.length; k++) {
      for (int i : CueWords.positions(lower, CueWords.Kind.STORM, k)) {
        if (!Scan.wordStart(text, i)) {
          continue;
        }
        int we = i + CUES[k].length();
        int limit = Math.min(text.length(), we + MAX_ENDING);
        while (we < limit && Character.isLetter(text.charAt(we))) {
          we++;
        }
        if (we + 2 >= text.length()
            || text.charAt(we) != ' '
            || !Character.isUpperCase(text.charAt(we + 1))) {
          continue;
        }
        int ne = NameWords.wordEnd(text, we + 1);
        if (ne + 1 < text.length()
            && text.charAt(ne) == ' '
            && Character.isUpperCase(text.charAt(ne + 1))) {
          continue; // "during the storm Sarah Thompson called": a person's full name
        }
        if (ne - we - 1 >= 3) {
          found.add(text.substring(we + 1, ne));
          if (count == at.length) {
            at = java.util.Arrays.copyOf(at, at.length * 2);
          }
          at[count++] = we + 1;
        }
      }
    }
    int[] sorted = java.util.Arrays.copyOf(at, count);
    java.util.Arrays.sort(sorted); // the cues' positions come cue by cue
    return new Named(found, sorted);
  }

  /** Whether the one-word person finding names a storm. */
  static boolean stormAt(String text, Finding f, Named named) {
    if (f.type() != PiiType.PERSON || named.at().length == 0) {
      return false;
    }
    int s = f.start();
    int e = f.end();
    int sp = text.indexOf(' ', s);
    if (sp > 0 && sp < e) {
      // "Aline y Bernard" taken as one span: two names joined, near a named storm.
      String[] words = text.substring(s, e).split(" ");
      return words.length == 3
          && JOINS.contains(words[1])
          && Character.isUpperCase(words[2].charAt(0))
          && named.near(s);
    }
    for (int i = s; i < e; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return named.names().contains(text.substring(s, e))
        || (named.near(s) && (listedBefore(text, s) || listedAfter(text, e)));
  }

  /** A capitalised word, a comma or a joining word (and an article) before the name. */
  private static boolean listedBefore(String text, int s) {
    int b = skipBack(text, s);
    if (b < 0) {
      return false;
    }
    if (text.charAt(b) == ',') {
      return capitalBefore(text, b);
    }
    int ws = Scan.letterRunStart(text, b + 1);
    String w = text.substring(ws, b + 1).toLowerCase(java.util.Locale.ROOT);
    if (ARTICLES.contains(w) && !JOINS.contains(w)) {
      int b2 = skipBack(text, ws);
      if (b2 < 0) {
        return false;
      }
      ws = Scan.letterRunStart(text, b2 + 1);
      w = text.substring(ws, b2 + 1).toLowerCase(java.util.Locale.ROOT);
    }
    return JOINS.contains(w) && capitalBefore(text, ws);
  }

  /** A comma or a joining word (and an article), then a capitalised word, after the name. */
  private static boolean listedAfter(String text, int e) {
    int n = text.length();
    if (e + 2 < n && text.charAt(e) == ',' && text.charAt(e + 1) == ' ') {
      return Character.isUpperCase(text.charAt(e + 2));
    }
    if (e + 1 >= n || text.charAt(e) != ' ') {
      return false;
    }
    int we = NameWords.wordEnd(text, e + 1);
    String w = text.substring(e + 1, we).toLowerCase(java.util.Locale.ROOT);
    if (!JOINS.contains(w) || we + 2 >= n || text.charAt(we) != ' ') {
      return false;
    }
    int q = we + 1;
    int ae = NameWords.wordEnd(text, q);
    if (ARTICLES.contains(text.substring(q, ae)) && ae + 2 < n && text.charAt(ae) == ' ') {
      q = ae + 1;
    }
    return Character.isUpperCase(text.charAt(q));
  }

  /** The index of the last character before the spaces before {@code s}, or -1. */
  private static int skipBack(String text, int s) {
    int b = s - 1;
    if (b < 0 || text.charAt(b) != ' ') {
      return -1;
    }
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    return b;
  }

  /** Whether a capitalised word ends right before the spaces before {@code s}. */
  private static boolean capitalBefore(String text, int s) {
    int b = skipBack(text, s);
    if (b < 0 || !Character.isLetter(text.charAt(b))) {
      return false;
    }
    return Character.isUpperCase(text.charAt(Scan.letterRunStart(text, b + 1)));
  }
}
