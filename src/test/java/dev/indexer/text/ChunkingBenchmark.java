package dev.indexer.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chunking speed in MB of markdown per second on one thread (one core), with the default model's
 * tokenizer and settings. Reports parsing (commonmark), chunking the parsed text, and both.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.indexer.text.ChunkingBenchmark
 * </pre>
 */
public final class ChunkingBenchmark {

  public static void main(String[] args) {
    TokenCounter counter = BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
    TokenChunker chunker = new TokenChunker(counter, 128, 126, 16);
    MarkupNormaliser normaliser = new MarkupNormaliser();
    Random r = new Random(42);
    List<String> docs = new ArrayList<>();
    long bytes = 0;
    while (bytes < 16_000_000) {
      String md = Documents.markdown(r, 4 + r.nextInt(12)); // about 2 to 8 KB each
      docs.add(md);
      bytes += md.getBytes(StandardCharsets.UTF_8).length;
    }
    List<String> normalised = docs.stream().map(d -> normaliser.normalise(d, "text/markdown")).toList();
    System.out.printf("%d markdown documents, %.1f MB%n", docs.size(), bytes / 1e6);
    for (int round = 1; round <= 5; round++) {
      long t0 = System.nanoTime();
      for (String d : docs) {
        normaliser.normalise(d, "text/markdown");
      }
      long t1 = System.nanoTime();
      long chunks = 0;
      for (String n : normalised) {
        chunks += chunker.chunk(n).size();
      }
      long t2 = System.nanoTime();
      System.out.printf(
          "round %d: parse %.1f MB/s, chunk %.1f MB/s, parse+chunk %.1f MB/s (%d chunks)%n",
          round, mbps(bytes, t1 - t0), mbps(bytes, t2 - t1), mbps(bytes, t2 - t0), chunks);
    }
  }

  private static double mbps(long bytes, long nanos) {
    return bytes / 1e6 / (nanos / 1e9);
  }
}
