package dev.indexer.pii.spi;

/**
 * One piece of personal data in a text: its type and its span as UTF-16 offsets (Java string
 * indices), end exclusive. Carries no copy of the value, so it is safe to log or count.
 */
public record Finding(PiiType type, int start, int end, double score) {

  public Finding {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span");
    }
  }

  public Finding(PiiType type, int start, int end) {
    this(type, start, end, 1.0);
  }

  public int length() {
    return end - start;
  }
}
