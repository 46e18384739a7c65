package dev.indexer.pii.eval;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pii.PolicyPiiRedactor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Speed of the PII stage alone (redaction with the default policy), in MB of UTF-8 text per second
 * on one thread: over the labelled corpus, over ordinary prose in 1 MB documents, over a 1 MB
 * document dense with PII, and over adversarial 1 MB inputs. Not a test: timings vary too much
 * between machines and runs to assert on.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.indexer.pii.eval.PiiBenchmark
 * </pre>
 */
public final class PiiBenchmark {

  private PiiBenchmark() {}

  public static void main(String[] args) {
    PiiRedactor redactor = PolicyPiiRedactor.of(PiiPolicy.defaults());
    List<String> corpus = LabelledCorpus.load().stream().map(LabelledCorpus.Case::text).toList();
    String prose = prose(1 << 20, new Random(1));
    String dense = String.join("\n", corpus);
    while (dense.length() < (1 << 20)) {
      dense = dense + "\n" + dense;
    }
    dense = dense.substring(0, 1 << 20);

    System.out.printf("warming up...%n");
    run(redactor, corpus, 3);
    run(redactor, List.of(prose), 2);

    if (args.length > 0 && args[0].equals("--corpus")) {
      for (int i = 0; i < 10; i++) {
        report("corpus (" + corpus.size() + " documents)", redactor, corpus, 20);
      }
      return;
    }
    if (args.length > 0 && args[0].equals("--dense")) {
      for (int i = 0; i < 10; i++) {
        report("PII-dense, 1 MB documents", redactor, List.of(dense), 3);
      }
      return;
    }
    if (args.length > 0 && args[0].equals("--prose")) {
      for (int i = 0; i < 10; i++) {
        report("prose, 1 MB documents", redactor, List.of(prose), 5);
      }
      return;
    }
    if (args.length > 0 && args[0].equals("--per-recognizer")) {
      perRecognizer("prose", prose);
      perRecognizer("PII-dense", dense);
      for (var e : AdversarialInputs.all().entrySet()) {
        perRecognizer(e.getKey(), e.getValue());
      }
      return;
    }
    report("corpus (" + corpus.size() + " documents)", redactor, corpus, 10);
    report("prose, 1 MB documents", redactor, List.of(prose), 5);
    report("PII-dense, 1 MB documents", redactor, List.of(dense), 3);
    for (var e : AdversarialInputs.all().entrySet()) {
      report("adversarial: " + e.getKey(), redactor, List.of(e.getValue()), 1);
    }
  }

  private static void perRecognizer(String name, String text) {
    StringBuilder line = new StringBuilder(String.format("%-28s", name));
    for (dev.indexer.pii.spi.Recognizer r :
        dev.indexer.pii.Recognizers.defaults(PiiPolicy.defaults())) {
      // Best of five: the machine is shared, the minimum is the least disturbed run.
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        r.find(text, new java.util.ArrayList<>());
        best = Math.min(best, System.nanoTime() - t0);
      }
      line.append(String.format(" %s=%dms", r.name().replace("Recognizer", ""), best / 1_000_000));
    }
    System.out.println(line);
  }

  private static void report(String name, PiiRedactor r, List<String> docs, int rounds) {
    long bytes = 0;
    for (String d : docs) {
      bytes += d.getBytes(StandardCharsets.UTF_8).length;
    }
    long t0 = System.nanoTime();
    run(r, docs, rounds);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "%-40s %8.2f MB/s  (%.1f MB in %.2f s)%n",
        name, bytes * rounds / 1e6 / s, bytes * rounds / 1e6, s);
  }

  private static void run(PiiRedactor r, List<String> docs, int rounds) {
    for (int i = 0; i < rounds; i++) {
      for (String d : docs) {
        r.redact(d);
      }
    }
  }

  /** Ordinary English-like prose with some capitalised words and numbers, no PII. */
  static String prose(int chars, Random rnd) {
    String[] words =
        ("the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were "
                + "her she there been one all we their has would when if so no will more can said what up its about into than them "
                + "only other new some could time these two may then do first any my now such like our over man me even most made "
                + "after also did many before must through back years where much your way well down should because each just those "
                + "people how too little state good very make world still own see men work long get here between both life being under "
                + "never day same another know while last might us great old year off come since against go came right used take "
                + "three system index stream document service release version update customer ticket support the data "
                + "Kafka Qdrant Monday London Berlin Paris January Europe API HTTP JSON 2024 15 3.5 100 42 v2.1.0 #123")
            .split(" ");
    StringBuilder b = new StringBuilder(chars + 100);
    int sentence = 0;
    while (b.length() < chars) {
      String w = words[rnd.nextInt(words.length)];
      if (sentence == 0) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      b.append(w);
      sentence++;
      if (sentence > 8 + rnd.nextInt(12)) {
        b.append(rnd.nextInt(6) == 0 ? ".\n\n" : ". ");
        sentence = 0;
      } else {
        b.append(rnd.nextInt(15) == 0 ? ", " : " ");
      }
    }
    return b.substring(0, chars);
  }
}
