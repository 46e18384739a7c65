package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address given in a form's field. The value after an address label ("Address:", "Anschrift:",
 * "Domicilio:") and the lines below it that stand in the value's column ("Postfach 44", "8002
 * Zürich") are its lines, each a finding of its own, up to a blank line, a line at the margin,
 * another field or a line of another kind (a sentence, a date, a phone, an e-mail address). Some
 * line of the field must hold a digit: "Address: see attached" gives none.
 *
 * <p>In structured data (JSON, YAML, {@code key=value}), the second line, town, state and postcode
 * of an address are its parts where a street was found in the same record: within a few lines, with
 * no blank line between. A town or a postcode field alone is no address ("city": "Leeds" of a
 * sign-up event).
 */
final class AddressFields {

  private AddressFields() {}

  /** Words of a label that names a postal address, also as the end of a compound. */
  private static final Set<String> ADDRESS_WORDS =
      Set.of(
          "address",
          "addr",
          "adresse",
          "adress",
          "adres",
          "adresa",
          "adresă",
          "adresi",
          "anschrift",
          "indirizzo",
          "dirección",
          "direccion",
          "domicilio",
          "domicile",
          "endereço",
          "endereco",
          "morada",
          "osoite",
          "lakcím",
          "διεύθυνση",
          "alamat",
          "anwani",
          "naslov",
          "residence",
          "residencia",
          "residência",
          "residenza",
          "wohnsitz",
          "bopæl",
          "адрес",
          "адреса",
          "адресу",
          "мекенжайы",
          "мекенжай",
          "хаяг",
          "manzil",
          "ikamet",
          "ikametgah",
          "tirahan",
          "پتہ",
          "نشانی",
          "آدرس",
          "العنوان",
          "כתובת",
          "ঠিকানা",
          "पता",
          "მისამართი",
          "ที่อยู่",
          "አድራሻ");

  /**
   * Parts of every word of {@link #ADDRESS_WORDS}, {@link #COMPOUND_ENDS} and {@link #TO_LABELS}: a
   * label with none of them is no address label, without the word-by-word reading.
   */
  private static final String[] LABEL_STEMS = {
    "addr",
    "adres",
    "anschrift",
    "indirizzo",
    "direcc",
    "domicil",
    "endere",
    "morada",
    "osoite",
    "cím",
    "διεύθυνση",
    "alamat",
    "anwani",
    "naslov",
    "residen",
    "wohnsitz",
    "bopæl",
    " to",
    "pobyt",
    "bydli",
    "zamieszkania",
    "адрес",
    "мекенжай",
    "хаяг",
    "manzil",
    "ikamet",
    "tirahan",
    "پتہ",
    "نشانی",
    "آدرس",
    "כתובת",
    "ঠিকানা",
    "पता",
    "მისამართი",
    "ที่อยู่",
    "አድራሻ",
    "địa chỉ",
    "cư trú"
  };

  /** Compounds ending in an address word: "Wohnadresse", "postadress", "Lieferanschrift". */
  private static final String[] COMPOUND_ENDS = {"adresse", "adress", "anschrift", "adres"};

  /** Labels of two words that name where a parcel or a bill goes. */
  private static final Set<String> TO_LABELS =
      Set.of(
          "ship to",
          "bill to",
          "deliver to",
          "sold to",
          "send to",
          "invoice to",
          "trvalý pobyt",
          "trvalé bydliště",
          "místo pobytu",
          "miejsce zamieszkania",
          "bydlisko",
          "bydliště",
          "địa chỉ",
          "nơi cư trú",
          "thường trú",
          "nơi thường trú");

  /** Words of a label that name an address of another kind: e-mail, network, web, wallet. */
  private static final Set<String> OTHER_KINDS =
      Set.of(
          "ip",
          "ipv4",
          "ipv6",
          "mac",
          "web",
          "url",
          "internet",
          "wallet",
          "server",
          "host",
          "correo",
          "courriel",
          "sähköposti",
          "epost",
          "network",
          "gateway",
          "bitcoin",
          "btc",
          "eth",
          "hardware",
          "memory",
          "speicher",
          "electrónico",
          "eletrônico",
          "elettronica",
          "space",
          "book",
          "bar",
          "range",
          "pool",
          "family",
          "bus",
          "translation",
          "resolution",
          "mapping",
          "register");

