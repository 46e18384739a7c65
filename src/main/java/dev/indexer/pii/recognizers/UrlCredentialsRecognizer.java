package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs whose userinfo holds a password ({@code scheme://user:password@host/...}) or a token ({@code
 * https://ghp_...@github.com}): the whole URL is reported, since host, path and query of such a URL
 * are as sensitive as the secret. A user name alone ({@code ssh://git@host}) is not.
 */
public final class UrlCredentialsRecognizer implements Recognizer {

  // scheme :// userinfo @ ; the userinfo may not hold '/', whitespace or quotes; bounded lengths.
  private static final Pattern URL =
      Pattern.compile("(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,24}://([^\\s/@\"'<>`]{1,256})@");

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.URL_WITH_CREDENTIALS);
  }

  @Override
  public void find(String text, List<Finding> out) {
    if (!text.contains("://")) {
      return;
    }
    Matcher m = URL.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String userinfo = m.group(1);
      int end = m.end();
      from = end;
      if (!holdsSecret(userinfo)) {
        continue;
      }
      while (end < text.length() && !terminates(text.charAt(end))) {
        end++;
      }
      while (end > m.end() && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      out.add(new Finding(PiiType.URL_WITH_CREDENTIALS, m.start(), end));
      from = Math.max(end, m.end());
    }
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

  static boolean holdsSecret(String userinfo) {
    int colon = userinfo.indexOf(':');
    if (colon >= 0) {
      String password = userinfo.substring(colon + 1);
      return !password.isEmpty()
          && !password.equals("*")
          && !password.matches("\\$\\{[^}]*}|\\*+|x+|<[^>]*>");
    }
    // No password: a token used as user name (GitHub, GitLab, npm tokens, long random strings).
    return SecretTokens.knownTokenPrefix(userinfo)
        || (userinfo.length() >= 20 && Checksums.entropy(userinfo) >= 3.5);
  }
}
