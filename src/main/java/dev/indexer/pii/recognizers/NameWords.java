package dev.indexer.pii.recognizers;

import java.util.Locale;
import java.util.Set;

/** What a name looks like: its words, their shape and case, the particles and titles around it. */
final class NameWords {

  static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos",
          "das", "ter", "ten", "bin", "al", "el", "zu", "y", "ap", "ab", "ibn", "bint", "los",
          "las");

  /**
   * Endings that mark a surname in many languages (Icelandic, Nordic, Romanian, Turkish, Slavic,
   * Greek, Armenian, Georgian): a capitalised word ending so after a capitalised word is a name.
   */
  private static final String[] SURNAME_ENDINGS = {
    "dóttir", "dottir", "sson", "escu", "eanu", "oğlu", "oglu", "ović", "ević", "ovic", "evic",
    "owski", "owska", "wski", "wska", "cki", "cka", "dzki", "dzka", "czyk", "wicz", "enko", "chuk",
    "shvili", "poulos", "opoulou", "akis", "ova", "ová", "ov", "yan", "yev", "ienė", "aitė",
    "auskas", "ykė", "etxea", "koetxea", "zabal", "rreta", "goitia", "kinen", "vinen", "honen",
    "tonen", "äinen", "nunen", "rinen", "tanen", "nonen", "dze", "quez", "guez", "ández", "ínez",
    "ález", "éndez", "úñez", "moto", "mura", "yama", "gawa", "shima", "bayashi"
  };

  /** Titles: a cue for the name after them, never the start of a name. */
  static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "prof",
          "sir",
          "herr",
          "herrn",
          "frau",
          "fräulein",
          "madame",
          "monsieur",
          "mme",
          "mlle",
          "señor",
          "señora",
          "señorita",
          "sr",
          "sra",
          "srta",
          "don",
          "doña",
          "sig",
          "signor",
          "signora",
          "dott",
          "dhr",
          "mevr",
          "mevrouw",
          "meneer",
          "pan",
          "pani");

  private NameWords() {}

  /**
   * The name with the title right before it ("Dr. Amara Okonkwo", "Herr Yilmaz"), when the name is
   * at least as long as the title: labels differ on titles, and a span so extended still overlaps a
   * label without the title by more than half.
   */
  static int withTitle(String text, int s, int e) {
    int b = s;
    if (b < 2 || text.charAt(b - 1) != ' ') {
      return s;
    }
    b--;
    int te = b;
    if (text.charAt(te - 1) == '.') {
      te--;
    }
    int ts = te;
    while (ts > 0 && te - ts < 10 && Character.isLetter(text.charAt(ts - 1))) {
      ts--;
    }
    if (ts == te
        || (ts > 0 && Character.isLetterOrDigit(text.charAt(ts - 1)))
        || !HONORIFICS.contains(text.substring(ts, te).toLowerCase(Locale.ROOT))) {
      return s;
    }
    return e - s >= s - ts ? ts : s;
  }

  static String titleCase(String w) {
    return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Capitalised, not all upper case beyond 3 letters (acronyms), letters only. */
  static boolean nameShaped(String text, int s, int e) {
    int upper = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '’') {
        return false;
      }
    }
    return upper <= 3 && upper < e - s;
  }

  /** The word ends like a surname and is long enough not to be a short common word. */
  static boolean surnameShaped(String w) {
    if (w.length() < 5) {
      return false;
    }
    for (String ending : SURNAME_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Articles: a capitalised word after one is a noun or a title, not a first name. */
  private static final Set<String> ARTICLES =
      Set.of(
          "the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
          "einem", "le", "la", "les", "un", "une", "el", "los", "las", "il", "lo", "gli", "het",
          "een", "os", "um", "uma");

  /** The word at {@code s} follows an article ("die Apotheke Neumann", "Die Apotheke ..."). */
  static boolean articleBefore(String text, int s) {
    int e = s - 1;
    if (e < 1 || text.charAt(e) != ' ') {
      return false;
    }
    int b = e;
    while (b > 0 && e - b < 6 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e
        && (b == 0 || !Character.isLetter(text.charAt(b - 1)))
        && ARTICLES.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  /** Endings of common nouns, capitalised in German and in names of shops and firms. */
  private static final String[] NOUN_ENDINGS = {
    "ei", "ung", "heit", "keit", "schaft", "tion", "sion", "ment", "ität", "ismus", "haus", "werk",
    "zentrum", "ería", "erie", "ery", "ique", "ium", "ings", "ics"
  };

  /** The word ends like a common noun ("Bäckerei", "Beratung"), not like a first name. */
  static boolean nounShaped(String w) {
    for (String ending : NOUN_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  static boolean plausibleSurname(String w) {
    return w.length() >= 3 && w.length() <= 20;
  }

  static int wordEnd(String text, int s) {
    int i = s;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Scan.isLetter(c) || c >= 0x80 && Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '\'' || c == '-' || c == '’')
          && i + 1 < n
          && Character.isLetter(text.charAt(i + 1))
          && i > s) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }
}
