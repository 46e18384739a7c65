package dev.indexer.embed;

/** How a remote embedding server is asked to send vectors ({@code encoding_format}). */
public enum EncodingFormat {
  /** Little-endian float32, base64-encoded: a third of the bytes and no number parsing. */
  BASE64,
  /** JSON numbers. */
  FLOAT;

  /** The value of the request's {@code encoding_format} field. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
