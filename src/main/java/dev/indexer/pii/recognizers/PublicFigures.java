package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * People the news and history speak of, who are no private persons: a name right after a public
 * office ("Prime Minister Keir Starmer", "Bundeskanzler Olaf Scholz", "Maliye Bakanı Mehmet
 * Şimşek"), a name of {@code pii/public-figures.txt} (read with the other famous names by {@link
 * NamedAfter}), and the surname alone in a text that named such a person in full before ("Macron
 * said").
 *
 * <p>The offices are those a private person does not hold: heads of state and government,
 * ministers, senators, governors and mayors. "President" counts only capitalised, without an
 * article or a word of a firm, club or school before it ("the president Maria Kowalski", "Vice
 * President Jane Doe", "PTA President"). Monarchs and popes are left to the list: "King", "Kaiser"
 * and "König" are surnames too. The surname alone is dropped only after the full name, and not
 * where a name still found holds it too ("Anna Abbott").
 */
final class PublicFigures {

  private PublicFigures() {}

  /** Offices, in lower case, of the word right before a name. */
  private static final Set<String> OFFICES =
      Set.of(
          // English
          "minister",
          "chancellor",
          "senator",
          "sen.",
          "congressman",
          "congresswoman",
          "governor",
          "mayor",
          "premier",
          "taoiseach",
          "tánaiste",
          "ayatollah",
          // German
          "bundeskanzler",
          "bundeskanzlerin",
          "kanzler",
          "kanzlerin",
          "bundespräsident",
          "bundespräsidentin",
          "ministerpräsident",
          "ministerpräsidentin",
          "bundesminister",
          "bundesministerin",
          "ministerin",
          "bürgermeister",
          "bürgermeisterin",
          // French, Spanish, Italian, Portuguese
          "ministre",
          "ministro",
          "ministra",
          "premier-ministre",
          "primeiro-ministro",
          "primeira-ministra",
          "maire",
          "alcalde",
          "alcaldesa",
          "sindaco",
          "prefeito",
          "prefeita",
          // Dutch, Nordic, Finnish
          "minister-president",
          "burgemeester",
          "statsminister",
          "statsministeren",
          "statsministern",
          "pääministeri",
          "presidentti",
          // Polish, Czech, Slovak, Romanian, Hungarian, Turkish, Greek in Latin script
          "prezydent",
          "prezident",
          "premiér",
          "ministr",
          "ministrul",
          "premierul",
          "președintele",
          "presedintele",
          "miniszterelnök",
          "cumhurbaşkanı",
          "başbakan",
          "bakanı",
          "bakan",
          "prothypourgos");

  /**
   * Offices that are also other words in lower case: Turkish "bakan" (who looks after), a school's
   * "governor".
   */
  private static final Set<String> CAPITALISED_ONLY = Set.of("bakan", "bakanı", "governor");

  /** Words before "President" of a firm, a club or a school: "Vice", "Club", "PTA". */
  private static final Set<String> NOT_OF_A_STATE =
      Set.of(
          "vice",
          "club",
          "board",
          "pta",
          "company",
          "society",
          "association",
          "union",
          "league",
          "student",
          "students",
          "college",
          "university",
          "senior",
          "executive",
          "regional",
          "chapter",
          "branch",
          "division",
          "committee",
          "team",
          "parish",
          "group",
          "area");

  /** "President" and its forms: an office only capitalised and with no article before it. */
  private static final Set<String> PRESIDENT =
      Set.of("president", "presidente", "président", "presidenta", "präsident", "präsidentin");

  /** Articles and possessives before a president of a club or a firm: "the", "il", "unser". */
  private static final Set<String> ARTICLES =
      Set.of(
          "the", "our", "their", "its", "his", "her", "a", "an", "il", "la", "el", "le", "lo", "o",
          "der", "die", "den", "dem", "des", "unser", "unsere", "de", "het", "du", "del", "do",
          "da", "della", "nostro", "nuestro", "notre", "vår", "vores");

  /** Whether a public office stands right before {@code s}: "Minister Anna ...", "Kanzler Olaf". */
  static boolean officeBefore(String text, int s) {
    if (s < 2 || text.charAt(s - 1) != ' ') {
      return false;
    }
    int we = s - 1;
    int ws = wordStart(text, we);
    if (ws == we) {
      return false;
    }
    String word = text.substring(ws, we).toLowerCase(Locale.ROOT);
    if (OFFICES.contains(word)) {
      return !CAPITALISED_ONLY.contains(word) || Character.isUpperCase(text.charAt(ws));
    }
    if (!PRESIDENT.contains(word) || !Character.isUpperCase(text.charAt(ws))) {
      return false;
    }
    if (ws < 2 || text.charAt(ws - 1) != ' ') {
      return true;
    }
    int ps = wordStart(text, ws - 1);
    String before = text.substring(ps, ws - 1).toLowerCase(Locale.ROOT);
    return !ARTICLES.contains(before) && !NOT_OF_A_STATE.contains(before);
  }

  /**
   * Whether an office stands before the span or opens it: the span may hold the title ("President
   * Emmanuel Macron") as it holds "Dr." or "Frau".
   */
  private static boolean officeAt(String text, int s, int e) {
    if (officeBefore(text, s)) {
      return true;
    }
    int space = TableColumns.indexIn(text, ' ', s, e);
    return space > s && officeBefore(text, space + 1);
  }

  /** Where the word of letters, hyphens and dots that ends at {@code e} starts. */
  private static int wordStart(String text, int e) {
    int b = e;
    while (b > 0 && b > e - 40) {
      char c = text.charAt(b - 1);
      if (!Character.isLetter(c) && c != '-' && c != '.') {
        break;
      }
      b--;
    }
    return b;
  }

  /**
   * Drops, from {@code out[first..]}, the names after a public office and, once such a name or a
   * listed public figure was named in full, each later span of one word that is its surname. {@code
   * famous} are the spans already dropped as famous names, whose surnames count too.
   */
  static void drop(String text, int first, List<Finding> out, List<Finding> famous) {
    Map<String, Integer> surnames = new HashMap<>(); // surname -> where it was first named in full
    for (Finding f : famous) {
      addSurname(text, f, surnames);
    }
    List<Finding> mine = out.subList(first, out.size());
    mine.removeIf(
        f -> {
          if (f.type() == PiiType.PERSON && officeAt(text, f.start(), f.end())) {
            addSurname(text, f, surnames);
            return true;
          }
          return false;
        });
    if (surnames.isEmpty()) {
      return;
    }
    // A surname that a name still found holds too is a private person's as well ("Anna Abbott").
    for (Finding f : mine) {
      int sp = TableColumns.indexIn(text, ' ', f.start(), f.end());
      if (f.type() == PiiType.PERSON && sp > 0) {
        surnames.remove(lastWord(text, f));
      }
    }
    mine.removeIf(
        f -> {
          if (f.type() != PiiType.PERSON) {
            return false;
          }
          Integer named = surnames.get(oneWord(text, f.start(), f.end()));
          return named != null && named < f.start();
        });
  }

  private static void addSurname(String text, Finding f, Map<String, Integer> surnames) {
    String last = lastWord(text, f);
    if (last != null && last.length() >= 3) {
      surnames.merge(last, f.start(), Math::min);
    }
  }

  /** The last word of a span of several words, folded, or null. */
  private static String lastWord(String text, Finding f) {
    int s = f.end() - 1;
    while (s > f.start() && text.charAt(s - 1) != ' ') {
      s--;
    }
    return s > f.start() ? oneWord(text, s, f.end()) : null;
  }

  /** The span's word without a possessive ("Macron's" as "Macron"), or null for several words. */
  private static String oneWord(String text, int s, int e) {
    String w = text.substring(s, e);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w.indexOf(' ') >= 0 || w.isEmpty() ? null : FamousNames.fold(w);
  }

  /** Greetings before a name that write to the person: "Dear", "Hallo", "Bonjour". */
  private static final Set<String> GREETINGS =
      Set.of(
          "dear", "hi", "hello", "hey", "hallo", "liebe", "lieber", "hej", "hei", "hola", "ciao",
          "bonjour", "cher", "chère", "beste", "caro", "cara", "querido", "querida", "olá", "witam",
          "dobrý");

  /** Labels of a form's or a message's person: "From:", "Name:", "Patient:". */
  private static final Set<String> LABELS =
      Set.of(
          "from",
          "to",
          "cc",
          "name",
          "nombre",
          "nom",
          "vorname",
          "nachname",
          "customer",
          "patient",
          "employee",
          "contact",
          "kontakt",
          "applicant",
          "tenant",
          "client",
          "guest",
          "passenger",
          "student",
          "author",
          "assignee",
          "reporter",
          "owner",
          "signed",
          "von",
          "an",
          "de",
          "para");

  /**
   * Whether the text writes to or files the person: a person's label ("From:", "Name:"; not "Book
   * club:") or a greeting right before the name. A private person may bear a famous name.
   */
  static boolean addressed(String text, int s) {
    int e = s;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
      e--;
    }
    if (e == s || e == 0) {
      return false;
    }
    boolean label = text.charAt(e - 1) == ':';
    int we = label ? e - 1 : e;
    int b = Scan.letterRunStart(text, we);
    String word = text.substring(b, we).toLowerCase(Locale.ROOT);
    return label ? LABELS.contains(word) : GREETINGS.contains(word);
  }

  /**
   * Whether the text reads as correspondence or a record: an e-mail address, a greeting, a form's
   * label for a person. There a public figure's name made only of a listed given name and a listed
   * surname ("Thomas Mann", "Martin Schulz") is more likely a private person's.
   */
  static boolean correspondence(String text) {
    String lower = Scan.lower(text);
    return text.indexOf('@') >= 0
        || lower.contains("dear ")
        || lower.contains("name:")
        || lower.contains("from:")
        || lower.contains("regards")
        || lower.contains("customer")
        || lower.contains("patient")
        || lower.contains("employee")
        || lower.contains("signed");
  }
}
