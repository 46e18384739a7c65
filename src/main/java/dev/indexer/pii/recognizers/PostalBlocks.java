package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An address written as a block of lines, as on an envelope, a label or under a letter's name: a
 * street found that opens its line is widened up over the building's or flat's line right above it
 * ("Flat 12B, Marina Heights", "Résidence Les Pins, Bât. C") and down over up to three lines of
 * district, town, state and postcode ("Bairro Jardim América", "São Paulo - SP", "01234-567", "Cape
 * Coast"). A line of another kind ends the block: a blank line, a label, a phone, an e-mail
 * address, a date, a sentence, a greeting, or a name of a listed given name.
 */
final class PostalBlocks {

  private PostalBlocks() {}

  /** How many lines below the street a block reaches. */
  private static final int LINES_BELOW = 3;

  /** The longest line of a block: a street, a building's name, a town with its region. */
  private static final int MAX_LINE = 56;

  /** Words of a flat's or a building's line besides the names of {@link BuildingNames}. */
  private static final Set<String> BUILDING_WORDS =
      Set.of(
          "Résidence",
          "Bât",
          "Bâtiment",
          "Edificio",
          "Blk",
          "Bloco",
          "Bloque",
          "Wohnung",
          "Whg",
          "Etage",
          "Floor",
          "Piso",
          "Andar",
          "c/o");

  /** First words of lines that are no part of an address: labels and greetings without colons. */
  private static final Set<String> NOT_ADDRESS =
      Set.of(
          "tel",
          "tél",
          "tlf",
          "phone",
          "mobile",
          "mob",
          "fax",
          "email",
          "e-mail",
          "mail",
          "www",
          "web",
          "invoice",
          "rechnung",
          "factura",
          "facture",
          "order",
          "ref",
          "re",
          "date",
          "datum",
          "fecha",
          "iban",
          "bic",
          "vat",
          "subject",
          "betreff",
          "objet",
          "asunto",
          "dear",
          "hi",
          "hello",
          "sehr",
          "liebe",
          "lieber",
          "cher",
          "chère",
          "estimado",
          "estimada",
          "gentile",
          "geachte",
          "beste",
          "attn",
          "total",
          "amount",
          "customer",
          "account",
          "cell",
          "handy",
          "telefon",
          "telephone",
          "téléphone",
          "teléfono",
          "telefono",
          "telefone",
          "puhelin",
          "mobil",
          "contact",
          "kontakt",
          "name",
          "signature",
          "address",
          "adresse",
          "anschrift",
          "adres",
          "adresa",
          "indirizzo",
          "dirección",
          "endereço",
          "thanks",
          "thank",
          "regards",
          "best",
          "kind",
          "cheers",
          "sincerely",
          "yours",
          "love",
          "grüße",
          "gruß",
          "viele",
          "cordialement",
          "saludos",
          "groeten",
          "saluti",
          "atentamente",
          "mvh",
          "hälsningar",
          "pozdrawiam",
          "pulse",
          "temp",
          "cel",
          "puh",
          "qty",
          "quantity",
          "sku",
          "item",
          "wt",
          "weight",
          "rx");

  /** Countries on a line of their own, which labels leave out of the address. */
  private static final Set<String> COUNTRIES =
      Set.of(
          "usa",
          "u.s.a.",
          "united states",
          "united kingdom",
          "uk",
          "england",
          "scotland",
          "wales",
          "ireland",
          "germany",
          "deutschland",
          "france",
          "spain",
          "españa",
          "italy",
          "italia",
          "netherlands",
          "nederland",
          "belgium",
          "belgique",
          "belgië",
          "austria",
          "österreich",
          "switzerland",
          "schweiz",
          "suisse",
          "portugal",
          "poland",
          "polska",
          "sweden",
          "sverige",
          "denmark",
          "danmark",
          "norway",
          "norge",
          "finland",
          "suomi",
          "canada",
          "australia",
          "new zealand",
          "mexico",
          "méxico",
          "brazil",
          "brasil",
          "india",
          "kenya",
          "nigeria",
          "ghana",
          "south africa",
          "singapore",
          "japan",
          "greece",
          "turkey",
          "türkiye",
          "romania",
          "românia",
          "hungary",
          "magyarország",
          "czech republic",
          "česko",
          "slovakia",
          "slovensko",
          "croatia",
          "hrvatska",
          "luxembourg",
          "iceland",
          "ísland",
          "philippines",
          "indonesia",
          "vietnam",
          "argentina",
          "chile",
          "colombia",
          "peru");

  /** A date on a line: "12 mars 2024", "12.03.2024", "2024-03-12". */
  private static final Pattern DATE =
      Pattern.compile(
          "[0-9]{1,2}\\.?\\s\\p{L}{3,12}\\.?\\s[0-9]{4}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}"
              + "|[0-9]{4}-[0-9]{2}-[0-9]{2}|\\p{L}{3,12}\\.?\\s[0-9]{1,2},\\s[0-9]{4}");

  /** Small words inside the name of a district or town: "Newcastle upon Tyne", "Rio de Janeiro". */
  private static final Set<String> CONNECTORS =
      Set.of(
          "de", "do", "da", "dos", "das", "del", "la", "le", "les", "di", "of", "upon", "on", "am",
          "an", "im", "sur", "en", "y", "e", "i");

  static void extend(String text, int first, List<Finding> out, NameLists names) {
    int end = out.size();
    BitSet covered = new BitSet();
    TreeMap<Integer, Integer> byStart = new TreeMap<>(); // where each finding starts -> its index
    for (int k = first; k < end; k++) {
      Finding f = out.get(k);
      covered.set(f.start(), f.end());
      byStart.put(f.start(), k);
    }
    for (int k = first; k < end; k++) {
      Finding f = out.get(k);
      if (f.type() != PiiType.STREET_ADDRESS) {
        continue;
      }
      int ls = lineStart(text, f.start());
      boolean labelled = false;
      if (!blank(text, ls, f.start())) {
        // The street opens its line, as in a block, or follows a label ("Куда: ул. ...").
        if (!labelBefore(text, ls, f.start())) {
          continue;
        }
        labelled = true;
      }
      // Each line its own finding: labels take an address's lines one by one as often as whole.
      if (ls > 0 && !labelled) {
        int pe = ls - 1;
        int ps = lineStart(text, pe);
        int s = skipSpaces(text, ps, pe);
        int e = trimEnd(text, s, pe);
        if (buildingLine(text, s, e)) {
          addLine(out, byStart, covered, s, e, f.score());
        }
      }
      int le = lineEnd(text, f.end());
      if (!blank(text, f.end(), le)) {
        continue;
      }
      for (int lines = 0; lines < LINES_BELOW && le < text.length(); lines++) {
        int ns = le + 1;
        int ne = lineEnd(text, ns);
        int s = skipSpaces(text, ns, ne);
        int e = trimEnd(text, s, ne);
        // Below a labelled street, only a line with a postcode or a town's abbreviation: the line
        // below a form's field may be anyone's name.
        if (!localityLine(text, s, e, names)
            || (labelled && !digitIn(text, s, e) && !townAbbreviation(text, s, e))
            || !addLine(out, byStart, covered, s, e, f.score())) {
          break;
        }
        le = ne;
      }
    }
  }

  /**
   * Adds the line [s, e) as an address, or widens to it the address found inside it ("Flat 12B,
   * Marina" of the statistical model); false where a finding of another kind or reaching out of the
   * line holds part of it.
   */
  static boolean addLine(
      List<Finding> out,
      TreeMap<Integer, Integer> byStart,
      BitSet covered,
      int s,
      int e,
      double score) {
    int c = covered.nextSetBit(s);
    if (c < 0 || c >= e) {
      out.add(new Finding(PiiType.STREET_ADDRESS, s, e, score));
      byStart.put(s, out.size() - 1);
      covered.set(s, e);
      return true;
    }
    Integer before = byStart.floorKey(c);
    if (before == null) {
      return false;
    }
    for (int k : byStart.subMap(before, true, e, false).values()) {
      Finding g = out.get(k);
      if (g.start() < e && g.end() > s) {
        if (g.type() != PiiType.STREET_ADDRESS || g.start() < s || g.end() > e) {
          return false;
        }
        out.set(k, new Finding(PiiType.STREET_ADDRESS, s, e, Math.max(score, g.score())));
        covered.set(s, e);
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the town's line right after {@code e} when {@code e} ends its line ("P.O. Box
   * 45678-00100" above "Nairobi"), or {@code e}.
   */
  static int townLineAfter(String text, int e, NameLists names) {
    int le = lineEnd(text, e);
    if (!blank(text, e, le) || le >= text.length()) {
      return e;
    }
    int s = skipSpaces(text, le + 1, lineEnd(text, le + 1));
    int end = trimEnd(text, s, lineEnd(text, le + 1));
    return localityLine(text, s, end, names) ? end : e;
  }

  /** Whether a run of three digits or more, a postcode's, stands in [s, e): not "10 Teilnehmer". */
  private static boolean digitIn(String text, int s, int e) {
    int run = 0;
    for (int i = s; i < e; i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run >= 3) {
        return true;
      }
    }
    return false;
  }

  /** Whether [ls, s) is a short label and its colon: "Куда: ", "Address: ". */
  private static boolean labelBefore(String text, int ls, int s) {
    int e = trimEnd(text, ls, s);
    if (e - ls < 2 || e - ls > 24 || text.charAt(e - 1) != ':') {
      return false;
    }
    for (int i = ls; i < e - 1; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Abbreviations before a town's name in the Slavic languages, in lower case: "г. Москва" (city),
   * "гр. Пловдив", "м. Львів", "с." (village), "пос.", "пгт", "смт".
   */
  private static final Set<String> TOWN_ABBREVIATIONS =
      Set.of("г", "гр", "м", "с", "пос", "пгт", "смт", "дер", "ст");

  /** A line of a flat or a building: short, with a word of a building or a flat in it. */
  private static boolean buildingLine(String text, int s, int e) {
    if (e - s < 4 || e - s > MAX_LINE || plainText(text, s, e)) {
      return false;
    }
    int digits = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (!Character.isLetter(c) && " -,/.()#'".indexOf(c) < 0) {
        return false; // "Flat 1  GB51 NWBK ...  £1,450": a row of a table
      }
    }
    if (digits > 6) {
      return false;
    }
    int i = s;
    while (i < e) {
      int we = i;
      while (we < e && (Character.isLetter(text.charAt(we)) || text.charAt(we) == '/')) {
        we++;
      }
      if (we > i) {
        String w = text.substring(i, we);
        if (BuildingNames.BUILDINGS.contains(w)
            || BuildingNames.UNITS.contains(w)
            || BUILDING_WORDS.contains(w)) {
          return true;
        }
      }
      i = we + 1;
    }
    return false;
  }

  /**
   * A line of a district, town, state or postcode: capitalised words, small connectors, codes and
   * at most ten digits; not a date, a label, a greeting, a sentence or a listed given name's line.
   */
  private static boolean localityLine(String text, int s, int e, NameLists names) {
    if (e - s < 2 || e - s > MAX_LINE || plainText(text, s, e)) {
      return false;
    }
    char c = text.charAt(s);
    if (!Character.isUpperCase(c) && !Character.isDigit(c) && !townAbbreviation(text, s, e)) {
      return false;
    }
    if (DATE.matcher(text).region(s, e).find()
        || COUNTRIES.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int digits = 0;
    int groups = 0;
    int words = 0;
    boolean digitsOnly = true;
    int i = s;
    while (i < e) {
      char ch = text.charAt(i);
      if (Character.isDigit(ch)) {
        if (i == s || !Character.isDigit(text.charAt(i - 1))) {
          groups++;
        }
        digits++;
        i++;
        continue;
      }
      if (!Character.isLetter(ch)) {
        if (" -,/.()".indexOf(ch) < 0) {
          return false; // "Thanks!", "+44 ...", "£20"
        }
        i++;
        continue;
      }
      digitsOnly = false;
      int we = i;
      while (we < e && (Character.isLetter(text.charAt(we)) || text.charAt(we) == '\'')) {
        we++;
      }
      String w = text.substring(i, we);
      if (words == 0 && NOT_ADDRESS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (words == 0 && names.isFirst(w) && !Character.isDigit(text.charAt(e - 1))) {
        return false; // "Anna Schmidt": the next record's person, not a town
      }
      if (!Character.isUpperCase(w.charAt(0))
          && !CONNECTORS.contains(w)
          && !(words == 0 && townAbbreviation(text, i, e))) {
        return false;
      }
      words++;
      i = we;
    }
    // A postcode has at most eight digits in two groups; a phone has more.
    return digits <= 8 && groups <= 2 && (words > 0 || digitsOnly && digits >= 4);
  }

  /**
   * Whether a town's abbreviation and its dot stand at {@code i}, a capitalised word after them.
   */
  private static boolean townAbbreviation(String text, int i, int e) {
    int we = i;
    while (we < e && Character.isLetter(text.charAt(we))) {
      we++;
    }
    return we + 2 < e
        && text.charAt(we) == '.'
        && TOWN_ABBREVIATIONS.contains(text.substring(i, we))
        && (Character.isUpperCase(text.charAt(we + 1))
            || text.charAt(we + 1) == ' ' && Character.isUpperCase(text.charAt(we + 2)));
  }

  /** Whether a line opening with this word (in lower case) is no part of an address. */
  static boolean notAddressWord(String lower) {
    return NOT_ADDRESS.contains(lower) || BIRTH_WORDS.contains(lower);
  }

  /** Words of a birth date opening a line: "Born 1980". */
  private static final Set<String> BIRTH_WORDS = Set.of("born", "geb", "dob", "née", "né");

  /** Whether a date stands in [s, e): "12 Mars 2024", "2024-03-12". */
  static boolean dateIn(String text, int s, int e) {
    return DATE.matcher(text).region(s, e).find();
  }

  /** A line with an '@', a colon, a URL or a sentence's mark: no address line. */
  private static boolean plainText(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '@' || c == ':' || c == '!' || c == '?' || c == ';' || c == '|' || c == '\t') {
        return true;
      }
    }
    return false;
  }

  private static int lineStart(String text, int i) {
    int b = i;
    while (b > 0 && text.charAt(b - 1) != '\n' && i - b < 400) {
      b--;
    }
    return b;
  }

  private static int lineEnd(String text, int i) {
    int e = i;
    while (e < text.length() && text.charAt(e) != '\n' && e - i < 400) {
      e++;
    }
    return e;
  }

  private static boolean blank(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The first index at or after {@code s}, before {@code e}, that is no space or tab. */
  static int skipSpaces(String text, int s, int e) {
    while (s < e && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
      s++;
    }
    return s;
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
