package dev.indexer.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.auth.AuthStartupCheck.JwtSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Authentication on (the default) with nothing to verify callers with stops the start. */
class AuthStartupCheckTest {

  static final Optional<String> SET = Optional.of("x");
  static final Optional<String> UNSET = Optional.empty();

  @Test
  void nothingConfiguredRefusesToStartAndNamesTheProperties() {
    assertThat(AuthStartupCheck.problems(true, new JwtSettings(UNSET, UNSET, UNSET, UNSET), false))
        .singleElement()
        .asString()
        .contains(
            "mp.jwt.verify.issuer",
            "mp.jwt.verify.publickey.location",
            "indexer.auth.api-keys-file",
            "indexer.auth.enabled=false");
  }

  @Test
  void bearerTokensNeedIssuerAudienceAndKeys() {
    assertThat(AuthStartupCheck.problems(true, new JwtSettings(SET, UNSET, UNSET, UNSET), true))
        .hasSize(2)
        .anyMatch(p -> p.startsWith("mp.jwt.verify.audiences"))
        .anyMatch(p -> p.startsWith("mp.jwt.verify.publickey.location"));
    assertThat(AuthStartupCheck.problems(true, new JwtSettings(UNSET, SET, SET, UNSET), false))
        .singleElement()
        .asString()
        .startsWith("mp.jwt.verify.issuer");
    assertThat(AuthStartupCheck.problems(true, new JwtSettings(SET, SET, SET, UNSET), false))
        .isEmpty();
    assertThat(AuthStartupCheck.problems(true, new JwtSettings(SET, SET, UNSET, SET), false))
        .isEmpty();
  }

  @Test
  void apiKeysAloneAreEnough() {
    assertThat(AuthStartupCheck.problems(true, new JwtSettings(UNSET, UNSET, UNSET, UNSET), true))
        .isEmpty();
  }

  @Test
  void turnedOffExplicitlyStarts() {
    assertThat(AuthStartupCheck.problems(false, new JwtSettings(UNSET, UNSET, UNSET, UNSET), false))
        .isEmpty();
  }
}
