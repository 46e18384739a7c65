package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

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
}
