package dev.indexer.pii.recognizers;

import java.util.Locale;

/**
 * Where a dotted number of four parts is a version, not an IPv4 address: a changelog or markdown
 * heading that starts with it ("## 2.14.3.1 - 2024-05-02"), a setting or call whose name ends in
 * "version" ({@code AssemblyVersion("4.2.0.17")}, {@code version="6.0.0.0"}), or the tag of a
 * container image ({@code registry/team/api:1.24.3.7}).
 */
final class VersionCues {

  private VersionCues() {}

  static boolean versionAt(String text, int start) {
    return headingStart(text, start) || afterVersionName(text, start) || imageTag(text, start);
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
