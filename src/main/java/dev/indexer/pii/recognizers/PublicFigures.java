package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People the news and history speak of, who are no private persons: a name right after a public
 * office ("Prime Minister Keir Starmer", "Bundeskanzler Olaf Scholz", "Maliye Bakanı Mehmet
 * Şimşek"), a name of {@code pii/public-figures.txt} (read with the other famous names by {@link
 * NamedAfter}), and the surname alone in a text that named such a person in full before ("Macron
 * said").
 *
 * <p>The offices are those a private person does not hold: heads of state and government,
 * ministers, members of parliament, governors, mayors, monarchs and popes. "President" counts only
 * capitalised and without an article before it: clubs, assemblies and firms have presidents too
 * ("il presidente Giuseppe Di Stefano"). Titles that are also given names ("Prince", "Regina") are
 * not offices here.
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
          "king",
          "queen",
          "emperor",
          "empress",
          "pope",
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
          "könig",
          "königin",
          "kaiser",
          "papst",
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
          "roi",
          "reine",
          "rey",
          "reina",
          "rei",
          "rainha",
          // Dutch, Nordic, Finnish
          "minister-president",
          "burgemeester",
          "koning",
          "koningin",
          "statsminister",
          "statsministeren",
          "statsministern",
          "pääministeri",
          "presidentti",
          "kung",
          "drottning",
          "kong",
          "dronning",
          // Polish, Czech, Slovak, Romanian, Hungarian, Turkish, Greek in Latin script
          "prezydent",
          "król",
          "królowa",
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
      return true;
    }
    if (!PRESIDENT.contains(word) || !Character.isUpperCase(text.charAt(ws))) {
      return false;
    }
    if (ws < 2 || text.charAt(ws - 1) != ' ') {
      return true;
    }
    int ps = wordStart(text, ws - 1);
    return !ARTICLES.contains(text.substring(ps, ws - 1).toLowerCase(Locale.ROOT));
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
    Set<String> surnames = new HashSet<>();
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
    mine.removeIf(
        f -> f.type() == PiiType.PERSON && surnames.contains(oneWord(text, f.start(), f.end())));
  }

  private static void addSurname(String text, Finding f, Set<String> surnames) {
    int s = text.lastIndexOf(' ', f.end() - 1);
    if (s >= f.start()) {
      String last = oneWord(text, s + 1, f.end());
      if (last != null && last.length() >= 3) {
        surnames.add(last);
      }
    }
  }

  /** The span's word without a possessive ("Macron's" as "Macron"), or null for several words. */
  private static String oneWord(String text, int s, int e) {
    String w = text.substring(s, e);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w.indexOf(' ') >= 0 || w.isEmpty() ? null : FamousNames.fold(w);
  }
}
