package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
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

  /**
   * A continental European postcode and its town: "4000 Roskilde", "040 01 Košice", "05-506
   * Lesznowola", "3505-187 Viseu", "1015 CJ Amsterdam".
   */
  private static final Pattern CONTINENTAL =
      Pattern.compile(
          "(?:[0-9]{5}|[0-9]{4}(?: [A-Z]{2})?|[0-9]{3} [0-9]{2}|[0-9]{2}-[0-9]{3}|[0-9]{4}-[0-9]{3})"
              + " \\p{Lu}\\p{Ll}[\\p{L}'’-]{1,25}(?![\\p{L}\\p{N}])");

  /** Floors, doors and flats between a street and its postcode: "st. th.", "2. eskuina". */
  private static final Pattern FLOOR_OR_DOOR =
      Pattern.compile(
          "(?:[0-9]{1,2}\\.?[º°ª]?\\s?)?(?:st|th|tv|mf|sal|ap|apt|fsz|em|byt(?: č)?|lgh|piso|planta|étage"
              + "|eskuina|ezkerra|dcha|izq|izda|esq|dto|ático|bajo|andar|lok|m|et|bl|vchod|kat|door|floor)"
              + "\\.?(?:\\s?(?:th|tv|mf|[0-9]{1,4}[a-z]?|[a-z]))?\\.?|[0-9]{1,2}\\.?[º°ª]?\\s?[A-Za-z]?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words of a post box before its number: "PL 45", "S.L.P. 88", "Postfach 10 02 34". */
  private static final Pattern POST_BOX =
      Pattern.compile(
          "(?:PL|S\\.L\\.P\\.|SLP|P\\.O\\. Box|PO Box|Postfach|Case postale|Casella postale|Apartado"
              + "|Caixa Postal|BP|Box|Postboks|Postbus|Skr\\. poczt\\.)\\s[0-9][0-9 ]{0,10}");

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

  private static final Pattern HOUSE_NUMBER =
      Pattern.compile("[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,4}[A-Za-z]?)?");

  private static final Pattern NUMBER_WORD =
      Pattern.compile("[0-9]{1,5}[A-Za-z]?(?:[/-][0-9]{1,4}[A-Za-z]?)?");

  /** How many parts an address before its code may have. */
  private static final int MAX_PARTS = 7;

  static void find(String text, int first, List<Finding> out, NameLists names) {
    int n = text.length();
    Matcher uk = Scan.matcher(UK, text);
    Matcher eircode = Scan.matcher(EIRCODE, text);
    Matcher us = Scan.matcher(US, text);
    Matcher continental = Scan.matcher(CONTINENTAL, text);
    TreeMap<Integer, Integer> byStart = new TreeMap<>();
    BitSet covered = new BitSet();
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      byStart.put(f.start(), k);
      covered.set(f.start(), f.end());
    }
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(p + 1)) {
      int cs = -1;
      int ce = -1;
      boolean american = false;
      int ws = p;
      // An outward code has at most two letters before its digit: look no further back.
      while (ws > 0 && p - ws < 3 && Character.isLetterOrDigit(text.charAt(ws - 1))) {
        ws--;
      }
      if (p >= 3
          && text.charAt(p - 1) == ' '
          && Scan.wordStart(text, p - 3)
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
      if (cs < 0
          && p >= 2
          && text.charAt(p - 2) == ','
          && text.charAt(p - 1) == ' '
          && Scan.at(continental, p, 60, n)) {
        int start = continentalStreetBefore(text, p - 2);
        int end = continentalTownEnd(text, continental.end());
        if (start >= 0) {
          add(text, out, byStart, covered, start, end);
        } else if (start == DIRECT) {
          // "Località Poggio Alto 3, 53024 Montalcino": what the street before a postcode needs
          int street = numberedStreetEnding(text, streetSegmentStart(text, p - 2), p - 2);
          if (street >= 0
              && (StreetsBeforePostcodes.addressAround(text, street, end)
                  || plainTown(text, continental.end()))) {
            add(text, out, byStart, covered, street, end);
          }
        }
        p = Math.max(p, continental.end());
        continue;
      }
      if (cs > 0) {
        int start = partsBefore(text, cs, american, names);
        if (start >= 0) {
          add(text, out, byStart, covered, start, ce);
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
      int ps = partStart(text, i, true);
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
   * The start of the street or post box before a continental postcode, whose comma stands at {@code
   * comma}, over at most two parts of floors and doors: "Hovedgaden 4, st. th., 4000 Roskilde"
   * starts at "Hovedgaden". The street is up to four words ending in a house number, the first
   * capitalised and one a word of three letters that is no common English word ("Chapter 5, 2019
   * Report" is none); {@link #DIRECT} for a street right before the postcode; or -1.
   */
  private static int continentalStreetBefore(String text, int comma) {
    int i = comma;
    for (int parts = 0; parts < 3; parts++) {
      int ps = partStart(text, i, false);
      int from = ps;
      while (from < i && text.charAt(from) == ' ') {
        from++;
      }
      int box = postBoxIn(text, from, i);
      if (box >= 0) {
        return box;
      }
      int street = numberedStreetEnding(text, from, i);
      if (street >= 0) {
        return parts > 0 ? street : DIRECT;
      }
      if (!Scan.matcher(FLOOR_OR_DOOR, text).region(from, i).matches()
          || ps == 0
          || text.charAt(ps - 1) != ',') {
        return -1;
      }
      i = ps - 1;
    }
    return -1;
  }

  /**
   * Whether the word that ends at {@code e} is a town's name rather than a common English word:
   * "Košice", not "Users", "Report" or "Edition".
   */
  private static boolean plainTown(String text, int e) {
    int s = e;
    while (s > 0 && text.charAt(s - 1) != ' ') {
      s--;
    }
    String w = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    return !CommonWords.contains(w) && !COUNTS.contains(w);
  }

  /** What a number counts rather than a town: "1000 Einträge", "1200 Franken", "1024 Pods". */
  private static final Set<String> COUNTS =
      Set.of(
          "franken",
          "euro",
          "euros",
          "dollar",
          "dollars",
          "kronen",
          "kronor",
          "kroner",
          "złotych",
          "zloty",
          "forint",
          "lei",
          "stück",
          "einträge",
          "seiten",
          "punkte",
          "nutzer",
          "mitglieder",
          "personen",
          "jahre",
          "tage",
          "stunden",
          "minuten",
          "meter",
          "kilometer",
          "pods",
          "users",
          "zeilen",
          "dateien",
          "fichiers",
          "pages",
          "lignes",
          "pièces",
          "páginas",
          "pagine",
          "pagina's",
          "stuks",
          "sztuk",
          "kusů",
          "darab",
          "kappaletta");

  /** A street right before the postcode, which needs a cue or a town of a plain name. */
  private static final int DIRECT = -2;

  /** Where the part of a line ending at the comma {@code i} starts, past its spaces. */
  private static int streetSegmentStart(String text, int i) {
    int ps = partStart(text, i, false);
    while (ps < i && text.charAt(ps) == ' ') {
      ps++;
    }
    return ps;
  }

  /**
   * Where the part of a line that ends at {@code i} starts: after a comma, a colon, a semicolon, a
   * bracket, a tab or a line's start, at most 60 characters back; where {@code cells}, also after
   * two spaces, a table's gap.
   */
  private static int partStart(String text, int i, boolean cells) {
    int ps = i;
    while (ps > 0
        && i - ps < 60
        && ",:;\n(\t".indexOf(text.charAt(ps - 1)) < 0
        && !(cells && text.charAt(ps - 1) == ' ' && ps >= 2 && text.charAt(ps - 2) == ' ')) {
      ps--;
    }
    return ps;
  }

  /** The start of a post box ending at {@code e} in [s, e), or -1. */
  private static int postBoxIn(String text, int s, int e) {
    Matcher m = Scan.matcher(POST_BOX, text);
    for (int k = Math.max(s, e - 30); k < e; k++) {
      if ((k == s || text.charAt(k - 1) == ' ') && m.region(k, e).matches()) {
        return k;
      }
    }
    return -1;
  }

  /** The start of up to four words and a house number that end [s, e), or -1. */
  private static int numberedStreetEnding(String text, int s, int e) {
    int ne = e;
    int nb = ne;
    while (nb > s
        && (Character.isLetterOrDigit(text.charAt(nb - 1)) || text.charAt(nb - 1) == '/')) {
      nb--;
    }
    String number = text.substring(nb, ne);
    if (!HOUSE_NUMBER.matcher(number).matches()) {
      return -1;
    }
    int start = -1;
    boolean named = false;
    int i = nb;
    if (StreetAddressRecognizer.countedBefore(text, nb)) {
      return -1; // "Siehe Kapitel 5, 2019 Bericht"
    }
    for (int words = 0; words < 4; words++) {
      int we = i;
      while (we > s && text.charAt(we - 1) == ' ') {
        we--;
      }
      int ws = we;
      while (ws > s && text.charAt(ws - 1) != ' ') {
        ws--;
      }
      if (ws == we) {
        break;
      }
      String w = text.substring(ws, we);
      char c = w.charAt(0);
      if (Character.isUpperCase(c)
          && w.chars().allMatch(ch -> Character.isLetter(ch) || ".'’-".indexOf(ch) >= 0)) {
        start = ws;
        named |=
            w.length() >= 3
                && !CommonWords.contains(w)
                && !CommonWords.contains(w.toLowerCase(java.util.Locale.ROOT));
      } else if (!SMALL_WORDS.contains(w)) {
        break;
      }
      i = ws;
    }
    return named ? start : -1;
  }

  /** The end of a continental town: its district letter and province in brackets too. */
  private static int continentalTownEnd(String text, int e) {
    int n = text.length();
    if (e + 2 <= n
        && text.charAt(e) == ' '
        && Character.isUpperCase(text.charAt(e + 1))
        && (e + 2 == n || !Character.isLetterOrDigit(text.charAt(e + 2)))) {
      e += 2; // "København K"
    }
    if (e + 5 <= n
        && text.charAt(e) == ' '
        && text.charAt(e + 1) == '('
        && Character.isUpperCase(text.charAt(e + 2))
        && Character.isUpperCase(text.charAt(e + 3))
        && text.charAt(e + 4) == ')') {
      e += 5; // "Montalcino (SI)"
    }
    return e;
  }

  /** Words that name a firm or a public place rather than a home. */
  private static final Set<String> ORGANISATIONS =
      Set.of(
          "Museum",
          "Hotel",
          "Rathaus",
          "University",
          "Universität",
          "Université",
          "Universidad",
          "Hospital",
          "Klinikum",
          "Library",
          "Bibliothek",
          "Stadium",
          "Airport",
          "Headquarters",
          "HQ",
          "Sitz",
          "Impressum",
          "Registered",
          "Embassy",
          "Ministry",
          "Council",
          "Theatre",
          "Theater",
          "Gallery",
          "Kirche");

  /** Legal forms of firms, not those that are also states or counties ("SA", "Co."). */
  private static final Set<String> FIRMS =
      Set.of(
          "GmbH", "Ltd", "Ltd.", "Limited", "LLC", "Inc", "Inc.", "PLC", "plc", "S.A.", "S.L.",
          "SAS", "SARL", "SRL", "S.r.l.", "SpA", "S.p.A.", "B.V.", "N.V.", "Oy", "ApS", "A/S", "AG",
          "KG", "e.V.", "Kft.", "s.r.o.", "Sp.", "LLP");

  /** Whether a firm's legal form stands in [s, e): "Brightleaf Tea Ltd, Mill House, ...". */
  private static boolean firmIn(String text, int s, int e) {
    return anyWord(text, s, e, FIRMS, FIRMS);
  }

  /** Whether a word of [s, e) (parted by spaces, commas, dots or bars) is in either set. */
  private static boolean anyWord(String text, int s, int e, Set<String> a, Set<String> b) {
    for (String w : text.substring(s, e).split("[\\s,·|]+")) {
      if (a.contains(w) || b.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a firm or a public place is named on the line of {@code s} or the line above. */
  static boolean organisationBefore(String text, int s) {
    int ls = Scan.lineStart(text, s, 400);
    if (ls < 0) {
      return false;
    }
    int above = ls > 0 ? Scan.lineStart(text, ls - 1, 400) : ls;
    return anyWord(text, above < 0 ? ls : above, s, ORGANISATIONS, FIRMS);
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
      return NUMBER_WORD.matcher(w).matches();
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
   * Adds [s, e) where no finding overlaps it, or widens to it an address found that ends where it
   * ends and starts inside a word ("P. 88, 40100 Kisumu" to "S.L.P. 88, 40100 Kisumu"). An address
   * found in parts is left as it is: labels split such a line in more than one way.
   */
  private static void add(
      String text,
      List<Finding> out,
      TreeMap<Integer, Integer> byStart,
      BitSet covered,
      int s,
      int e) {
    if (organisationBefore(text, s) || firmIn(text, s, e)) {
      return;
    }
    int inside = -1;
    if (covered.get(s) || covered.nextSetBit(s) >= 0 && covered.nextSetBit(s) < e) {
      Integer from = byStart.floorKey(s);
      for (int k : byStart.subMap(from == null ? s : from, true, e, false).values()) {
        Finding f = out.get(k);
        if (f.end() > s && f.start() < e) {
          if (inside >= 0
              || f.type() != PiiType.STREET_ADDRESS
              || f.start() <= s
              || f.end() != e
              || text.charAt(f.start() - 1) == ' ') {
            return;
          }
          inside = k;
        }
      }
    }
    Finding added = new Finding(PiiType.STREET_ADDRESS, s, e, 0.75);
    if (inside >= 0) {
      byStart.remove(out.get(inside).start());
      out.set(inside, added);
      byStart.put(s, inside);
    } else {
      out.add(added);
      byStart.put(s, out.size() - 1);
    }
    covered.set(s, e);
  }
}
