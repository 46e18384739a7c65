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
          "(?i)[\"']?\\s{0,4}[:=]\\s{0,4}[\"']?(?:bearer|basic|token|bot|digest|apikey|sso-key)\\s{1,4}([A-Za-z0-9._~+/:=-]{8,4096})");

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

  static void findHeaders(String text, String lower, List<Finding> out) {
    headerValues(text, lower, "authorization", Scan.matcher(AUTHORIZATION, text), out);
    headerValues(text, lower, "bearer", Scan.matcher(BEARER, text), out);
    Matcher keyHeader = Scan.matcher(KEY_HEADER, text);
    for (String h : KEY_HEADERS) {
      headerValues(text, lower, h, keyHeader, out);
    }
  }

  private static void headerValues(
      String text, String lower, String name, Matcher m, List<Finding> out) {
    for (int i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
      if (Scan.wordStart(text, i) && Scan.at(m, i + name.length(), 4200, text.length())) {
        if (!SecretValues.placeholder(m.group(1))) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, m.start(1), m.end(1), 0.95));
        }
      }
    }
  }
}
