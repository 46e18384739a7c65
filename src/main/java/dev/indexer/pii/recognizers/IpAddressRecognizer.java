package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.InetAddressValidator;

/**
 * IPv4 and IPv6 addresses, with a CIDR prefix length inside the span and a port outside it. Dotted
 * numbers with more than four parts (OIDs), glued to letters ({@code v1.2.3.4}) or introduced as a
 * version or build number are not addresses.
 */
public final class IpAddressRecognizer implements Recognizer {

  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern V4 =
      Pattern.compile(
          "(?<![0-9A-Za-z.])"
              + OCTET
              + "(?:\\."
              + OCTET
              + "){3}(?:/(?:3[0-2]|[12][0-9]|[0-9]))?(?![0-9A-Za-z]|\\.[0-9]|/[0-9])");
  private static final Pattern V6 =
      Pattern.compile("(?<![0-9A-Za-z:.])[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{2,44}");
  private static final Pattern V6_SUFFIX =
      Pattern.compile("(?:%[0-9A-Za-z]{1,15})?(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9]))?");
  private static final InetAddressValidator INET = InetAddressValidator.getInstance();

  /** Words that refer to a numbered section right before its number: "(see also 10.2.4.2)". */
  private static final String[] REFERENCES = {
    "see also ", "see ", "cf. ", "siehe ", "vgl. ", "voir aussi ", "voir ", "véase "
  };

  private static boolean sectionReference(String text, int start) {
    String before = Context.before(text, start, 12);
    for (String r : REFERENCES) {
      if (before.endsWith(r)) {
        int b = before.length() - r.length();
        return b == 0 || !Character.isLetter(before.charAt(b - 1));
      }
    }
    return false;
  }

  private static final String[] VERSION_CUES = {
    "version",
    "ver.",
    "ver ",
    "build",
    "release",
    "firmware",
    "v.",
    "section",
    "sect.",
    "chapter",
    "clause",
    "abschnitt",
    "kapitel",
    "sección",
    "apartado",
    "capítulo",
    "paragraphe",
    "artikel",
    "rozdział",
    "hoofdstuk",
    "paragraaf",
    "paragraf",
    "paragraph",
    "para.",
    "punkt",
    "pkt",
    "punto",
    "point",
    "artículo",
    "articolo",
    "artigo",
    "article",
    "art.",
    "cláusula",
    "clausola",
    "sezione",
    "seção",
    "secção",
    "avsnitt",
    "afsnit",
    "kohta",
    "madde",
    "bölüm",
    "item",
    "step",
    "fixed in",
    "upgrade",
    "update",
    "patch",
    "hotfix",
    "§"
  };