  /** A value that gives no address: "same as above", "see attached", "n/a". */
  static final Pattern NO_ADDRESS =
      Pattern.compile(
          "(?:same\\s+as|as\\s+above|see\\s|n/?a\\b|none\\b|unknown\\b|withheld\\b|tbd\\b|tba\\b"
              + "|siehe\\s|wie\\s+oben|voir\\s|idem\\b|ver\\s|vide\\s|zie\\s|pending\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How many lines below the label's line a field reaches. */
  private static final int LINES_BELOW = 5;

  /** The longest line of an address field. */
  private static final int MAX_LINE = 64;

  /** Keys of the parts of an address besides its street, normalised (lower case, letters only). */
  private static final Set<String> PART_KEYS =
      Set.of(
          "line2",
          "addressline2",
          "address2",
          "street2",
          "apt",
          "apartment",
          "unit",
          "suite",
          "flat",
          "city",
          "town",
          "zip",
          "zipcode",
          "postcode",
          "postalcode",
          "plz",
          "ort",
          "stadt",
          "ville",
          "ciudad",
          "cidade",
          "citta",
          "città",
          "localidad",
          "localite",
          "localité",
          "codigopostal",
          "codepostal",
          "cp",
          "cap",
          "state",
          "province",
          "county",
          "suburb",
          "district",
          "locality",
          "barrio",
          "bairro",
          "neighborhood",
          "neighbourhood",
          "prefecture");

  /** Keys of a flat or a unit, whose value holds a number ("Unit 204", not "kg"). */
  private static final Set<String> UNIT_KEYS = Set.of("apt", "apartment", "unit", "suite", "flat");

  /** Keys whose value may be a number alone: postcodes. */
  private static final Set<String> NUMERIC_KEYS =
      Set.of(
          "zip",
          "zipcode",
          "postcode",
          "postalcode",
          "plz",
          "codigopostal",
          "codepostal",
          "cp",
          "cap");

  /** A key and its value in JSON, YAML or {@code key=value}: {@code "city": "Tulsa"}. */
  private static final Pattern PART_VALUE =
      Pattern.compile(
          "[:=]\\s*(?:\"([^\"\\n]{1,40})\"|'([^'\\n]{1,40})'|([^\\s,}\\]\"'#][^,}\\]\\n#]{0,39}))");

  /** How far from a street found a part of its record may stand. */
  private static final int RECORD_REACH = 300;

  static void find(String text, int first, List<Finding> out, NameLists names) {
    int end = out.size();
    BitSet covered = new BitSet();
    TreeMap<Integer, Integer> byStart = new TreeMap<>();
    List<int[]> streets = new ArrayList<>();
    for (int k = first; k < end; k++) {
      Finding f = out.get(k);
      covered.set(f.start(), f.end());
      byStart.put(f.start(), k);
      if (f.type() == PiiType.STREET_ADDRESS) {
        streets.add(new int[] {f.start(), f.end()});
      }
    }
    fields(text, out, byStart, covered, names);
    if (!streets.isEmpty()) {
      parts(text, streets, out, byStart, covered);
    }
  }

  /** The lines of each field whose label names an address. */
  private static void fields(
      String text,
      List<Finding> out,
      TreeMap<Integer, Integer> byStart,
      BitSet covered,
      NameLists names) {
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = Scan.lineEnd(text, ls);
      int v = valueAfterLabel(text, ls, le);
      if (v > 0) {
        ls = field(text, ls, v, le, out, byStart, covered, names);
      } else {
        ls = le + 1;
      }
    }
  }

  /**
   * Where the value of an address label opening the line [ls, le) starts, or -1: "Address: 12 Main
   * St", "Wohnadresse (aktuell): Seestrasse 12".
   */
  private static int valueAfterLabel(String text, int ls, int le) {
    int s = ls;
    s = PostalBlocks.skipSpaces(text, s, le);
    int c = s;
    int max = Math.min(le, s + 40);
    while (c < max && text.charAt(c) != ':') {
      char ch = text.charAt(c);
      if (!Scan.letterOrMark(ch) && " -.()/'’".indexOf(ch) < 0) {
        return -1;
      }
      c++;
    }
    if (c >= max || c == s || !addressLabel(text.substring(s, c))) {
      return -1;
    }
    int v = c + 1;
    v = PostalBlocks.skipSpaces(text, v, le);
    return v < le ? v : -1;
  }

