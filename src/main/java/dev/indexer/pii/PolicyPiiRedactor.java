package dev.indexer.pii;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.text.TextBlock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The redactor of the service: the analyzer's findings replaced by each type's operator, and
 * metadata values treated by their key's policy. Fail-closed: if anything goes wrong the call
 * throws {@link PiiRedactionException} and no text is returned. Findings are counted by type in
 * {@link PiiMetrics}.
 */
public final class PolicyPiiRedactor implements PiiRedactor {

  private final PiiAnalyzer analyzer;
  private final PiiPolicy policy;
  private final String version;
  private final SecretKeySpec key;
  private final PiiMetrics metrics;

  /** The tenant HMAC pseudonyms are scoped to; null: pseudonyms shared by every tenant. */
  private final String tenant;

  public PolicyPiiRedactor(PiiAnalyzer analyzer, PiiPolicy policy) {
    this(analyzer, policy, PiiMetrics.unregistered());
  }

  public PolicyPiiRedactor(PiiAnalyzer analyzer, PiiPolicy policy, PiiMetrics metrics) {
    this(analyzer, policy, metrics, null);
  }

  private PolicyPiiRedactor(
      PiiAnalyzer analyzer, PiiPolicy policy, PiiMetrics metrics, String tenant) {
    this.analyzer = analyzer;
    this.policy = policy;
    this.metrics = metrics;
    this.tenant = tenant;
    this.version = policy.version(tenant != null);
    this.key =
        policy
            .hmacKey()
            .map(k -> new SecretKeySpec(k.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
            .orElse(null);
  }

  /**
   * This policy with HMAC pseudonyms scoped to a tenant: the same e-mail address in two tenants
   * gets two pseudonyms, so a pseudonym seen in one tenant's data says nothing about another's. Its
   * policy version differs from the unscoped one's when an operator is HMAC.
   */
  @Override
  public PolicyPiiRedactor forTenant(String tenant) {
    if (tenant == null || tenant.isEmpty()) {
      throw new IllegalArgumentException("tenant is required");
    }
    return new PolicyPiiRedactor(analyzer, policy, metrics, tenant);
  }

  public static PolicyPiiRedactor of(PiiPolicy policy) {
    return new PolicyPiiRedactor(Recognizers.analyzer(policy), policy);
  }

  public static PolicyPiiRedactor of(PiiPolicy policy, PiiMetrics metrics) {
    return new PolicyPiiRedactor(Recognizers.analyzer(policy), policy, metrics);
  }

  public PiiAnalyzer analyzer() {
    return analyzer;
  }

  @Override
  public Redaction redact(String text) {
    return redact(text, PiiMetrics.Field.TEXT);
  }

  private Redaction redact(String text, PiiMetrics.Field field) {
    if (text == null || text.isEmpty()) {
      return new Redaction(text == null ? "" : text, Map.of());
    }
    List<Finding> findings = analyzer.analyze(text);
    if (findings.isEmpty()) {
      return new Redaction(text, Map.of());
    }
    String redacted = replaced(text, findings, 0, 0, text.length());
    return new Redaction(redacted, count(findings, field));
  }

  @Override
  public List<TextBlock> redactBlocks(List<TextBlock> blocks) {
    if (blocks == null || blocks.isEmpty()) {
      return List.of();
    }
    BlockText joined = BlockText.join(blocks);
    String text = joined.text();
    List<Finding> findings = analyzer.analyze(text);
    List<TextBlock> out = new ArrayList<>(blocks.size());
    int first = 0; // the first finding that can reach the current block
    for (int i = 0; i < blocks.size(); i++) {
      int start = joined.start(i);
      while (first < findings.size() && findings.get(first).end() <= start) {
        first++;
      }
      String redacted = replaced(text, findings, first, start, joined.end(i)).strip();
      if (!redacted.isEmpty()) {
        out.add(blocks.get(i).withText(redacted));
      }
    }
    count(findings, PiiMetrics.Field.TEXT);
    return out;
  }

  /**
   * {@code text[start, end)} with the findings in it, from index {@code from} on, replaced; a
   * finding that reaches past either end has its part inside replaced. Findings are sorted and do
   * not overlap.
   */
  private String replaced(String text, List<Finding> findings, int from, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    int pos = start;
    for (int i = from; i < findings.size() && findings.get(i).start() < end; i++) {
      Finding f = findings.get(i);
      int partStart = Math.max(f.start(), start);
      int partEnd = Math.min(f.end(), end);
      out.append(text, pos, partStart);
      replace(out, f, text, partStart, partEnd);
      pos = partEnd;
    }
    out.append(text, pos, end);
    return out.toString();
  }

  /**
   * The findings by type name, recorded in the metrics. Called only once the whole text is
   * redacted: a failed call counts nothing.
   */
  private Map<String, Integer> count(List<Finding> findings, PiiMetrics.Field field) {
    Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
    for (Finding f : findings) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    Map<String, Integer> byName = new LinkedHashMap<>();
    counts.forEach(
        (t, n) -> {
          byName.put(t.name(), n);
          metrics.found(field, t, n);
        });
    return byName;
  }

  @Override
  public Map<String, String> redactMetadata(Map<String, String> metadata) {
    Map<String, String> out = new LinkedHashMap<>();
    if (metadata == null) {
      return out;
    }
    metadata.forEach(
        (k, v) -> {
          switch (policy.metadataPolicy(k)) {
            case DROP -> {}
            case KEEP -> out.put(k, v);
            case SCAN -> out.put(k, v == null ? null : redact(v, PiiMetrics.Field.METADATA).text());
          }
        });
    return out;
  }

  @Override
  public String policyVersion() {
    return version;
  }

  /**
   * Appends the replacement of {@code text[start, end)}, which is the finding or the part of it
   * inside one block; a pseudonym is always of the whole finding.
   */
  private void replace(StringBuilder out, Finding f, String text, int start, int end) {
    PiiType type = f.type();
    switch (policy.operatorFor(type)) {
      case PLACEHOLDER -> out.append('<').append(type.name()).append('>');
      case REMOVE -> {}
      case MASK -> {
        int cps = text.codePointCount(start, end);
        for (int i = 0; i < cps; i++) {
          out.append(policy.maskChar());
        }
      }
      case HMAC ->
          out.append('<')
              .append(type.name())
              .append('_')
              .append(pseudonym(type, text.substring(f.start(), f.end())))
              .append('>');
    }
  }

  /**
   * 16 hex digits of HMAC-SHA256(key, type ":" normalised value), or for a tenant's redactor of
   * HMAC-SHA256(key, tenant NUL type ":" normalised value) (NUL: no tenant name can end in a type).
   */
  String pseudonym(PiiType type, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      String input =
          (tenant == null ? "" : tenant + "\u0000") + type.name() + ":" + normalise(type, value);
      byte[] h = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new PiiRedactionException("hmac", e);
    }
  }

  /** The same value written differently gets the same pseudonym. */
  static String normalise(PiiType type, String value) {
    return switch (type) {
      case EMAIL -> value.toLowerCase(Locale.ROOT);
      case PHONE -> {
        String digits = value.replaceAll("[^0-9]", "");
        yield value.trim().startsWith("00") ? digits.substring(2) : digits;
      }
      case CREDIT_CARD, IBAN, US_SSN, PASSPORT_OR_ID, MAC_ADDRESS ->
          value.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
      default -> value.trim().replaceAll("\\s+", " ");
    };
  }
}
