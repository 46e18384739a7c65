package dev.indexer.pii;

import java.util.Map;

/** Redacted text and how many findings of each type were replaced (types only, no values). */
public record Redaction(String text, Map<String, Integer> findings) {

  public Redaction {
    findings = Map.copyOf(findings);
  }

  public int total() {
    return findings.values().stream().mapToInt(Integer::intValue).sum();
  }
}
