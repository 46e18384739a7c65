package dev.indexer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  static final String KEY = "k-3a1f9e0c7b5d4e2a8c6b1d0f9e8a7c5b";

  @Test
  void findsAKeyByItsHashOnly() {
    ApiKeys keys =
        ApiKeys.parse(
            List.of(
                "# comment",
                "",
                "search-ui  acme  sha256:" + ApiKeys.sha256Hex(KEY),
                "ops - sha256:" + ApiKeys.sha256Hex("other") + " indexer-admin,audit"),
            "p");
    assertThat(keys.find(KEY))
        .contains(new ApiKeys.Entry("search-ui", Optional.of("acme"), Set.of()));
    assertThat(keys.find("other"))
        .contains(new ApiKeys.Entry("ops", Optional.empty(), Set.of("indexer-admin", "audit")));
    assertThat(keys.find(KEY + "x")).isEmpty();
    assertThat(keys.find(ApiKeys.sha256Hex(KEY))).as("the hash itself is no key").isEmpty();
  }

  @Test
  void sha256IsTheUsualHexDigest() {
    // printf %s abc | sha256sum
    assertThat(ApiKeys.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aMalformedLineFailsWithItsNumberAndWithoutItsContent() {
    assertThatThrownBy(
            () ->
                ApiKeys.parse(
                    List.of("ok acme sha256:" + ApiKeys.sha256Hex(KEY), "bad acme " + KEY),
                    "indexer.auth.api-keys-file"))
        .hasMessageContaining("indexer.auth.api-keys-file: line 2")
        .hasMessageNotContaining(KEY);
    assertThatThrownBy(
            () ->
                ApiKeys.parse(
                    List.of(
                        "a t sha256:" + ApiKeys.sha256Hex(KEY),
                        "b u sha256:" + ApiKeys.sha256Hex(KEY)),
                    "p"))
        .hasMessageContaining("line 2 repeats");
  }
}
