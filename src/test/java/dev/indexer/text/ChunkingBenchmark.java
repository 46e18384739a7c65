package dev.indexer.text;

import dev.indexer.embed.BertTokenCounter;
import dev.indexer.embed.TokenCounter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Chunking speed in MB of markdown per second on one thread (one core), with the default model's
 * tokenizer and settings. Reports, per round and as min / median / max over the rounds after
 * warm-up: commonmark alone (parsing to its syntax tree, nothing else), normalising (parse, walk,
 * clean), chunking the normalised blocks, and the whole markdown path (normalise and chunk each
 * document). Both per wall-clock second and per second of the thread's own CPU time: on a shared
 * machine the wall clock also counts time the thread waited for a core, the CPU time does not.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.indexer.text.ChunkingBenchmark [-Dexec.args=ROUNDS]
 * </pre>
 */
public final class ChunkingBenchmark {

  private static final int WARM_UP = 4;

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    TokenCounter counter = BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json");
    TokenChunker chunker = new TokenChunker(counter, 128, 126, 16);
    MarkupNormaliser normaliser = new MarkupNormaliser();
    Parser commonmark = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    Random r = new Random(42);
    List<String> docs = new ArrayList<>();
    long bytes = 0;
    while (bytes < 16_000_000) {
      String md = Documents.markdown(r, 4 + r.nextInt(12)); // about 2 to 8 KB each
      docs.add(md);
      bytes += md.getBytes(StandardCharsets.UTF_8).length;
    }
    List<List<TextBlock>> normalised =
        docs.stream().map(d -> normaliser.normalise(d, "text/markdown")).toList();
    System.out.printf(
        "%d markdown documents, %.1f MB, %d rounds (%d warm-up)%n",
        docs.size(), bytes / 1e6, rounds, WARM_UP);
    String[] names = {"commonmark alone", "normalise", "chunk", "whole markdown path"};
    double[][] speeds = new double[names.length][rounds];
    double[][] cpuSpeeds = new double[names.length][rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[names.length + 1];
    for (int round = 0; round < rounds; round++) {
      cpu[0] = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long nodes = 0;
      for (String d : docs) {
        nodes += commonmark.parse(d).getFirstChild() == null ? 0 : 1;
      }
      long t1 = System.nanoTime();
      cpu[1] = threads.getCurrentThreadCpuTime();
      for (String d : docs) {
        normaliser.normalise(d, "text/markdown");
      }
      long t2 = System.nanoTime();
      cpu[2] = threads.getCurrentThreadCpuTime();
      long chunks = 0;
      for (List<TextBlock> n : normalised) {
        chunks += chunker.chunk(n).size();
      }
      long t3 = System.nanoTime();
      cpu[3] = threads.getCurrentThreadCpuTime();
      long whole = 0;
      for (String d : docs) {
        whole += chunker.chunk(normaliser.normalise(d, "text/markdown")).size();
      }
      long t4 = System.nanoTime();
      cpu[4] = threads.getCurrentThreadCpuTime();
      long[] t = {t0, t1, t2, t3, t4};
      StringBuilder line = new StringBuilder(String.format("round %2d:", round + 1));
      for (int i = 0; i < names.length; i++) {
        speeds[i][round] = mbps(bytes, t[i + 1] - t[i]);
        cpuSpeeds[i][round] = mbps(bytes, cpu[i + 1] - cpu[i]);
        line.append(
            String.format(" %s %.1f (cpu %.1f),", names[i], speeds[i][round], cpuSpeeds[i][round]));
      }
      System.out.println(line.append(" MB/s (").append(chunks).append(" chunks)"));
      if (chunks != whole || nodes != docs.size()) {
        throw new IllegalStateException("the paths disagree");
      }
    }
    for (int i = 0; i < names.length; i++) {
      double[] s = Arrays.copyOfRange(speeds[i], Math.min(WARM_UP, rounds - 1), rounds);
      double[] c = Arrays.copyOfRange(cpuSpeeds[i], Math.min(WARM_UP, rounds - 1), rounds);
      Arrays.sort(s);
      Arrays.sort(c);
      System.out.printf(
          "%-20s wall: min %5.1f  median %5.1f  max %5.1f MB/s | cpu: min %5.1f  median %5.1f  max %5.1f MB/s%n",
          names[i], s[0], s[s.length / 2], s[s.length - 1], c[0], c[c.length / 2], c[c.length - 1]);
    }
  }

  private static double mbps(long bytes, long nanos) {
    return bytes / 1e6 / (nanos / 1e9);
  }
}
