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
              + "|[0-9]{2}-[0-9]{3}|[0-9]{4}-[0-9]{3})[ \\u00a0]("
              + StreetShapes.UP
              + "[\\p{L}'’-]{1,25}+)(?:[ -]"
              + StreetShapes.UP
              + "[\\p{L}'’-]{1,25}+){0,2}(?![\\p{L}\\p{N}])");

  /** The postcode and town of the line below a street's: the whole line. */
  private static final Pattern POSTCODE_TOWN_LINE =
      Pattern.compile(
          "\n(?:[A-Z]{1,2}-)?(?:[0-9]{5}|[0-9]{4}|[0-9]{3}\\s[0-9]{2}|[0-9]{2}-[0-9]{3})[ \\u00a0]"
              + StreetShapes.UP
              + "[\\p{L}'’-]{1,25}+(?:[ -]"
              + StreetShapes.UP
              + "[\\p{L}'’-]{1,25}+){0,2}[ \\t]*(?=\n|$)");

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
          "ulica",
          "località",
          "frazione",
          "lieu-dit",
          "lugar",
          "kale");

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
      if (s < 0 || !addressAround(text, s, m.end())) {
        continue;
      }
      if (streets == null) {
        streets = streetsFound(out, first, n);
      }
      int e = m.end();
      if (!Scan.anySet(streets, s, e)) {
        out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.75));
        streets.set(s, e);
      }
      c = e - 1;
    }
  }

  /**
   * A street line without a street type right above its postcode and town, as an envelope writes
   * them ("Dunajska cesta 56" over "1000 Ljubljana"), under a name's or a label's line: each line
   * one address. The street is the whole line; so is the postcode and town. A heading or a count
   * ("Kapitel 4" over "2020 Rückblick") has no name or label above it.
   */
  static void lines(String text, int first, List<Finding> out, NameLists names) {
    int n = text.length();
    Matcher m = null;
    BitSet streets = null;
    for (int c = text.indexOf('\n'); c >= 0; c = text.indexOf('\n', c + 1)) {
      int k = houseNumberStart(text, c);
      if (k < 2 || text.charAt(k - 1) != ' ' || yearAt(text, k, c)) {
        continue;
      }
      if (m == null) {
        m = Scan.matcher(POSTCODE_TOWN_LINE, text);
      }
      if (!Scan.at(m, c, 100, n)) {
        continue;
      }
      int ls = Scan.lineStart(text, k, 80);
      int s = streetStart(text, k - 1);
      if (ls < 0
          || s < 0
          || !blank(text, ls, s)
          || !(underName(text, ls, names) || addressAround(text, s, m.end()))) {
        continue;
      }
      if (streets == null) {
        streets = streetsFound(out, first, n);
      }
      int ps = c + 1;
      int pe = m.end();
      while (pe > ps && (text.charAt(pe - 1) == ' ' || text.charAt(pe - 1) == '\t')) {
        pe--;
      }
      if (!Scan.anySet(streets, s, c)) {
        out.add(new Finding(PiiType.STREET_ADDRESS, s, c, 0.7));
      }
      if (!Scan.anySet(streets, ps, pe)) {
        out.add(new Finding(PiiType.STREET_ADDRESS, ps, pe, 0.7));
      }
      streets.set(s, pe);
      c = pe - 1;
    }
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Words before a name on an envelope's line: a family, a title. */
  private static final java.util.Set<String> BEFORE_NAMES =
      java.util.Set.of(
          "Familie", "Family", "Fam.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Herr", "Frau",
          "Mme", "M.", "Dhr.", "Mevr.", "Sig.", "Sig.ra", "Sr.", "Sra.", "Pan", "Pani", "Г-н",
          "Г-жа", "Κα", "Κος", "Κ.");

  /**
   * Whether the line above the one at {@code ls} names a person (after a label's colon, if any): a
   * listed given name or a title among two to four capitalised words, no digit ("Milica
   * Stojanović", "Prejemnik: Tina Zupan", "Familie Overbeck"). A heading ("Die Ergebnisse") holds
   * none.
   */
  private static boolean underName(String text, int ls, NameLists names) {
    if (ls < 2) {
      return false;
    }
    int ps = Scan.lineStart(text, ls - 1, 120);
    if (ps < 0) {
      return false;
    }
    String above = text.substring(ps, ls - 1).strip();
    int colon = above.lastIndexOf(": ");
    if (colon >= 0) {
      above = above.substring(colon + 2).strip();
    }
    if (above.isEmpty() || above.length() > 60) {
      return false;
    }
    String[] words = above.split(" +");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    boolean named = false;
    for (String w : words) {
      if (BEFORE_NAMES.contains(w)) {
        named = true;
        continue;
      }
      if (!w.equals("&")
          && !(Character.isUpperCase(w.charAt(0))
              && w.chars()
                  .allMatch(
                      ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '.'))) {
        return false;
      }
      named |= names.isFirst(w);
    }
    // Or under a label alone on its line above the name's ("Примач:" over "Милица Стојановић").
    int pps = ps >= 2 ? Scan.lineStart(text, ps - 1, 60) : -1;
    return named || pps >= 0 && text.substring(pps, ps - 1).strip().endsWith(":");
  }

  /** Where the addresses found from {@code first} on lie. */
  static BitSet streetsFound(List<Finding> out, int first, int n) {
    BitSet streets = new BitSet(n);
    for (int i = first; i < out.size(); i++) {
      Finding f = out.get(i);
      if (f.type() == PiiType.STREET_ADDRESS) {
        streets.set(f.start(), f.end());
      }
    }
    return streets;
  }

  /** Whether [k, c) is a year of this or the last century: a citation's ("NJW 2018, 1234"). */
  private static boolean yearAt(String text, int k, int c) {
    if (c - k != 4 || Scan.digitsAt(text, k) != 4) {
      return false;
    }
    int y = Integer.parseInt(text.substring(k, c));
    return y >= 1900 && y <= 2099;
  }

  /** Words for an address before it: "Adresse:", "na adresu", "Naslov:". */
  private static final String[] ADDRESS_WORDS = {
    "adres", "address", "anschrift", "naslov", "indirizzo", "dirección", "direccion", "morada",
    "osoite", "cím", "sídlo", "bydliště", "wohnhaft", "domicilio", "endereço", "adresă"
  };

  /** Words of a way to reach someone near an address: a letterhead's or a signature's. */
  private static final String[] CONTACT_WORDS = {"tel", "phone", "mob", "fax", "e-mail"};

  /**
   * Whether what stands around [s, e) makes it an address: a street type opening it, a label's
   * colon right before it, a word for an address shortly before it, or a phone, fax or e-mail
   * address on its line, the line before or the two after (a letterhead, a signature). A heading's
   * "Kapitel 5, 2019 Bericht" or a specification's "Ubuntu 22, 2204 LTS" has none of them.
   */
  static boolean addressAround(String text, int s, int e) {
    int we = s;
    while (we < e && Character.isLetter(text.charAt(we))) {
      we++;
    }
    if (TYPES_FIRST.contains(text.substring(s, we).toLowerCase(Locale.ROOT))) {
      return true;
    }
    int b = s;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b > 0 && text.charAt(b - 1) == ':') {
      return true;
    }
    if (Context.anyWordBefore(text, s, 40, ADDRESS_WORDS)) {
      return true;
    }
    // The line before and this one, at most 200 characters back each: a line without a break
    // must not make the window reach back to the text's start for every candidate.
    int from = Scan.lineStart(text, s, 200);
    if (from < 0) {
      from = Math.max(0, s - 200);
    } else if (from > 0) {
      int before = Scan.lineStart(text, from - 1, 200);
      from = before < 0 ? Math.max(0, from - 201) : before;
    }
    int to = e;
    for (int lines = 0; lines < 3 && to < text.length() && to - e < 400; lines++) {
      int nl = TableColumns.indexIn(text, '\n', to + 1, Math.min(text.length(), to + 200));
      to = nl < 0 ? Math.min(text.length(), to + 200) : nl;
    }
    return TableColumns.indexIn(text, '@', from, to) >= 0
        || Context.anyWordBefore(text, to, to - from, CONTACT_WORDS);
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
