package dev.indexer.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Counts tokens with a model's own {@code tokenizer.json}. Truncation and padding are switched off,
 * or every count past the model's limit would come back as the limit itself.
 */
public final class HuggingFaceTokenCounter implements TokenCounter, AutoCloseable {

  private static final Map<String, String> OPTIONS =
      Map.of(
          "truncation", "false",
          "padding", "false",
          "addSpecialTokens", "true",
          "maxLength", Integer.toString(Integer.MAX_VALUE));

  private final HuggingFaceTokenizer tokenizer;
  private final int specialTokens;

  private HuggingFaceTokenCounter(HuggingFaceTokenizer tokenizer) {
    this.tokenizer = tokenizer;
    this.specialTokens = tokenizer.encode("", true, false).getIds().length;
  }

  /** Loads a tokenizer definition from the class path, e.g. one inside a model's jar. */
  public static HuggingFaceTokenCounter fromClasspath(String resource) {
    try (InputStream in =
        HuggingFaceTokenCounter.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("tokenizer " + resource + " is not on the class path");
      }
      return new HuggingFaceTokenCounter(HuggingFaceTokenizer.newInstance(in, OPTIONS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load tokenizer " + resource, e);
    }
  }

  /** Loads a tokenizer definition from a file. */
  public static HuggingFaceTokenCounter fromFile(java.nio.file.Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return new HuggingFaceTokenCounter(HuggingFaceTokenizer.newInstance(in, OPTIONS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load tokenizer " + file, e);
    }
  }

  @Override
  public int count(String text) {
    return tokenizer.encode(text, false, false).getIds().length;
  }

  @Override
  public int specialTokens() {
    return specialTokens;
  }

  /** Frees the native tokenizer; counting afterwards throws IllegalStateException. */
  @Override
  public synchronized void close() {
    tokenizer.close();
  }
}
