package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A street without a street type before a European postcode and town: one to four words, a house
 * number ("684/10", "12a"), a comma, the postcode and the town ("Kounicova 684/10, 602 00 Brno",
 * "Neuer Wall 54, 20354 Hamburg", "Rue Haute 112, 1000 Bruxelles"). The postcode and the town make
 * it an address where no cue or street type does.
 *
 * <p>Not where every word of the street is a common English word and none a street type ("Chapter
 * 5, 2019 Report", "Plan Basic 3, 1000 Users"): a title or a count before a year or a number. Nor a
 * word in capitals (an abbreviation) nor a year for the house number: "NJW 2018, 1234 Rn." cites a
 * journal. The vocabulary holds the names of many towns, so the town is not read so.
 */
final class StreetsBeforePostcodes {

  private StreetsBeforePostcodes() {}

  private static final Pattern POSTCODE_TOWN =
      Pattern.compile(
          ",\\s{1,2}(?:[A-Z]{1,2}-)?(?:[0-9]{5}|[0-9]{4}(?:\\s?[A-Z]{2})?|[0-9]{3}\\s[0-9]{2}"
              + "|[0-9]{2}-[0-9]{3}|[0-9]{4}-[0-9]{3})\\s("
              + StreetShapes.UP
              + "[\\p{L}'’-]{1,25}+)(?:[ -]"
              + StreetShapes.UP
              + "[\\p{L}'’-]{1,25}+){0,2}(?![\\p{L}\\p{N}])");

  /** Words in lower case within a street's name: "Slovenska cesta", "Rue de la Paix". */
  private static final Set<String> CONNECTORS =
      Set.of(
          "cesta", "ulica", "utca", "út", "de", "del", "la", "le", "van", "der", "von", "da", "do",
          "dos", "das", "di", "du", "des", "den", "ter", "am", "an", "im", "auf", "al", "el", "y");

  /** Street types that open a street's name, common words that still make one: "Rue Haute 112". */
  private static final Set<String> TYPES_FIRST =
      Set.of(
          "rue",
          "avenue",
          "boulevard",
          "chaussée",
          "place",
          "quai",
          "allée",
          "impasse",
          "chemin",
          "route",
          "rua",
          "via",
          "calle",
          "plaza",
          "piazza",
          "strada",
          "ulica");

  private static final int MAX_WORDS = 4;

  static void find(String text, int first, List<Finding> out) {
    int n = text.length();
    BitSet streets = null;
    Matcher m = null;
    for (int c = text.indexOf(", "); c >= 0; c = text.indexOf(", ", c + 1)) {
      int k = houseNumberStart(text, c);
      if (k < 2 || text.charAt(k - 1) != ' ' || yearAt(text, k, c)) {
        continue;
      }
      if (m == null) {
        m = Scan.matcher(POSTCODE_TOWN, text);
      }
      if (!Scan.at(m, c, 70, n)) {
        continue;
      }
      int s = streetStart(text, k - 1);
      if (s < 0) {
        continue;
      }
      if (streets == null) {
        streets = new BitSet(n);
        for (int i = first; i < out.size(); i++) {
          Finding f = out.get(i);
          if (f.type() == PiiType.STREET_ADDRESS) {
            streets.set(f.start(), f.end());
          }
        }
      }
      int e = m.end();
      if (!ColumnPeers.anySet(streets, s, e)) {
        out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.75));
        streets.set(s, e);
      }
      c = e - 1;
    }
  }

  /** Whether [k, c) is a year of this or the last century: a citation's ("NJW 2018, 1234"). */
  private static boolean yearAt(String text, int k, int c) {
    if (c - k != 4 || Scan.digitsAt(text, k) != 4) {
      return false;
    }
    int y = Integer.parseInt(text.substring(k, c));
    return y >= 1900 && y <= 2099;
  }

  /** Where the house number that ends at {@code c} starts ("684/10", "12a", "5"), or -1. */
  private static int houseNumberStart(String text, int c) {
    int k = c;
    if (k >= 2 && Character.isLetter(text.charAt(k - 1)) && Scan.isDigit(text.charAt(k - 2))) {
      k--;
    }
    int digits = 0;
    while (k > 0 && (Scan.isDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '/')) {
      digits += Scan.isDigit(text.charAt(k - 1)) ? 1 : 0;
      k--;
    }
    return digits >= 1 && digits <= 8 && k < c && Scan.isDigit(text.charAt(k)) ? k : -1;
  }

  /**
   * Where the street's words before the space at {@code sp} start: up to four words on the line,
   * back to a punctuation mark or a word in lower case that is no connector; the first capitalised,
   * not all of them common English words. -1 if none.
   */
  private static int streetStart(String text, int sp) {
    int start = -1;
    int words = 0;
    boolean rare = false;
    int e = sp;
    while (words < MAX_WORDS && e > 0) {
      int b = e;
      while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
        b--;
      }
      if (b == e) {
        break;
      }
      String w = text.substring(b, e);
      boolean capital = Character.isUpperCase(w.charAt(0));
      if (!capital && !CONNECTORS.contains(w)) {
        break;
      }
      words++;
      if (capital) {
        start = b;
        String lower = w.toLowerCase(Locale.ROOT);
        rare |=
            !CommonWords.contains(lower) && !w.equals(w.toUpperCase(Locale.ROOT))
                || TYPES_FIRST.contains(lower);
      }
      if (b < 2 || text.charAt(b - 1) != ' ') {
        break;
      }
      e = b - 1;
    }
    return start >= 0 && rare ? start : -1;
  }
}
