package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The credentials in Authorization and Bearer headers and the values of API-key headers. */
final class SecretHeaders {

  /** After "authorization": the scheme and the credentials. */
  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "(?i)[\"']?\\s{0,4}[:=]\\s{0,4}[\"']?(?:(?:bearer|basic|token|bot|digest|apikey|sso-key)\\s{1,4}([A-Za-z0-9._~+/:=-]{8,4096})"
              // a scheme of another vendor ("AccessKey", "App", "SSWS"): a longer token only
              + "|[A-Za-z][A-Za-z-]{1,20}\\s{1,4}([A-Za-z0-9._~+=-]{20,4096}))");

  /** After "bearer". */
  private static final Pattern BEARER = Pattern.compile("\\s{1,4}([A-Za-z0-9._~+/-]{16,4096}=*)");

  /** After an API-key header name. */
  private static final Pattern KEY_HEADER =
      Pattern.compile("[\"']?\\s{0,4}[:=]\\s{0,4}[\"']?([A-Za-z0-9._~+/=-]{8,4096})");

  private static final String[] KEY_HEADERS = {
    "x-api-key",
    "api-key",
    "x-auth-token",
    "x-access-token",
    "private-token",
    "x-goog-api-key",
    "ocp-apim-subscription-key",
    "x-functions-key"
  };

  private SecretHeaders() {}

  /** Whether a credential of another scheme mixes digits with letters, as tokens do. */
  private static boolean tokenLike(String value) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < value.length(); i++) {
      digit |= Character.isDigit(value.charAt(i));
      letter |= Character.isLetter(value.charAt(i));
    }
    return digit && letter;
  }

  /** "authorization", "bearer", then the key headers: the order in which they are read. */
  static final String[] NAMES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("authorization", "bearer"),
              java.util.Arrays.stream(KEY_HEADERS))
          .toArray(String[]::new);

  static void findHeaders(String text, String lower, List<Finding> out) {
    Matcher authorization = Scan.matcher(AUTHORIZATION, text);
    Matcher bearer = Scan.matcher(BEARER, text);
    Matcher keyHeader = Scan.matcher(KEY_HEADER, text);
    for (int k = 0; k < NAMES.length; k++) {
      Matcher m = k == 0 ? authorization : k == 1 ? bearer : keyHeader;
      headerValues(text, NAMES[k], CueWords.positions(lower, CueWords.Kind.HEADER, k), m, out);
    }
  }

  private static void headerValues(
      String text, String name, int[] positions, Matcher m, List<Finding> out) {
    for (int i : positions) {
      if (Scan.wordStart(text, i) && Scan.at(m, i + name.length(), 4200, text.length())) {
        int g = m.groupCount() > 1 && m.group(1) == null ? 2 : 1;
        if (!SecretValues.placeholder(m.group(g)) && (g == 1 || tokenLike(m.group(g)))) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, m.start(g), m.end(g), 0.95));
        }
      }
    }
  }
}
