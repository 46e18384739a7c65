package dev.indexer.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.spi.PiiType;
import org.junit.jupiter.api.Test;

/** HMAC pseudonyms scoped to a tenant: the same address in two tenants, two pseudonyms. */
class PerTenantPseudonymsTest {

  static final String KEY = "0123456789abcdef-test-key";
  static final String TEXT = "Write to Jane.Roe@example.com about it.";

  final PolicyPiiRedactor hmac =
      PolicyPiiRedactor.of(
          PiiPolicy.builder().operator(PiiType.EMAIL, Operator.HMAC).hmacKey(KEY).build());

  @Test
  void theSameAddressInTwoTenantsGetsTwoPseudonymsAndTheSameInOne() {
    String a = hmac.forTenant("tenant-a").redact(TEXT).text();
    String b = hmac.forTenant("tenant-b").redact(TEXT).text();
    assertThat(a).doesNotContain("Jane.Roe").matches("Write to <EMAIL_[0-9a-f]{16}> about it\\.");
    assertThat(b).matches("Write to <EMAIL_[0-9a-f]{16}> about it\\.");
    assertThat(a).isNotEqualTo(b);
    assertThat(hmac.forTenant("tenant-a").redact("jane.roe@EXAMPLE.com").text())
        .isEqualTo("<" + a.split("<|>")[1] + ">");
    assertThat(a).as("scoped differs from unscoped").isNotEqualTo(hmac.redact(TEXT).text());
  }

  @Test
  void scopedPseudonymsAreAPolicyVersionOfTheirOwn() {
    assertThat(hmac.forTenant("tenant-a").policyVersion())
        .isEqualTo(hmac.forTenant("tenant-b").policyVersion())
        .isNotEqualTo(hmac.policyVersion());
    PolicyPiiRedactor placeholders = PolicyPiiRedactor.of(PiiPolicy.defaults());
    assertThat(placeholders.forTenant("tenant-a").policyVersion())
        .isEqualTo(placeholders.policyVersion());
    assertThat(placeholders.forTenant("tenant-a").redact(TEXT).text())
        .isEqualTo("Write to <EMAIL> about it.");
  }

  @Test
  void aTenantNameCannotImitateAnotherTenantsInput() {
    // "a" + NUL + "EMAIL:x" can only come from tenant "a": no tenant name contains NUL.
    assertThat(hmac.forTenant("a").pseudonym(PiiType.EMAIL, "x@example.com"))
        .isNotEqualTo(hmac.forTenant("aEMAIL").pseudonym(PiiType.EMAIL, "x@example.com"));
  }
}
