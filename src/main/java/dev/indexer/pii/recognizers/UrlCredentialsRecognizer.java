package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Set;

/**
 * URLs whose userinfo holds a password ({@code scheme://user:password@host/...}) or a token ({@code
 * https://ghp_...@github.com}): the whole URL is reported, since host, path and query of such a URL
 * are as sensitive as the secret. A user name alone ({@code ssh://git@host}) is not.
 */
public final class UrlCredentialsRecognizer implements Recognizer {

  /** Longest scheme and userinfo read; longer ones are not taken for a URL's. */
  private static final int MAX_SCHEME = 25;

  private static final int MAX_USERINFO = 256;

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.URL_WITH_CREDENTIALS);
  }

  /**
   * Each {@code ://} is read outwards: the scheme before it (a letter, then letters, digits, "+",
   * "." or "-", 2 to 25 in all, not part of a longer such run), the userinfo after it up to an
   * {@code @} (1 to 256 characters, none of them whitespace, "/", quotes or angle brackets).
   */
  @Override
  public void find(String text, List<Finding> out) {
    int n = text.length();
    int from = 0;
    for (int c = text.indexOf("://"); c >= 0; c = text.indexOf("://", Math.max(c + 3, from))) {
      int b = c;
      while (b > 0 && c - b <= MAX_SCHEME && schemeChar(text.charAt(b - 1))) {
        b--;
      }
      if (c - b < 2 || c - b > MAX_SCHEME || !isAsciiLetter(text.charAt(b))) {
        continue;
      }
      int u = c + 3;
      int at = u;
      while (at < n && at - u <= MAX_USERINFO && userinfoChar(text.charAt(at))) {
        at++;
      }
      if (at == u || at - u > MAX_USERINFO || at >= n || text.charAt(at) != '@') {
        continue;
      }
      String userinfo = text.substring(u, at);
      int matchEnd = at + 1;
      from = matchEnd;
      if (!holdsSecret(userinfo)) {
        continue;
      }
      int end = matchEnd;
      while (end < n && !terminates(text.charAt(end))) {
        end++;
      }
      while (end > matchEnd && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      out.add(new Finding(PiiType.URL_WITH_CREDENTIALS, b, end));
      from = Math.max(end, matchEnd);
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean schemeChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
  }

  private static boolean userinfoChar(char c) {
    return !Character.isWhitespace(c)
        && c != '/'
        && c != '@'
        && c != '"'
        && c != '\''
        && c != '<'
        && c != '>'
        && c != '`';
  }

  private static boolean terminates(char c) {
    return Character.isWhitespace(c)
        || c == '"'
        || c == '\''
        || c == '<'
        || c == '>'
        || c == '`'
        || c == '|';
  }

  /**
   * A template's, a mask's or a sample's password: "${DB_PASS}", "{password}", "%(pw)s", "<pass>",
   * "****", "xxxx", the word "password".
   */
  private static final java.util.regex.Pattern TEMPLATE_PASSWORD =
      java.util.regex.Pattern.compile(
          "\\$\\{[^}]*}|\\{[^}]*}|%\\([^)]*\\)s|<[^>]*>|\\*+|x+"
              + "|(?i:password|passwd|pass|pwd|changeme|change-me|placeholder)");

  static boolean holdsSecret(String userinfo) {
    int colon = userinfo.indexOf(':');
    if (colon >= 0) {
      String password = userinfo.substring(colon + 1);
      return !password.isEmpty() && !TEMPLATE_PASSWORD.matcher(password).matches();
    }
    // No password: a token used as user name (GitHub, GitLab, npm tokens, long random strings).
    return SecretTokens.knownTokenPrefix(userinfo)
        || (userinfo.length() >= 20 && Checksums.entropy(userinfo) >= 3.5);
  }
}
