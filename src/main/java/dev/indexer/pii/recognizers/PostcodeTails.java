package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address on one line whose parts are set apart by commas and which ends in a code that names a
 * street or a few houses: a British postcode ("Mill House, Upper Dean, Huntingdon PE28 0NE"), an
 * Irish Eircode ("Ballyhale Cross, Knocktopher, Co. Kilkenny R95 K7T3") or an American state and
 * ZIP code after a numbered street ("4501 Broadway, Kansas City, MO 64111"). The parts before the
 * town belong to it back to the line's start, a label's colon or a word in lower case: "send it to
 * Mill House, ..." starts at "Mill". A town of capitalised words must stand before the code ("BMW
 * i4 M50 4WD" is a car), and at least one part before the town; an American address must hold a
 * part that opens with a house number.
 */
final class PostcodeTails {

  private PostcodeTails() {}

  private static final Pattern UK =
      Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}(?![\\p{L}\\p{N}])");

  private static final Pattern EIRCODE =
      Pattern.compile("(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}(?![\\p{L}\\p{N}])");

  private static final Pattern US =
      Pattern.compile("[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?(?![\\p{L}\\p{N}])");

  private static final Set<String> STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY", "PR");

  /**
   * Small words inside the name of a house, a street or a town: "Heol y Nant", "Stratford upon".
   */
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "y", "yr", "of", "the", "upon", "on", "na", "an", "de", "la", "le", "du", "des", "da",
          "do", "am", "im", "by", "under", "en");

  /** How many parts an address before its code may have. */
  private static final int MAX_PARTS = 7;

  static void find(String text, int first, List<Finding> out, NameLists names) {
    int n = text.length();
    Matcher uk = Scan.matcher(UK, text);
    Matcher eircode = Scan.matcher(EIRCODE, text);
    Matcher us = Scan.matcher(US, text);
    for (int p = Scan.nextDigitRunStart(text, 0); p >= 0; p = Scan.nextDigitRunStart(text, p + 1)) {
      int cs = -1;
      int ce = -1;
      boolean american = false;
      int ws = p;
      while (ws > 0 && Character.isLetterOrDigit(text.charAt(ws - 1))) {
        ws--;
      }
      if (p >= 3
          && text.charAt(p - 1) == ' '
          && STATES.contains(text.substring(p - 3, p - 1))
          && Scan.at(us, p - 3, 16, n)) {
        cs = p - 3;
        ce = us.end();
        american = true;
      } else if (ws < p && Scan.wordStart(text, ws) && Scan.at(uk, ws, 10, n)) {
        cs = ws;
        ce = uk.end();
      } else if (ws == p - 1 && Scan.wordStart(text, ws) && Scan.at(eircode, ws, 10, n)) {
        cs = ws;
        ce = eircode.end();
      }
      if (cs > 0) {
        int start = partsBefore(text, cs, american, names);
        if (start >= 0) {
          add(out, first, start, ce);
        }
        p = Math.max(p, ce);
      }
    }
  }

  /** Where the parts of the address before the code at {@code cs} start, or -1. */
  private static int partsBefore(String text, int cs, boolean american, NameLists names) {
    int i = cs;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i > 0 && text.charAt(i - 1) == ',') {
      i--; // "Llanfihangel, SA44 6PJ"
    }
    int start = -1;
    int parts = 0;
    boolean town = true;
    boolean numbered = false;
    while (parts < MAX_PARTS) {
      int ps = i;
      while (ps > 0
          && i - ps < 60
          && ",:;\n(\t".indexOf(text.charAt(ps - 1)) < 0
          && !(text.charAt(ps - 1) == ' ' && ps >= 2 && text.charAt(ps - 2) == ' ')) {
        ps--; // a gap of spaces ends a table's cell
      }
      int s = suffixOfWords(text, ps, i);
      if (s < 0
          || !town && (person(text, s, i, names) || numbered && !unitOrBuilding(text, s, i))) {
        break; // "Grace Kim, 2200 Mission College Blvd": the person, not the address
      }
      if (town && !capitalisedWord(text, s, i)) {
        return -1; // "BMW i4 M50 4WD": no town before the code
      }
      town = false;
      numbered |= Scan.isDigit(text.charAt(s)) || text.startsWith("PO Box", s);
      start = s;
      parts++;
      int from = ps;
      while (from < s && text.charAt(from) == ' ') {
        from++;
      }
      if (s > from || ps == 0 || text.charAt(ps - 1) != ',') {
        break; // a word in lower case, a label or the line's start ends the address
      }
      i = ps - 1;
    }
    if (parts < 2 || american && !numbered) {
      return -1;
    }
    return start;
  }

  /**
   * Whether [s, e) is a person's name: a title first ("Ms Fiona Drummond") or a listed given name
   * and a listed surname ("Grace Kim").
   */
  private static boolean person(String text, int s, int e, NameLists names) {
    String[] w = text.substring(s, e).trim().split(" +");
    String first = w[0].replace(".", "");
    if (NameWords.HONORIFICS.contains(first.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    return w.length >= 2
        && w.length <= 3
        && names.isFirst(w[0])
        && names.isListedLast(w[w.length - 1]);
  }

  /** Whether [s, e) names a flat, a unit, a room or a building: "Flat 2", "The Old Forge". */
  private static boolean unitOrBuilding(String text, int s, int e) {
    for (String w : text.substring(s, e).split("[ ,]+")) {
      if (BuildingNames.UNITS.contains(w) || BuildingNames.BUILDINGS.contains(w)) {
        return true;
      }
    }
    return UsSsnRecognizer.containsDigit(text.substring(s, e));
  }

  /**
   * The start of the longest run of address words ending at {@code e} within [s, e): capitalised
   * words, house numbers, single capitals and small words, the first not a small word; or -1.
   */
  private static int suffixOfWords(String text, int s, int e) {
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    int start = -1;
    int i = e;
    while (i > s) {
      int we = i;
      int ws = we;
      while (ws > s && text.charAt(ws - 1) != ' ') {
        ws--;
      }
      if (ws == we) {
        i--;
        continue;
      }
      String w = text.substring(ws, we);
      boolean small = SMALL_WORDS.contains(w);
      if (!(small || addressWord(w))) {
        break;
      }
      if (!small) {
        start = ws;
      }
      i = ws;
    }
    return start;
  }

  /** A capitalised word ("Huntingdon", "Co.", "O'Neill's"), a house number or a single capital. */
  private static boolean addressWord(String w) {
    char c = w.charAt(0);
    if (Scan.isDigit(c)) {
      return w.matches("[0-9]{1,5}[A-Za-z]?(?:[/-][0-9]{1,4}[A-Za-z]?)?");
    }
    if (!Character.isUpperCase(c)) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      char x = w.charAt(k);
      if (!Character.isLetter(x) && ".'’-".indexOf(x) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether [s, e) holds a capitalised word of letters of three or more. */
  private static boolean capitalisedWord(String text, int s, int e) {
    for (String w : text.substring(s, e).split(" ")) {
      if (w.length() >= 3
          && Character.isUpperCase(w.charAt(0))
          && w.chars().allMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds [s, e) where no finding overlaps it. An address found in part is left as it is: labels
   * split such a line in more than one way, and its parts after the found one are rarely missed.
   */
  private static void add(List<Finding> out, int first, int s, int e) {
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      if (f.end() > s && f.start() < e) {
        return;
      }
    }
    out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.75));
  }
}