  static boolean addressLabel(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    boolean stem = false;
    for (String st : LABEL_STEMS) {
      stem |= lower.contains(st);
    }
    if (!stem) {
      return false; // most labels: every address label below holds one of these
    }
    String l = lower.replaceAll("\\([^)]*\\)", " ").trim();
    l = l.replace("mailing", "postal");
    if (l.contains("mail")) {
      return false; // "E-Mail-Adresse", "email address", "mailadres"
    }
    if (TO_LABELS.contains(l.replaceAll("\\s+", " "))) {
      return true;
    }
    boolean address = false;
    for (String w : l.split("[^\\p{L}\\p{M}]+")) {
      if (OTHER_KINDS.contains(w) || w.startsWith("web") || w.startsWith("ip-")) {
        return false;
      }
      if (ADDRESS_WORDS.contains(w)) {
        address = true;
      }
      for (String end : COMPOUND_ENDS) {
        if (w.length() > end.length() + 2 && w.endsWith(end)) {
          String prefix = w.substring(0, w.length() - end.length());
          for (String other : OTHER_KINDS) {
            if (other.length() >= 3 && prefix.startsWith(other)) {
              return false; // "Serveradresse", "Speicheradresse"
            }
          }
          address = true;
        }
      }
    }
    return address;
  }

  /**
   * Adds the lines of the field whose value starts at {@code v} on the label's line [ls, le), and
   * returns where the next line to read starts.
   */
  private static int field(
      String text,
      int ls,
      int v,
      int le,
      List<Finding> out,
      TreeMap<Integer, Integer> byStart,
      BitSet covered,
      NameLists names) {
    int n = text.length();
    List<int[]> lines = new ArrayList<>();
    int ve = trimEnd(text, v, le);
    int sentenceEnd = sentenceBreak(text, v, ve);
    if (sentenceEnd >= 0) {
      ve = sentenceEnd; // "12 Main Street, 10115 Berlin. Stock market news."
    }
    if (ve > v + 1
        && text.charAt(ve - 1) == '.'
        && Character.isLetterOrDigit(text.charAt(ve - 2))) {
      ve--; // "Práter utca 9. II. em. 4."
    }
    int aside = ve - 1;
    while (aside > v && !(text.charAt(aside) == '(' && text.charAt(aside - 1) == ' ')) {
      aside--;
    }
    aside--; // the space before the bracket
    if (aside > v && text.charAt(ve - 1) == ')') {
      ve = trimEnd(text, v, aside); // "615 Bluebonnet Drive, Austin, TX 78745 (since 2019)"
    }
    if (Scan.matcher(NO_ADDRESS, text).region(v, ve).lookingAt() || !addressLine(text, v, ve)) {
      return le + 1;
    }
    lines.add(new int[] {v, ve});
    // "Bill to: Tamika Jefferson" over "PO Box 1184": the addressee's line, no part of the address
    boolean addressee =
        text.substring(ls, v).toLowerCase(Locale.ROOT).replace(':', ' ').trim().endsWith(" to")
            && !UsSsnRecognizer.containsDigit(text.substring(v, ve));
    boolean tabbed = TableColumns.indexIn(text, '\t', ls, v) >= 0;
    int column = v - ls;
    int next = le + 1;
    while (lines.size() <= LINES_BELOW && next < n) {
      int ne = Scan.lineEnd(text, next);
      int s = PostalBlocks.skipSpaces(text, next, ne);
      boolean aligned =
          s > next
              && s < ne
              && (tabbed ? text.charAt(next) == '\t' : Math.abs((s - next) - column) <= 2);
      int e = trimEnd(text, s, ne);
      // In the value's column or at the margin (as the service leaves a form's lines): a line of a
      // place (see placeLine), up to the line with a postcode.
      boolean margin = s == next && s < ne;
      if (!(aligned || margin)
          || addressLabel(firstWord(text, s, e))
          || postcodeIn(text, lines)
          || !placeLine(text, s, e, names)
          || !addressLine(text, s, e)) {
        break;
      }
      lines.add(new int[] {s, e});
      next = ne + 1;
    }
    boolean digit = false;
    for (int[] line : lines) {
      digit |=
          UsSsnRecognizer.containsDigit(text.substring(line[0], line[1]))
              || OtherDigits.holdsOne(text, line[0], line[1]);
    }
    if (digit) {
      for (int k = addressee ? 1 : 0; k < lines.size(); k++) {
        PostalBlocks.addLine(out, byStart, covered, lines.get(k)[0], lines.get(k)[1], 0.7);
      }
    }
    return next;
  }

