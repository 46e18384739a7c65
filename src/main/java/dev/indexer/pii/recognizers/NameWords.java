package dev.indexer.pii.recognizers;

import java.util.Locale;
import java.util.Set;

/** What a name looks like: its words, their shape and case, the particles and titles around it. */
final class NameWords {

  static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos",
          "das", "ter", "ten", "bin", "al", "el", "zu", "y", "ap", "ab", "ibn", "bint", "los",
          "las", "dela", "delos", "do", "'t", "’t", "binti", "binte", "bte");

  /**
   * Endings that mark a surname in many languages (Icelandic, Nordic, Romanian, Turkish, Slavic,
   * Greek, Armenian, Georgian): a capitalised word ending so after a capitalised word is a name.
   */
  private static final String[] SURNAME_ENDINGS = {
    "dóttir",
    "dottir",
    "sson",
    "escu",
    "eanu",
    "oğlu",
    "oglu",
    "ović",
    "ević",
    "ovic",
    "evic",
    "owski",
    "owska",
    "wski",
    "wska",
    "cki",
    "cka",
    "dzki",
    "dzka",
    "czyk",
    "wicz",
    "enko",
    "chuk",
    "shvili",
    "poulos",
    "opoulou",
    "akis",
    "ova",
    "ová",
    "ov",
    "yan",
    "yev",
    "ienė",
    "aitė",
    "auskas",
    "ykė",
    "etxea",
    "koetxea",
    "zabal",
    "rreta",
    "goitia",
    "kinen",
    "vinen",
    "honen",
    "tonen",
    "äinen",
    "nunen",
    "rinen",
    "tanen",
    "nonen",
    "dze",
    "quez",
    "guez",
    "ández",
    "ínez",
    "ález",
    "éndez",
    "úñez",
    "moto",
    "mura",
    "yama",
    "gawa",
    "shima",
    "bayashi",
    // Polish adjectival surnames in other cases (Wiśniewskim, Zielińskiego, Wróblewskiej),
    // Czech and Slovak ones (Novotnému, Horáková), Finnish genitives (Heikkisen, Virtasen)
    "skiego",
    "skiej",
    "skim",
    "ckiego",
    "ckiej",
    "ckim",
    "dzkiego",
    "dzkiej",
    "ską",
    "cką",
    "ovou",
    "ové",
    "ému",
    "kisen",
    "tasen",
    "lasen",
    "nisen",
    "risen",
    "äsen",
    "ysen"
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
          "pani",
          "пані",
          "пане",
          "panem",
          "pana",
          "pán",
          "fru",
          "herra",
          "rouva",
          "dl",
          "dna",
          "dra",
          "bapak",
          "ibu",
          "mbak",
          "encik",
          "puan",
          "mzee",
          "bw",
          "bwana",
          "alhaji",
          "hajiya",
          "shri",
          "smt");

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
    return wordEnd(text, s, text.length());
  }

  /** {@link #wordEnd(String, int)}, reading no further than {@code limit}. */
  static int wordEnd(String text, int s, int limit) {
    int i = s;
    int n = Math.min(limit, text.length());
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

  /** Words before a name of a place or a thing, not of a person: "in Kazimierz", "az Erzsébet". */
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "in", "at", "near", "on", "into", "via", "the", "a", "an", "der", "die", "das", "dem",
          "den", "des", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "de", "du", "van",
          "von", "az", "egy", "het", "een", "en", "em", "na", "no", "nas", "nos", "w", "we", "i",
          "im", "am", "zum", "zur", "au", "aux", "called", "named");

  /**
   * Whether the word [s, e) stands alone in running text: four letters or more, not the first word
   * of a sentence, no capitalised word, number or '&' right before or after it, no article or
   * preposition of places before it. A listed first name that is no English word is a person there
   * ("thanks to Dariusz", "while Gemma was away"); at a sentence start, in a run of capitals
   * ("Peach Melba", "Marks & Spencer") or after "in" ("in Kazimierz") it is as often a word or a
   * place.
   */
  static boolean standsAlone(String text, int s, int e) {
    if (e - s < 4) {
      return false;
    }
    return freeBefore(text, s) && freeAfter(text, e);
  }

  /** Nothing before the word that makes it part of a place or a thing (see above). */
  static boolean freeBefore(String text, int s) {
    if (s < 2 || text.charAt(s - 1) != ' ') {
      return false;
    }
    int pe = s - 1;
    if (text.charAt(pe - 1) == ',' && pe >= 2) {
      pe--; // "O'Connor, Siobhan": the word before the comma counts
    }
    char before = text.charAt(pe - 1);
    if (".!?:;\n\"'(«„“&".indexOf(before) >= 0 || Character.isDigit(before)) {
      return false;
    }
    int pb = pe;
    while (pb > 0 && Character.isLetter(text.charAt(pb - 1))) {
      pb--;
    }
    if (pb < pe
        && (Character.isUpperCase(text.charAt(pb))
            || PLACE_WORDS.contains(text.substring(pb, pe).toLowerCase(Locale.ROOT)))) {
      return false;
    }
    return true;
  }

  /** No capitalised word, number or '&' right after the word. */
  static boolean freeAfter(String text, int e) {
    if (e + 1 < text.length() && text.charAt(e) == ' ') {
      char next = text.charAt(e + 1);
      return !Character.isUpperCase(next) && !Character.isDigit(next) && next != '&';
    }
    return true;
  }

  /**
   * Case endings of given names in Polish, Czech, Slovak, Finnish and Icelandic, each with what
   * replaces it to give the name's dictionary form: "Grzegorzowi" -> "Grzegorz", "Michała" ->
   * "Michał", "Igą" -> "Iga", "Martině" -> "Martina", "Ainolle" -> "Aino", "Sannan" -> "Sanna",
   * "Jóni" -> "Jón", "Ragnheiði" -> "Ragnheiður".
   */
  private static final String[][] CASE_ENDINGS = {
    {"owi", ""}, {"em", ""}, {"iem", ""}, {"ovi", ""}, {"om", ""}, {"ą", "a"}, {"ę", "a"},
    {"ě", "a"}, {"ku", "ka"}, {"lle", ""}, {"lta", ""}, {"sta", ""}, {"ssa", ""}, {"ði", "ður"}
  };

  /** Endings of one letter or two that many words have: only for a word standing alone. */
  private static final String[][] SHORT_CASE_ENDINGS = {
    {"ie", "a"},
    {"y", "a"},
    {"i", "a"},
    {"u", "a"},
    {"a", ""},
    {"n", ""},
    {"i", ""},
    {"ar", ""},
    {"u", ""},
    {"e", "a"}
  };

  /**
   * The dictionary forms a capitalised word may be an inflection of (at most a few), for a lookup
   * in the name lists; empty when the word is too short.
   */
  /** Whether the word ends in one of the case endings above. */
  static boolean hasCaseEnding(String w, boolean shortEndings) {
    for (String[] e : shortEndings ? SHORT_CASE_ENDINGS : CASE_ENDINGS) {
      if (w.endsWith(e[0])) {
        return true;
      }
    }
    return false;
  }

  static java.util.List<String> baseForms(String w, boolean shortEndings) {
    java.util.List<String> forms = new java.util.ArrayList<>(2);
    if (w.length() < 4) {
      return forms;
    }
    for (String[] e : shortEndings ? SHORT_CASE_ENDINGS : CASE_ENDINGS) {
      if (w.endsWith(e[0]) && w.length() - e[0].length() >= 3) {
        forms.add(w.substring(0, w.length() - e[0].length()) + e[1]);
      }
    }
    return forms;
  }
}