  /** Labels of numbered tables and figures, right before the number: "Table 10.3.2.4". */
  private static final java.util.Set<String> NUMBERED =
      java.util.Set.of(
          "table",
          "tabelle",
          "tableau",
          "tabla",
          "tabella",
          "tabel",
          "tabela",
          "figure",
          "fig.",
          "abbildung",
          "abb.",
          "figura",
          "appendix",
          "annex",
          "anhang",
          "anexo");

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.IP_ADDRESS);
  }

  @Override
  public void find(String text, List<Finding> out) {
    if (text.indexOf('.') >= 0) {
      Matcher m = Scan.matcher(V4, text);
      int n = text.length();
      for (int p = Scan.nextDigitRunStart(text, 0);
          p >= 0;
          p = Scan.nextDigitRunStart(text, p + 1)) {
        int q = p;
        while (q < n && q - p < 3 && Scan.isDigit(text.charAt(q))) {
          q++;
        }
        if (q >= n || text.charAt(q) != '.' || !Scan.at(m, p, 20, n)) {
          continue;
        }
        if (!Context.anyWordBefore(text, m.start(), 16, VERSION_CUES)
            && !sectionReference(text, m.start())
            && !VersionCues.versionAt(text, m.start(), m.end())
            && !loopbackOrUnspecified(text, m.start(), m.end())
            && !maskOrNetwork(text.substring(m.start(), m.end()))
            && !numberedBefore(text, m.start())) {
          out.add(new Finding(PiiType.IP_ADDRESS, m.start(), m.end()));
        }
        p = m.end() - 1;
      }
    }
    if (text.indexOf(':') >= 0) {
      findV6(text, out);
    }
  }

  /** 127.x.x.x and 0.0.0.0 name this machine or any address, never a person's: not reported. */
  private static boolean loopbackOrUnspecified(String text, int s, int e) {
    String v = text.substring(s, e);
    return (v.startsWith("127.") && v.indexOf('/') < 0) || v.equals("0.0.0.0");
  }

  /** The word right before the number, one space apart, labels a table or a figure. */
  private static boolean numberedBefore(String text, int start) {
    if (start < 2 || text.charAt(start - 1) != ' ') {
      return false;
    }
    int b = start - 1;
    while (b > 0 && start - b < 12 && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return NUMBERED.contains(text.substring(b, start - 1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A netmask ("255.255.255.0"), a wildcard mask ("0.0.0.255") or a network range whose host part
   * is zero ("10.0.0.0/8") names no host: only an address with its prefix ("10.20.30.40/24") does.
   */
  static boolean maskOrNetwork(String v) {
    int slash = v.indexOf('/');
    String[] parts = (slash < 0 ? v : v.substring(0, slash)).split("\\.");
    long bits = 0;
    for (String part : parts) {
      bits = bits << 8 | Integer.parseInt(part);
    }
    if (slash >= 0) {
      int prefix = Integer.parseInt(v.substring(slash + 1));
      long host = prefix >= 32 ? 0 : (1L << (32 - prefix)) - 1;
      return prefix < 32 && (bits & host) == 0;
    }
    long inverted = ~bits & 0xFFFFFFFFL;
    boolean netmask = bits >>> 24 == 255 && ((inverted + 1) & inverted) == 0;
    boolean wildcard = bits >>> 24 == 0 && ((bits + 1) & bits) == 0;
    return netmask || wildcard;
  }

  private static void findV6(String text, List<Finding> out) {
    Matcher m = Scan.matcher(V6, text);
    Matcher suffix = Scan.matcher(V6_SUFFIX, text);
    int n = text.length();
    int from = 0;
    for (int colon = text.indexOf(':');
        colon >= 0;
        colon = text.indexOf(':', Math.max(colon + 1, from))) {
      int s = colon;
      while (s > 0 && colon - s < 4 && Scan.isHex(text.charAt(s - 1))) {
        s--;
      }
      if (s < from || !Scan.at(m, s, 60, n)) {
        continue;
      }
      int start = m.start();
      int end = m.end();
      from = end;
      while (end > start && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '.')) {
        // A trailing colon is punctuation or a port separator, unless it closes a "::".
        if (text.charAt(end - 1) == ':' && end - 2 > start && text.charAt(end - 2) == ':') {
          break;
        }
        end--;
      }
      String candidate = text.substring(start, end);
      if (!plausibleV6(candidate) || !INET.isValidInet6Address(candidate)) {
        continue;
      }
      if (Scan.at(suffix, end, 24, n) && suffix.end() > end) {
        end = suffix.end();
      }
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      out.add(new Finding(PiiType.IP_ADDRESS, start, end));
    }
  }

  private static boolean plausibleV6(String s) {
    int colons = 0;
    int hex = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        colons++;
      } else if (Character.digit(c, 16) >= 0) {
        hex++;
      }
    }
    boolean compressed = s.contains("::");
    if (compressed) {
      // "T>::add", "Foo::face": a code path with one hex-looking word, not an address.
      boolean digit = false;
      for (int i = 0; i < s.length(); i++) {
        digit |= Character.isDigit(s.charAt(i));
      }
      return (hex >= 3 && (digit || colons >= 3)) || s.equals("::1");
    }
    return colons >= 7 || (colons >= 6 && s.indexOf('.') > 0);
  }
}
