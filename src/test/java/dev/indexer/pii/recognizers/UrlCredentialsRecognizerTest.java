package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlCredentialsRecognizerTest {

  private final UrlCredentialsRecognizer r = new UrlCredentialsRecognizer();

  @Test
  void reportsTheWholeUrl() {
    assertThat(
            Spans.of(
                r, "DATABASE_URL=postgres://app:s3cr3t!@db.internal:5432/prod?sslmode=require."))
        .containsExactly("postgres://app:s3cr3t!@db.internal:5432/prod?sslmode=require");
    assertThat(
            Spans.of(
                r, "git clone https://ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789@github.com/o/r.git"))
        .containsExactly("https://ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789@github.com/o/r.git");
  }

  @Test
  void ignoresUserNamesAndPlaceholders() {
    assertThat(
            Spans.of(
                r,
                "ssh://git@github.com/o/r https://user:${PASSWORD}@host/ http://example.com/a@b"))
        .isEmpty();
  }

  /**
   * The scan over "://" finds what the pattern it replaced found, on random texts made of the
   * characters that matter (scheme characters, separators, quotes, spaces, long runs).
   */
  @Test
  void findsWhatTheRegularExpressionFound() {
    java.util.regex.Pattern url =
        java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,24}://([^\\s/@\"'<>`]{1,256})@");
    String[] pieces = {
      "https",
      "://",
      "@",
      ":",
      "u",
      "p4ss",
      "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
      "x",
      "/",
      " ",
      "\"",
      "a.b",
      "+",
      "-",
      "1",
      "host",
      "<",
      "`",
      "\n",
      "s3cr3t",
      "*",
      "${P}"
    };
    java.util.Random random = new java.util.Random(7);
    UrlCredentialsRecognizer recognizer = new UrlCredentialsRecognizer();
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      if (random.nextBoolean()) {
        // The shape of a URL with credentials, then pieces put in at random places.
        b.append(pieces[random.nextInt(pieces.length)])
            .append("https://user:")
            .append(pieces[random.nextInt(pieces.length)])
            .append("@host/path ")
            .append(pieces[random.nextInt(pieces.length)]);
      }
      int parts = random.nextInt(6);
      for (int i = 0; i < parts; i++) {
        String piece = pieces[random.nextInt(pieces.length)];
        b.insert(
            random.nextInt(b.length() + 1), random.nextInt(40) == 0 ? piece.repeat(30) : piece);
      }
      String text = b.toString();
      List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = url.matcher(text);
      int from = 0;
      while (from < text.length() && m.find(from)) {
        int end = m.end();
        from = end;
        if (!UrlCredentialsRecognizer.holdsSecret(m.group(1))) {
          continue;
        }
        while (end < text.length() && " \t\n\u000B\f\r\"'<>`|".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        while (end > m.end() && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
        expected.add(text.substring(m.start(), end));
        from = Math.max(end, m.end());
      }
      assertThat(Spans.of(recognizer, text)).as(text).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).as("URLs with credentials among the random texts").isGreaterThan(100);
  }
}