  /**
   * A line of an address: short, of letters, digits and the signs of house numbers and floors; not
   * a field, a sentence, a date, a phone or an e-mail address.
   */
  private static boolean addressLine(String text, int s, int e) {
    if (e - s < 2 || e - s > MAX_LINE || !Character.isLetterOrDigit(text.charAt(s))) {
      return false;
    }
    int digits = 0;
    int words = 0;
    int lowerWords = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (Character.isLetter(c)) {
        if (i == s || !Character.isLetterOrDigit(text.charAt(i - 1))) {
          words++;
          // A word in lower case of a sentence: not a unit after a house number ("150-үй"), nor a
          // word of Georgian, whose letters are all small.
          if (Character.isLowerCase(c)
              && !UncasedNameFields.uncased(c)
              && (i == s || text.charAt(i - 1) != '-')) {
            lowerWords++;
          }
        }
      } else if (Scan.mark(c)) {
        continue; // the vowel signs of Indic scripts
      } else if (" ,.-/'’()#°ºª&،".indexOf(c) < 0 && !Character.isSpaceChar(c)) {
        return false; // "x@y.de", "Notes: none", "+44 ..."
      }
    }
    return (digits <= 8 || digits <= 12 && words > 0)
        && words <= 9
        && lowerWords < 4
        && !PostalBlocks.dateIn(text, s, e)
        && !PostalBlocks.notAddressWord(firstWord(text, s, e))
        && sentenceBreak(text, s, e) < 0;
  }

  /** Small words inside the name of a place: "Lugar de Fontelo", "Route de Beaune". */
  private static final Set<String> CONNECTORS =
      Set.of(
          "de", "del", "la", "le", "du", "des", "da", "do", "dos", "das", "di", "van", "von", "am",
          "im", "an", "y", "of", "the", "upon", "on", "sur", "en", "e", "i");

  /**
   * Whether [s, e) is a line of a place's name: capitalised words, numbers and connectors only, not
   * opening with a listed given name ("Church Lane", "7000 Chur"; not "Please call first").
   */
  private static boolean placeLine(String text, int s, int e, NameLists names) {
    String[] words = text.substring(s, e).split("[ ,]+");
    if (words.length == 0 || words[0].isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(words[0].charAt(0)) && names.isFirst(words[0])) {
      return false;
    }
    int lower = 0;
    for (String w : words) {
      if (!w.isEmpty()
          && Character.isLowerCase(w.charAt(0))
          && !CONNECTORS.contains(w)
          && !UsSsnRecognizer.containsDigit(w)) {
        lower++;
      }
    }
    // "12 bis, rue des Lilas", "3e étage, porte gauche": a few words in lower case beside a number
    return lower == 0
        || lower <= 3
            && UsSsnRecognizer.containsDigit(text.substring(s, e))
            && !CommonWords.contains(words[0].toLowerCase(Locale.ROOT));
  }

  /** Whether a line read holds a run of four digits or more: a postcode ends the address. */
  private static boolean postcodeIn(String text, List<int[]> lines) {
    for (int[] line : lines) {
      int run = 0;
      for (int i = line[0]; i < line[1]; i++) {
        run = Scan.isDigit(text.charAt(i)) ? run + 1 : 0;
        if (run >= 4) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first word of [s, e) in lower case. */
  private static String firstWord(String text, int s, int e) {
    int we = s;
    while (we < e && Character.isLetter(text.charAt(we))) {
      we++;
    }
    return text.substring(s, we).toLowerCase(Locale.ROOT);
  }

  /**
   * Where a sentence ends inside [s, e), a full stop before a capitalised word ("Ring twice. Dog
   * bites."; not "9. II."), or -1.
   */
  private static int sentenceBreak(String text, int s, int e) {
    for (int i = s; i + 3 < e; i++) {
      if (text.charAt(i) == '.'
          && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))
          && Character.isLowerCase(text.charAt(i + 3))) {
        return i;
      }
    }
    return -1;
  }

  /** The second line, town, state and postcode fields of a record beside a street found. */
  private static void parts(
      String text,
      List<int[]> streets,
      List<Finding> out,
      TreeMap<Integer, Integer> byStart,
      BitSet covered) {
    Matcher m = Scan.matcher(PART_VALUE, text);
    int n = text.length();
    streets.sort(java.util.Comparator.comparingInt(street -> street[0]));
    int readTo = 0;
    for (int[] street : streets) {
      int from = Math.max(readTo, recordStart(text, street[0]));
      int to = recordEnd(text, street[1]);
      for (int c = from; c < to; c++) {
        char sep = text.charAt(c);
        if (sep != ':' && sep != '=') {
          continue;
        }
        String key = keyBefore(text, c);
        if (key == null || !PART_KEYS.contains(key) || !Scan.at(m, c, 60, n)) {
          continue;
        }
        int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
        int s = m.start(g);
        int e = trimEnd(text, s, m.end(g));
        if (e <= s) {
          continue;
        }
        String value = text.substring(s, e);
        boolean number =
            value.chars().allMatch(ch -> Character.isDigit(ch) || ch == '-' || ch == ' ');
        if ((number && !NUMERIC_KEYS.contains(key))
            || UNIT_KEYS.contains(key) && !UsSsnRecognizer.containsDigit(value)
            || !Character.isUpperCase(value.charAt(0)) && !Character.isDigit(value.charAt(0))
            || !addressLine(text, s, e)
            || Scan.matcher(NO_ADDRESS, text).region(s, e).lookingAt()
            || value.equalsIgnoreCase("null")) {
          continue;
        }
        PostalBlocks.addLine(out, byStart, covered, s, e, 0.7);
      }
      readTo = Math.max(readTo, to);
    }
  }

  /**
   * The key before the colon or equals sign at {@code c}, in lower case and letters and digits only
   * ({@code "postal_code"} is "postalcode"), or null: the word that opens its line or follows a
   * brace, a comma or a quote.
   */
  private static String keyBefore(String text, int c) {
    int e = c;
    while (e > 0
        && e > c - 4
        && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '"' || text.charAt(e - 1) == '\'')) {
      e--;
    }
    int s = e;
    while (s > 0 && e - s < 24) {
      char ch = text.charAt(s - 1);
      if (!Character.isLetterOrDigit(ch) && ch != '_' && ch != '-') {
        break;
      }
      s--;
    }
    if (s == e
        || s > 0
            && !Character.isWhitespace(text.charAt(s - 1))
            && "{,\"'".indexOf(text.charAt(s - 1)) < 0) {
      return null;
    }
    StringBuilder k = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char ch = text.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        k.append(Character.toLowerCase(ch));
      }
    }
    return k.toString();
  }

  /** How far back from a street its record reaches: to a blank line or {@link #RECORD_REACH}. */
  private static int recordStart(String text, int s) {
    int b = s;
    while (b > 0 && s - b < RECORD_REACH) {
      if (text.charAt(b - 1) == '\n' && blankLineBefore(text, b - 1)) {
        break;
      }
      b--;
    }
    return b;
  }

  /** How far forward from a street its record reaches: to a blank line or {@link #RECORD_REACH}. */
  private static int recordEnd(String text, int e) {
    int n = text.length();
    int i = e;
    while (i < n && i - e < RECORD_REACH) {
      if (text.charAt(i) == '\n' && blankLineBefore(text, i)) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Whether the line ending at the newline {@code nl} is blank (or holds spaces only). */
  private static boolean blankLineBefore(String text, int nl) {
    int i = nl - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    return e;
  }
}
