package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops the findings of another recognizer that are values reserved for examples and tests, shown
 * as examples: a payment network's published test card in a table of test cards, an address of the
 * documentation ranges (RFC 5737, RFC 3849, RFC 7042) in a passage about them, {@code
 * jane.doe@example.com} and {@code +1-555-0100} in the "Example" column of an API reference.
 *
 * <p>Both must hold. The value must be one of the reserved ones, so a real card or address is never
 * dropped whatever the text around it says; and the passage must present values as examples (a cue
 * such as "example", "test card", "documentation", "placeholder", in several languages, earlier in
 * the same paragraph or on the value's line), because the same reserved values also stand for
 * someone's data in tickets, logs and data dumps ("Card ending: 4111 1111 1111 1111", "Failed login
 * from 198.51.100.23"), and there they are found as usual.
 */
public final class ExampleValues implements Recognizer {

  /** How far back a cue may stand, within the value's paragraph. */
  private static final int PARAGRAPH_WINDOW = 600;

  /** How far along the value's line a cue may stand after it. */
  private static final int LINE_WINDOW = 200;

  /** Test card numbers that payment networks and processors publish for test modes. */
  private static final Set<String> TEST_CARDS =
      Set.of(
          "4242424242424242",
          "4000056655665556",
          "4111111111111111",
          "4012888888881881",
          "4222222222222",
          "4000000000000002",
          "4000000000009995",
          "4000000000009987",
          "4000000000000069",
          "4000000000000127",
          "4000000000000119",
          "4000000000000077",
          "4000000000000101",
          "4000000000003220",
          "4000002500003155",
          "4000002760003184",
          "4000000000000341",
          "4000000000000036",
          "4100000000000019",
          "4988438843884305",
          "4166676667666746",
          "4646464646464644",
          "4444333322221111",
          "4917610000000000",
          "5555555555554444",
          "2223003122003222",
          "2222400070000005",
          "5200828282828210",
          "5105105105105100",
          "5555444433331111",
          "5555341244441115",
          "5454545454545454",
          "378282246310005",
          "371449635398431",
          "370000000000002",
          "6011111111111117",
          "6011000990139424",
          "6011981111111113",
          "6011601160116611",
          "30569309025904",
          "38520000023237",
          "36227206271667",
          "3056930009020004",
          "3530111333300000",
          "3566002020360505",
          "3566111111111113",
          "6200000000000005",
          "6331101999990016");

  /** The example IBANs of the IBAN registry and of banks' documentation. */
  private static final Set<String> EXAMPLE_IBANS =
      Set.of(
          "DE89370400440532013000",
          "GB82WEST12345698765432",
          "GB29NWBK60161331926819",
          "FR1420041010050500013M02606",
          "FR7630006000011234567890189",
          "ES9121000418450200051332",
          "IT60X0542811101000000123456",
          "NL91ABNA0417164300",
          "BE68539007547034",
          "AT611904300234573201",
          "CH9300762011623852957",
          "PL61109010140000071219812874",
          "PT50000201231234567890154",
          "SE4550000000058398257466",
          "DK5000400440116243",
          "NO9386011117947",
          "FI2112345600000785",
          "IE29AIBK93115212345678",
          "LU280019400644750000",
          "CZ6508000000192000145399",
          "RO49AAAA1B31007593840000",
          "TR330006100519786457841326",
          "HU42117730161111101800000000",
          "GR1601101250000000012300695",
          "SK3112000000198742637541",
          "BG80BNBG96611020345678",
          "HR1210010051863000160",
          "SI56263300012039086",
          "LT121000011101001000",
          "LV80BANK0000435195001",
          "EE382200221020145685",
          "IS140159260076545510730339");

  /** Published example identity numbers that no digit count gives away. */
  private static final Set<String> EXAMPLE_IDS =
      Set.of("RSSMRA80A01H501U", "010101-123N", "131052-308T", "12345678Z", "X1234567L");

  /** A published example, or digits of at most three kinds ("19121212-1212", "000.000.000-00"). */
  private static boolean exampleId(String value) {
    String digits = Checksums.digits(value);
    return EXAMPLE_IDS.contains(value.toUpperCase(Locale.ROOT))
        || (digits.length() >= 8 && kindsOfDigits(digits) <= 3);
  }

  /** Placeholder names that forms and documentation use for "some person", lower-cased. */
  private static final Set<String> PLACEHOLDER_NAMES =
      Set.of(
          "john doe",
          "jane doe",
          "richard roe",
          "jane roe",
          "joe bloggs",
          "jane bloggs",
          "john q. public",
          "max mustermann",
          "erika mustermann",
          "max muster",
          "hans muster",
          "fulano de tal",
          "erika musterfrau",
          "mengano pérez",
          "piet puk",
          "tolvan tolvansson",
          "ola nordmann",
          "kari nordmann",
          "jan modaal",
          "matti meikäläinen",
          "maija meikäläinen");

  /**
   * Names that documentation uses for "some person" and real people bear too, lower-cased: an
   * example only right beside a cue or on a line with an example address ({@link #besideACue}).
   */
  private static final Set<String> COMMON_PLACEHOLDER_NAMES =
      Set.of(
          "john smith",
          "jane smith",
          "jan kowalski",
          "anna kowalska",
          "jan jansen",
          "piet jansen",
          "mario rossi",
          "maria rossi",
          "jean dupont",
          "marie dupont",
          "juan pérez",
          "juan perez",
          "joão da silva",
          "josé da silva",
          "jan novák",
          "jan novak",
          "ion popescu",
          "ivan ivanov",
          "иван иванов",
          "sven svensson",
          "hans hansen",
          "jens jensen",
          "ahmet yılmaz",
          "kovács jános");

  /** How far before a common name its cue may stand ("bijvoorbeeld Jan Jansen"). */
  private static final int BESIDE = 25;

  /**
   * Whether a cue stands right before the name or in brackets right after it ("Ion Popescu
   * (exemplu)"), or an address at an example domain is on its line ("Jean Dupont",
   * "jean.dupont@example.com").
   */
  static boolean besideACue(String text, int start, int end) {
    // The line around the name, at most LINE_WINDOW characters each side.
    int ls = Math.max(0, start - LINE_WINDOW);
    for (int i = start - 1; i >= ls; i--) {
      if (text.charAt(i) == '\n') {
        ls = i + 1;
        break;
      }
    }
    int le = Math.min(text.length(), end + LINE_WINDOW);
    for (int i = end; i < le; i++) {
      if (text.charAt(i) == '\n') {
        le = i;
        break;
      }
    }
    if (cueIn(text.substring(Math.max(ls, start - BESIDE), start).toLowerCase(Locale.ROOT))) {
      return true;
    }
    int open =
        start >= 2 && text.charAt(start - 1) == '('
            ? start - 1
            : start >= 3 && text.charAt(start - 2) == '(' ? start - 2 : -1;
    int bracket =
        open >= Math.max(ls, start - 2)
            ? open
            : end + 1 < le && text.startsWith(" (", end) ? end + 1 : -1;
    if (bracket >= 0) {
      int close = TableColumns.indexIn(text, ')', bracket, Math.min(text.length(), le + 1));
      if (close > 0
          && close <= le
          && close - bracket <= 60
          && cueIn(text.substring(Math.max(bracket, end), close).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    for (int at = TableColumns.indexIn(text, '@', ls, le);
        at >= 0;
        at = TableColumns.indexIn(text, '@', at + 1, le)) {
      int de = at + 1;
      while (de < le
          && (Character.isLetterOrDigit(text.charAt(de))
              || text.charAt(de) == '.'
              || text.charAt(de) == '-')) {
        de++;
      }
      if (de > at + 1 && exampleDomain(text.substring(at, de).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that present values as examples, lower-cased; each matches at the start of a word
   * ("examples", "Testmodus"), never inside an address or a domain ("ana@example.com").
   */
  private static final String[] CUES = {
    "example",
    "for instance",
    "e.g.",
    "placeholder",
    "dummy",
    "fictitious",
    "fictional",
    "sandbox",
    "test card",
    "test number",
    "test mode",
    "test-net",
    "documentation",
    "reserved for",
    "rfc 5737",
    "rfc 3849",
    "rfc 7042",
    "rfc 2606",
    "rfc 6761",
    "beispiel",
    "bsp.",
    "z. b.",
    "z.b.",
    "platzhalter",
    "fiktiv",
    "testkarte",
    "testnummer",
    "testmodus",
    "dokumentation",
    "exemple",
    "fictif",
    "carte de test",
    "mode test",
    "ejemplo",
    "ficticio",
    "tarjeta de prueba",
    "modo de prueba",
    "documentación",
    "esempio",
    "fittizi",
    "carta di test",
    "documentazione",
    "voorbeeld",
    "bijvoorbeeld",
    "fictief",
    "testkaart",
    "documentatie",
    "przykład",
    "fikcyjn",
    "karta testowa",
    "exemplo",
    "fictício",
    "cartão de teste",
    "örnek",
    "esimerkki",
    "exempel",
    "eksempel",
    "test",
    "homologação",
    "probar",
    "esempi",
    "vzor",
    "exemplu",
    "fictiv",
    "keksitty"
  };

  private final Recognizer delegate;

  public ExampleValues(Recognizer delegate) {
    this.delegate = delegate;
  }

  @Override
  public Set<PiiType> types() {
    return delegate.types();
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public void find(String text, List<Finding> out) {
    int from = out.size();
    delegate.find(text, out);
    for (int i = out.size() - 1; i >= from; i--) {
      Finding f = out.get(i);
      String value = text.substring(f.start(), f.end());
      if ((reserved(f.type(), value) && shownAsExample(text, f.start(), f.end()))
          || (f.type() == PiiType.PERSON
              && value.length() <= 24
              && COMMON_PLACEHOLDER_NAMES.contains(squeezed(value, " ").toLowerCase(Locale.ROOT))
              && besideACue(text, f.start(), f.end()))) {
        out.remove(i);
      }
    }
  }

  /** Whether a value of the type is one of those reserved for examples and tests. */
  static boolean reserved(PiiType type, String value) {
    return switch (type) {
      case CREDIT_CARD -> testCard(Checksums.digits(value));
      case IP_ADDRESS -> documentationAddress(value.toLowerCase(Locale.ROOT));
      case MAC_ADDRESS -> documentationMac(value);
      case EMAIL -> exampleDomain(value.toLowerCase(Locale.ROOT));
      case PHONE -> fictionalPhone(Checksums.digits(value));
      case IBAN -> EXAMPLE_IBANS.contains(squeezed(value, "").toUpperCase(Locale.ROOT));
      case PASSPORT_OR_ID -> exampleId(value);
      case PERSON ->
          value.length() <= 24
              && PLACEHOLDER_NAMES.contains(squeezed(value, " ").toLowerCase(Locale.ROOT));
      default -> false;
    };
  }

  /** A published test number, or one of at most three distinct digits as test numbers are. */
  private static boolean testCard(String digits) {
    return TEST_CARDS.contains(digits) || kindsOfDigits(digits) <= 3;
  }

  private static int kindsOfDigits(String digits) {
    int seen = 0;
    for (int i = 0; i < digits.length(); i++) {
      seen |= 1 << (digits.charAt(i) - '0');
    }
    return Integer.bitCount(seen);
  }

  /** The value with each run of white space replaced by {@code by}, trimmed. */
  private static String squeezed(String value, String by) {
    StringBuilder b = new StringBuilder(value.length());
    boolean space = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(by);
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean documentationAddress(String v) {
    return v.startsWith("192.0.2.")
        || v.startsWith("198.51.100.")
        || v.startsWith("203.0.113.")
        || v.startsWith("2001:db8:")
        || v.startsWith("2001:0db8:");
  }

  /** RFC 7042's documentation blocks: 00-00-5E-00-53-xx and 01-00-5E-90-10-xx. */
  private static boolean documentationMac(String v) {
    StringBuilder b = new StringBuilder(12);
    for (int i = 0; i < v.length(); i++) {
      char c = Character.toLowerCase(v.charAt(i));
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
        b.append(c);
      }
    }
    String hex = b.toString();
    return hex.startsWith("00005e0053") || hex.startsWith("01005e9010");
  }

  /** RFC 2606 and RFC 6761 names: example.com, .net, .org, *.example, .test, .invalid. */
  private static boolean exampleDomain(String email) {
    String domain = email.substring(email.lastIndexOf('@') + 1);
    for (String label : domain.split("\\.")) {
      if (label.equals("example")) {
        return true;
      }
    }
    return domain.endsWith(".test") || domain.endsWith(".invalid") || domain.endsWith(".localhost");
  }

  /**
   * Numbers for fiction and examples: digits of at most three kinds, North American 555-0100 to
   * 555-0199 (with or without an area code), the United Kingdom's Ofcom drama ranges 07700 900xxx
   * and 020 7946 0xxx.
   */
  private static boolean fictionalPhone(String digits) {
    if (kindsOfDigits(digits) <= 3) {
      return true; // "+1 555 555 5555", "010101-0000"
    }
    String national = digits;
    if (national.startsWith("1") && (national.length() == 11 || national.length() == 8)) {
      national = national.substring(1);
    }
    if ((national.length() == 10 && national.charAt(0) >= '2' && national.startsWith("55501", 3))
        || (national.length() == 7 && national.startsWith("55501"))) {
      return true; // not "030 5550123", a Berlin number
    }
    String uk = digits.startsWith("44") ? "0" + digits.substring(2) : digits;
    return uk.length() == 11 && (uk.startsWith("07700900") || uk.startsWith("02079460"));
  }

  /**
   * Whether a cue stands earlier in the value's paragraph (up to a blank line, at most {@link
   * #PARAGRAPH_WINDOW} chars back) or later on the value's line.
   */
  static boolean shownAsExample(String text, int start, int end) {
    int from = Math.max(0, start - PARAGRAPH_WINDOW);
    int blank = lastIn(text, "\n\n", from, start);
    if (blank >= 0) {
      int paragraph = blank + 2;
      if (tableStart(text, paragraph)) {
        // A table: the paragraph before it introduces it ("Use these card numbers in test mode").
        int before = lastIn(text, "\n\n", from, blank);
        paragraph = before < 0 ? from : before + 2;
      }
      from = Math.max(from, paragraph);
    }
    int fence = lastIn(text, "```", from, start);
    if (fence >= 0) {
      from = fence + 3; // a code block holds data: the prose above it does not speak for it
    }
    int to = Math.min(text.length(), end + LINE_WINDOW);
    for (int i = end; i < to; i++) {
      if (text.charAt(i) == '\n') {
        to = i;
      }
    }
    return cueIn(text.substring(from, start).toLowerCase(Locale.ROOT))
        || cueIn(text.substring(end, to).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a table starts at {@code p}: a pipe table, or a header laid out in columns with a tab
   * or a run of spaces between its words (" Card Number Behaviour").
   */
  private static boolean tableStart(String text, int p) {
    if (p >= text.length()) {
      return false;
    }
    if (text.charAt(p) == '|') {
      return true;
    }
    int le = text.indexOf('\n', p);
    if (le < 0 || le - p > 200) {
      return false;
    }
    int s = p;
    while (s < le && text.charAt(s) == ' ') {
      s++;
    }
    String line = text.substring(s, le);
    return line.indexOf('\t') > 0 || line.trim().contains("   ");
  }

  /** The last start of {@code s} in [from, to), or -1: a bounded {@code lastIndexOf}. */
  private static int lastIn(String text, String s, int from, int to) {
    for (int j = to - s.length(); j >= from; j--) {
      if (text.startsWith(s, j)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean cueIn(String lower) {
    for (String cue : CUES) {
      int i = lower.indexOf(cue);
      while (i >= 0) {
        if (wordStart(lower, i)
            && !partOfAnAddress(lower, i + cue.length())
            && !pathOrStreet(lower, i + cue.length())
            && (!cue.equals("test") || testWord(lower, i + cue.length()))) {
          return true;
        }
        i = lower.indexOf(cue, i + 1);
      }
    }
    return false;
  }

  /** Not inside a word, an address or a domain. */
  private static boolean wordStart(String lower, int i) {
    if (i == 0) {
      return true;
    }
    char c = lower.charAt(i - 1);
    return !Character.isLetterOrDigit(c) && c != '@' && c != '.' && c != '_' && c != '-';
  }

  /**
   * "test" as a word of prose ("test mode", "Testdaten", "de test:"), not of code: a fixture's name
   * ({@code test_user}), a call ({@code test('...')}) or "(Visa test)" after a card, where the data
   * may be real.
   */
  private static boolean testWord(String lower, int after) {
    if (after >= lower.length()) {
      return false;
    }
    char c = lower.charAt(after);
    if (Character.isLetter(c)) {
      // A compound of test data ("Testdaten", "testomgeving", "testing"), not "testimony",
      // "testament", "tested", "Testergebnis".
      for (String not : NOT_TEST_DATA) {
        if (lower.startsWith(not, after)) {
          return false;
        }
      }
      return true;
    }
    for (String phrase : TEST_PHRASES) {
      if (lower.startsWith(phrase, after)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] NOT_TEST_DATA = {"imon", "ament", "ed", "ergebnis", "er", "ify"};

  /** What follows a separate "test": "test mode", "test data", "de test:", "test için". */
  private static final String[] TEST_PHRASES = {
    " mode",
    " card",
    " data",
    " number",
    " environment",
    " account",
    " server",
    ":",
    "\n",
    " için",
    " kartı",
    " ortamı"
  };

  /** Endings of the names of streets: "Voorbeeldstraat 1", "Musterstraße 12" are addresses. */
  private static final String[] STREETS = {
    "straat", "straße", "strasse", "weg", "laan", "gasse", "gatan", "vej", "veien", "street",
    "road", "lane", "allee", "plein", "platz", "utca", "ulica", "sokak"
  };

  /**
   * The word the cue opens names a file, a setting or a call ({@code tests/fixtures}, {@code
   * test_data=}) or a street: no cue.
   */
  private static boolean pathOrStreet(String lower, int after) {
    int j = after;
    while (j < lower.length() && Character.isLetter(lower.charAt(j))) {
      j++;
    }
    if (j < lower.length() && "/\\_=(".indexOf(lower.charAt(j)) >= 0) {
      return true;
    }
    for (String street : STREETS) {
      if (j - after >= street.length() - 1 && lower.startsWith(street, j - street.length())) {
        return true;
      }
    }
    return false;
  }

  /** "example.com", "example@": the cue is a name in an address, not a word of the text. */
  private static boolean partOfAnAddress(String lower, int after) {
    int j = after;
    while (j < lower.length() && Character.isLetterOrDigit(lower.charAt(j))) {
      j++;
    }
    if (j >= lower.length()) {
      return false;
    }
    char c = lower.charAt(j);
    return c == '@'
        || (c == '.' && j + 1 < lower.length() && Character.isLetterOrDigit(lower.charAt(j + 1)));
  }
}
