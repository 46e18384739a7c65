package dev.indexer.pii;

import dev.indexer.pii.spi.PiiType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The PII policy: what is found, what replaces it, and how metadata keys are treated. */
@ConfigMapping(prefix = "indexer.pii")
public interface PiiConfig {

  /** Types to find (names of {@link PiiType}, comma-separated). Unset: all of them. */
  Optional<Set<PiiType>> enabledTypes();

  /** Operator for every type without its own entry under {@code operators}. */
  @WithDefault("PLACEHOLDER")
  Operator defaultOperator();

  /**
   * Operator per type, e.g. {@code indexer.pii.operators.EMAIL=HMAC}; keys are {@link PiiType}
   * names. An unknown key fails at start.
   */
  Map<String, Operator> operators();

  /**
   * Secret key of the HMAC pseudonym operator (at least 16 characters). Supply it from a secret,
   * e.g. the environment variable {@code INDEXER_PII_HMAC_KEY}; never in a file in the image. It is
   * not part of the policy version: change {@code key-id} when rotating it.
   */
  Optional<String> hmacKey();

  /**
   * Names the HMAC key in the policy version, so rotating the key (which changes every pseudonym)
   * is a policy change that re-processing can find. Bump it with every new key.
   */
  @WithDefault("1")
  String keyId();

  /** Character the MASK operator writes in place of each character of a finding. */
  @WithDefault("*")
  @Size(min = 1, max = 1)
  String maskChar();

  /** Treatment of metadata keys without their own entry under {@code metadata}. */
  @WithDefault("SCAN")
  MetadataKeyPolicy metadataDefault();

  /**
   * Treatment per metadata key: SCAN (redact the value), DROP (leave the key out) or KEEP (index
   * the value as it is), e.g. {@code indexer.pii.metadata.author=DROP}.
   */
  Map<String, MetadataKeyPolicy> metadata();

  /**
   * Regions (ISO 3166 codes) whose national phone numbers, written without a country code, are
   * recognized. Numbers with a country code are recognized for every region.
   */
  @WithDefault("US,GB,DE,FR,ES,IT,NL,BE,AT,CH,IE,PT,PL,SE,DK,NO,FI,CA,AU")
  List<String> phoneRegions();
}
