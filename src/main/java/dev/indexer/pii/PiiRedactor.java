package dev.indexer.pii;

import dev.indexer.text.TextBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Removes personal data from text before it is embedded or stored anywhere. */
public interface PiiRedactor {

  /** The text with every finding replaced; throws rather than return text it could not check. */
  Redaction redact(String text);

  /**
   * The blocks of one normalised document with every finding replaced, each block keeping its kind,
   * level and place; a block left blank is dropped. The blocks are read together, so a cue in one
   * block (a "Date of birth" heading) applies to the next, and a finding that runs on into the next
   * block is replaced in both. Throws rather than return blocks it could not check.
   */
  List<TextBlock> redactBlocks(List<TextBlock> blocks);

  /**
   * Metadata as it may be indexed: values redacted, or keys dropped or kept as they are by the
   * policy. The default scans every value.
   */
  default Map<String, String> redactMetadata(Map<String, String> metadata) {
    Map<String, String> out = new LinkedHashMap<>();
    if (metadata != null) {
      metadata.forEach((k, v) -> out.put(k, v == null ? null : redact(v).text()));
    }
    return out;
  }

  /**
   * Identifies the redaction policy (recognizers and operators). Stored on every point, so that a
   * policy change can find what it affects, and part of the embedding cache key.
   */
  String policyVersion();

  /**
   * The redactor for one tenant's data: HMAC pseudonyms include the tenant, so the same value in
   * two tenants gets two pseudonyms. A redactor without pseudonyms is the same for every tenant.
   */
  default PiiRedactor forTenant(String tenant) {
    return this;
  }
}
