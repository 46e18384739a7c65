package dev.indexer.pii.recognizers;

import java.util.Locale;

/**
 * Where a dotted number of four parts is a version, not an IPv4 address: a changelog or markdown
 * heading that starts with it ("## 2.14.3.1 - 2024-05-02"), a setting or call whose name ends in
 * "version" ({@code AssemblyVersion("4.2.0.17")}, {@code version="6.0.0.0"}), or the tag of a
 * container image ({@code registry/team/api:1.24.3.7}), a product token ({@code Chrome/120.0.0.0}),
 * a qualifier glued after it ({@code 17.0.9.1-jre}), a "v" version of the same product in the text,
 * or four single-digit parts without a network word before them (section 3.2.1.4).
 */
final class VersionCues {

  private VersionCues() {}

  static boolean versionAt(String text, int start, int end) {
    return headingStart(text, start)
        || afterVersionName(text, start)
        || productToken(text, start)
        || imageTag(text, start)
        || qualifierAfter(text, end)
        || siblingOfVersion(text, start)
        || singleDigitParts(text, start, end);
  }

  /** A product token of a user agent or a server header: "Chrome/120.0.0.0", "nginx/1.25.3.1". */
  private static boolean productToken(String text, int start) {
    return start >= 2
        && text.charAt(start - 1) == '/'
        && Character.isLetter(text.charAt(start - 2));
  }

  /** A release qualifier glued after it: "17.0.9.1-jre", "2.3.4.5-SNAPSHOT". */
  private static boolean qualifierAfter(String text, int end) {
    return end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isLetter(text.charAt(end + 1));
  }

  /** How far apart two releases of one product are looked for, so the search stays bounded. */
  private static final int NEARBY = 400;

  /**
   * A version that starts with the same two parts and a "v" stands nearby ("v10.4.22.7 released;
   * see 10.4.22.6"): the numbers are releases of one product.
   */
  private static boolean siblingOfVersion(String text, int start) {
    int dot = text.indexOf('.', start);
    int dot2 = dot < 0 ? -1 : text.indexOf('.', dot + 1);
    if (dot2 < 0) {
      return false;
    }
    String prefix = text.substring(start, dot2 + 1);
    int from = Math.max(1, start - NEARBY);
    int to = Math.min(text.length(), start + NEARBY);
    for (int i = Scan.indexOf(text, prefix, from, to);
        i >= 0;
        i = Scan.indexOf(text, prefix, i + 1, to)) {
      if (text.charAt(i - 1) == 'v' || text.charAt(i - 1) == 'V') {
        return true;
      }
    }
    return false;
  }

  private static final String[] NETWORK_WORDS = {
    "ip",
    "host",
    "server",
    "dns",
    "gateway",
    "route",
    "ping",
    "addr",
    "subnet",
    "nameserver",
    "resolver",
    "client",
    "peer",
    "from",
    "inet"
  };

  /**
   * Four single-digit parts ("3.2.1.4") number sections and steps far more often than hosts, unless
   * a network word stands before them.
   */
  private static boolean singleDigitParts(String text, int start, int end) {
    if (end - start != 7) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
    for (String w : NETWORK_WORDS) {
      if (before.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Only '#', '=', '[', 'v' and spaces between the line start and the number. */
  private static boolean headingStart(String text, int start) {
    int i = start - 1;
    boolean hash = false;
    while (i >= 0 && start - i <= 12 && text.charAt(i) != '\n') {
      char c = text.charAt(i);
      if (c == '#' || c == '=') {
        hash = true;
      } else if (c != ' ' && c != '[' && c != 'v' && c != 'V') {
        return false;
      }
      i--;
    }
    return hash && (i < 0 || text.charAt(i) == '\n');
  }

  /** A name ending in "version" just before, across {@code ("}, {@code ="}, {@code : "}. */
  private static boolean afterVersionName(String text, int start) {
    int i = start - 1;
    while (i >= 0 && start - i <= 4 && "\"'(=: ".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    int e = i + 1;
    while (i >= 0 && e - i <= 40 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return e - (i + 1) >= 7
        && e < start
        && text.substring(i + 1, e).toLowerCase(Locale.ROOT).endsWith("version");
  }

  /** ":" right after an image reference with a slash and no space. */
  private static boolean imageTag(String text, int start) {
    if (start < 2 || text.charAt(start - 1) != ':') {
      return false;
    }
    for (int i = start - 2; i >= 0 && start - i < 120; i--) {
      char c = text.charAt(i);
      if (c == '/') {
        return true;
      }
      if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '=') {
        return false;
      }
    }
    return false;
  }
}
