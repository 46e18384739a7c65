package dev.indexer.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyPiiRedactorTest {

  private static final String KEY = "0123456789abcdef-test-key";

  @Test
  void placeholdersByDefaultWithCountsPerType() {
    PolicyPiiRedactor r = PolicyPiiRedactor.of(PiiPolicy.defaults());
    Redaction out =
        r.redact("Mail jane@example.com or call +44 20 7946 0958; card 4111 1111 1111 1111.");
    assertThat(out.text()).isEqualTo("Mail <EMAIL> or call <PHONE>; card <CREDIT_CARD>.");
    assertThat(out.findings())
        .containsEntry("EMAIL", 1)
        .containsEntry("PHONE", 1)
        .containsEntry("CREDIT_CARD", 1);
  }

  @Test
  void operatorsPerType() {
    PiiPolicy policy =
        PiiPolicy.builder()
            .operator(PiiType.EMAIL, Operator.HMAC)
            .operator(PiiType.PHONE, Operator.MASK)
            .operator(PiiType.CREDIT_CARD, Operator.REMOVE)
            .hmacKey(KEY)
            .build();
    PolicyPiiRedactor r = PolicyPiiRedactor.of(policy);
    String a =
        r.redact("from Jane@Example.com, tel +44 20 7946 0958, card 4111111111111111").text();
    String b = r.redact("reply to jane@example.com").text();
    assertThat(a).matches("from <EMAIL_[0-9a-f]{16}>, tel \\*{16}, card ");
    String token = a.substring(a.indexOf("<EMAIL_"), a.indexOf('>') + 1);
    assertThat(b).isEqualTo("reply to " + token); // same person, same pseudonym, in every document
    String other =
        PolicyPiiRedactor.of(
                PiiPolicy.builder()
                    .operator(PiiType.EMAIL, Operator.HMAC)
                    .hmacKey(KEY + "2")
                    .build())
            .redact("reply to jane@example.com")
            .text();
    assertThat(other).isNotEqualTo(b); // another key, other pseudonyms
  }

  @Test
  void phonePseudonymsIgnoreFormatting() {
    PolicyPiiRedactor r =
        PolicyPiiRedactor.of(
            PiiPolicy.builder().operator(PiiType.PHONE, Operator.HMAC).hmacKey(KEY).build());
    assertThat(r.redact("call +44 20 7946 0958").text())
        .isEqualTo(r.redact("call +44-20-7946-0958").text());
  }

  @Test
  void overlappingFindingsBecomeOneSpan() {
    Recognizer wide = fixed(PiiType.URL_WITH_CREDENTIALS, 0, 20);
    Recognizer inner = fixed(PiiType.EMAIL, 5, 25);
    PiiAnalyzer analyzer = new PiiAnalyzer(List.of(wide, inner), Set.of(PiiType.values()));
    List<Finding> f = analyzer.analyze("x".repeat(30));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).start()).isZero();
    assertThat(f.get(0).end()).isEqualTo(25);
  }

  @Test
  void aThrowingRecognizerFailsClosed() {
    Recognizer broken =
        new Recognizer() {
          @Override
          public Set<PiiType> types() {
            return Set.of(PiiType.PERSON);
          }

          @Override
          public void find(String text, List<Finding> out) {
            throw new IllegalStateException("boom with " + text);
          }
        };
    PiiAnalyzer analyzer = new PiiAnalyzer(List.of(broken), Set.of(PiiType.values()));
    PolicyPiiRedactor r = new PolicyPiiRedactor(analyzer, PiiPolicy.defaults());
    assertThatThrownBy(() -> r.redact("Jane Doe, jane@example.com"))
        .isInstanceOf(PiiRedactionException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("jane").doesNotContain("Jane"));
    assertThatThrownBy(() -> r.redactMetadata(Map.of("author", "Jane Doe")))
        .isInstanceOf(PiiRedactionException.class);
  }

  @Test
  void metadataKeyPolicies() {
    PiiPolicy policy =
        PiiPolicy.builder()
            .metadata("author", MetadataKeyPolicy.DROP)
            .metadata("status", MetadataKeyPolicy.KEEP)
            .build();
    Map<String, String> in = new LinkedHashMap<>();
    in.put("author", "Jane Doe");
    in.put("status", "open jane@example.com");
    in.put("notes", "mail jane@example.com");
    in.put("empty", null);
    Map<String, String> out = PolicyPiiRedactor.of(policy).redactMetadata(in);
    assertThat(out).doesNotContainKey("author");
    assertThat(out)
        .containsEntry("status", "open jane@example.com")
        .containsEntry("notes", "mail <EMAIL>");
    assertThat(out).containsKey("empty");
  }

  @Test
  void policyVersionFollowsTheConfigurationButNotTheKey() {
    String base = PiiPolicy.defaults().version();
    assertThat(base).matches("pii-[0-9a-f]{16}").isEqualTo(PiiPolicy.defaults().version());
    assertThat(PiiPolicy.builder().operator(PiiType.EMAIL, Operator.MASK).build().version())
        .isNotEqualTo(base);
    assertThat(PiiPolicy.builder().enabledTypes(Set.of(PiiType.EMAIL)).build().version())
        .isNotEqualTo(base);
    assertThat(PiiPolicy.builder().metadata("author", MetadataKeyPolicy.DROP).build().version())
        .isNotEqualTo(base);
    PiiPolicy k1 = PiiPolicy.builder().operator(PiiType.EMAIL, Operator.HMAC).hmacKey(KEY).build();
    PiiPolicy k2 =
        PiiPolicy.builder().operator(PiiType.EMAIL, Operator.HMAC).hmacKey(KEY + "x").build();
    PiiPolicy k3 =
        PiiPolicy.builder().operator(PiiType.EMAIL, Operator.HMAC).hmacKey(KEY).keyId("2").build();
    assertThat(k1.version()).isEqualTo(k2.version()).isNotEqualTo(k3.version());
    assertThat(k1.toString()).doesNotContain(KEY);
  }

  @Test
  void pseudonymsWithoutAKeyFailAtStartNamingTheProperty() {
    assertThatThrownBy(() -> PiiPolicy.builder().defaultOperator(Operator.HMAC).build())
        .hasMessageContaining("indexer.pii.hmac-key");
    assertThatThrownBy(
            () ->
                PiiPolicy.builder().operator(PiiType.EMAIL, Operator.HMAC).hmacKey("short").build())
        .hasMessageContaining("indexer.pii.hmac-key");
    assertThatThrownBy(() -> PiiPolicy.builder().phoneRegions(List.of("XX")).build())
        .hasMessageContaining("indexer.pii.phone-regions");
  }

  @Test
  void disabledTypesAreLeftAlone() {
    PolicyPiiRedactor r =
        PolicyPiiRedactor.of(PiiPolicy.builder().enabledTypes(Set.of(PiiType.EMAIL)).build());
    assertThat(r.redact("jane@example.com 4111 1111 1111 1111").text())
        .isEqualTo("<EMAIL> 4111 1111 1111 1111");
  }

  private static Recognizer fixed(PiiType type, int start, int end) {
    return new Recognizer() {
      @Override
      public Set<PiiType> types() {
        return Set.of(type);
      }

      @Override
      public void find(String text, List<Finding> out) {
        out.add(new Finding(type, start, end));
      }
    };
  }
}
