package dev.indexer.pii.recognizers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.indexer.pii.Finding;
import dev.indexer.pii.PiiType;
import dev.indexer.pii.Recognizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, international ({@code +44 20 7946 0958}, {@code 0049 30 901820}) or national
 * in any of the configured regions, with any separators. Candidates come from a linear scan;
 * libphonenumber decides. International numbers count when libphonenumber calls them possible
 * (a possible but unassigned number is still someone's number, or will be); national numbers
 * count when valid for a region and either written like a phone number (separators,
 * parentheses) or next to a phone cue; bare digit strings next to an order, invoice or similar
 * cue do not.
 */
public final class PhoneRecognizer implements Recognizer {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern CANDIDATE =
      Pattern.compile("(?:(?<![\\p{L}\\p{N}_+@/.,-])|(?<=,)(?=\\+))(?:\\+|00)?(?:\\(0\\)|\\([0-9]{1,5}\\)[ \u00A0]?)?[0-9][0-9 \u00A0().\\-/]{3,24}[0-9]"
          + "(?![\\p{L}\\p{N}_@]|[.:/-][0-9]|,[0-9]{1,3}(?![0-9]))");
  private static final Pattern DATE_OR_IP =
      Pattern.compile(
          "[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}|[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?:/[0-9]{1,3})?"
              + "|[0-9]+[.,][0-9]+|[0-9]{1,6}(?:\\.[0-9]{1,6}){4,}"
              + "|[0-9]{1,2}[.:][0-9]{2}\\s?-\\s?[0-9]{1,2}[.:][0-9]{2}|[0-9]{4}\\s?-\\s?[0-9]{4}");
  /** "01.42.68.53.00": five pairs of digits, the first a French trunk prefix; not a version number. */
  private static final Pattern FRENCH_DOTTED = Pattern.compile("0[1-9](?:\\.[0-9]{2}){4}");
  private static final String[] CUES = {
    "phone", "tel", "mobile", "mob.", "mob:", "cell", "fax", "call", "ring", "sms", "text me", "whatsapp", "signal",
    "handy", "téléphone", "portable", "tél", "teléfono", "móvil", "movil", "telefono", "cellulare", "telefoon",
    "mobiel", "contact", "reach", "telefonnummer", "rufnummer", "appel", "anruf", "ruf ", "llam", "chiama",
    "hotline", "☎", "📞", "mobil", "phon", "telf", "celular", "bel ", "my number", "his number", "her number"
  };
  private static final String[] NOT_PHONE = {
    "order", "invoice", "ticket", "isbn", "sku", "ref", "tracking", "po ", "po#", "case", "serial", "version",
    "build", "account", "iban", "card", "bestell", "rechnung", "commande", "facture", "pedido", "factura",
    "ordine", "fattura", "id:", "id ", "#", "item", "part", "batch", "lot", "price", "total", "amount", "€", "$",
    "£", "qty", "ean", "upc", "kundennummer", "customer no", "ssn", "social security", "passport", "license"
  };

  private final List<String> regions;

  /** Regions whose national numbers (without a country code) are recognized, e.g. US, DE. */
  public PhoneRecognizer(List<String> regions) {
    this.regions = List.copyOf(regions);
  }

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.PHONE);
  }

  @Override
  public void find(String text, List<Finding> out) {
    if (!UsSsnRecognizer.containsDigit(text)) {
      return;
    }
    Matcher m = Scan.matcher(CANDIDATE, text);
    int n = text.length();
    int next = 0;
    // The same candidate string in one text gets one verdict (repetitive input stays cheap).
    Map<String, Boolean> verdicts = new HashMap<>();
    for (int p = Scan.nextDigitRunStart(text, 0); p >= 0; p = Scan.nextDigitRunStart(text, Math.max(p + 1, next))) {
      int s = p;
      if (s > 0 && (text.charAt(s - 1) == '+' || text.charAt(s - 1) == '(')) {
        s--;
      }
      if (s > 0 && text.charAt(s - 1) == '+') {
        s--;
      }
      if (!Scan.at(m, s, 40, n)) {
        continue;
      }
      int start = m.start();
      String candidate = m.group();
      int alternative = alternativeAt(candidate);
      if (alternative > 0) {
        candidate = candidate.substring(0, alternative); // the next number is a candidate of its own
      }
      int end = start + candidate.length();
      next = end;
      int digits = Checksums.digits(candidate).length();
      if (digits < 7 || digits > 17 || (DATE_OR_IP.matcher(candidate).matches() && !FRENCH_DOTTED.matcher(candidate).matches())
          || !groupedLikeAPhone(candidate)
          || !balanced(candidate)) {
        continue;
      }
      boolean cue = Context.anyWordBefore(text, start, 32, CUES);
      boolean notPhone = !cue && !candidate.startsWith("+") && Context.anyWordBefore(text, start, 32, NOT_PHONE);
      if (notPhone) {
        continue;
      }
      Boolean phone = verdicts.get((cue ? "1" : "0") + candidate);
      if (phone == null) {
        phone = isPhone(candidate, cue);
        if (verdicts.size() < 10_000) {
          verdicts.put((cue ? "1" : "0") + candidate, phone);
        }
      }
      if (phone) {
        out.add(new Finding(PiiType.PHONE, start, end, 0.8));
      }
    }
  }

  /**
   * Where " / " introduces a second, international number ("+49 30 1234567 / 0049 30 1234567"),
   * or -1. A slash before a national subscriber number ("030 / 901820") belongs to the number.
   */
  private static int alternativeAt(String candidate) {
    for (int i = candidate.indexOf(" / "); i > 0; i = candidate.indexOf(" / ", i + 1)) {
      if (candidate.startsWith("+", i + 3) || candidate.startsWith("00", i + 3)) {
        return i;
      }
    }
    return -1;
  }

  /** Parentheses in pairs: "(030) 1234" is a number, "44.80 (35.03" is two figures in a table. */
  private static boolean balanced(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** No run of one-digit groups ("1 2 3 4 5 6 7"): real numbers are grouped in twos to fives. */
  private static boolean groupedLikeAPhone(String s) {
    int groups = 0;
    int single = 0;
    int len = 0;
    for (int i = 0; i <= s.length(); i++) {
      boolean digit = i < s.length() && Scan.isDigit(s.charAt(i));
      if (digit) {
        len++;
      } else if (len > 0) {
        groups++;
        if (len == 1) {
          single++;
        }
        len = 0;
      }
    }
    return groups <= 7 && single <= 2;
  }

  private boolean isPhone(String candidate, boolean cue) {
    boolean international = candidate.startsWith("+") || candidate.startsWith("00");
    if (international) {
      String e164 = candidate.startsWith("00") ? "+" + candidate.substring(2) : candidate;
      PhoneNumber n = parse(e164, "ZZ");
      return n != null && (UTIL.isValidNumber(n) || UTIL.isPossibleNumber(n));
    }
    boolean formatted = formatted(candidate);
    if (!cue && !formatted) {
      return false;
    }
    String digits = Checksums.digits(candidate);
    for (String region : regions) {
      if (!trunkFits(region, digits)) {
        continue;
      }
      PhoneNumber n = parse(candidate, region);
      if (n == null) {
        continue;
      }
      if (UTIL.isValidNumberForRegion(n, region)) {
        if (cue || formatted) {
          return true;
        }
      } else if (cue && UTIL.isPossibleNumber(n) && formatted) {
        return true;
      }
    }
    return false;
  }

  /**
   * A national number starts with the region's trunk prefix (0 in most of Europe), or the region
   * has none, or it is a NANP region where the 1 is optional: other regions need not be tried.
   */
  private static boolean trunkFits(String region, String digits) {
    String ndd = NDD.computeIfAbsent(region, r -> {
      String p = UTIL.getNddPrefixForRegion(r, true);
      return p == null ? "" : p;
    });
    return ndd.isEmpty() || digits.startsWith(ndd) || UTIL.getCountryCodeForRegion(region) == 1;
  }

  private static final Map<String, String> NDD = new java.util.concurrent.ConcurrentHashMap<>();

  /** Separated like a phone number: groups of digits split by spaces, dashes, dots or a parenthesis. */
  private static boolean formatted(String s) {
    int seps = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-' || c == '.' || c == '(' || c == '/' || c == '\u00A0') {
        seps++;
      }
    }
    return seps >= 1;
  }

  private static PhoneNumber parse(String s, String region) {
    try {
      return UTIL.parse(s, region);
    } catch (NumberParseException | RuntimeException e) {
      return null;
    }
  }
}
