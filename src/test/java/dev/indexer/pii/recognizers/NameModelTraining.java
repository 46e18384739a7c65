package dev.indexer.pii.recognizers;

import dev.indexer.pii.eval.LabelledCorpus;
import dev.indexer.pii.spi.PiiType;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Learns the weights of {@link NameModel} and {@link AddressModel} from the labelled tuning
 * corpora: every capitalised word (every word, for addresses) is a sample, labelled positive when a
 * gold PERSON (STREET_ADDRESS) span covers it. Logistic regression with AdaGrad over the hashed
 * features of {@link NameFeatures}, in a fixed order, so the same corpora give the same weights.
 * The blind corpora are never read: the model is measured on them.
 *
 * <p>Run: {@code java -cp <test class path> dev.indexer.pii.recognizers.NameModelTraining [out-dir]
 * [corpus to leave out...]}; the default out-dir holds the shipped resources.
 */
public final class NameModelTraining {

  /** The corpora the model learns from: the tuning sets and the hand-written dev sets. */
  static final List<String> CORPORA =
      List.of(
          "corpus-handwritten.jsonl",
          "corpus-unseen.jsonl",
          "corpus-guard20c.jsonl",
          "corpus-tuning20.jsonl",
          "corpus-tuning20c.jsonl",
          "corpus-tuning20d.jsonl",
          "corpus-tuning20e.jsonl",
          "corpus-tuning20f.jsonl",
          "corpus-tuning20g.jsonl",
          "corpus-tuning20h.jsonl",
          "corpus-tuning20i.jsonl",
          "corpus-tuning20j.jsonl",
          "corpus-tuning20k.jsonl",
          "corpus-tuning20l.jsonl",
          "corpus-tuning20m.jsonl",
          "corpus-tuning20n.jsonl",
          "corpus-tuning20o.jsonl",
          "corpus-tuning20p.jsonl",
          "corpus-tuning20q.jsonl",
          "corpus-tuning20r.jsonl",
          "corpus-tuning20s.jsonl",
          "corpus-tuning20t.jsonl",
          "corpus-tuning20u.jsonl",
          "corpus-tuning20v.jsonl");

  static final int EPOCHS = 8;
  static final double RATE = 0.2;

  private NameModelTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/pii");
    List<String> corpora = new ArrayList<>(CORPORA);
    corpora.removeAll(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
    List<LabelledCorpus.Case> cases = cases(corpora);
    write(train(cases), dir.resolve(fileName(NameModel.RESOURCE)));
    write(trainAddresses(cases), dir.resolve(fileName(AddressModel.RESOURCE)));
    System.err.println("trained on " + corpora.size() + " corpora, " + cases.size() + " cases");
  }

  /**
   * The cases the models learn from: each case of the corpora as written, and again as the service
   * reads it (normalised, its blocks joined), so that the models find in the service what they find
   * in the evaluation, which reads the texts as written.
   */
  static List<LabelledCorpus.Case> cases(List<String> corpora) {
    List<LabelledCorpus.Case> cases = new ArrayList<>();
    for (String c : corpora) {
      cases.addAll(LabelledCorpus.load("/pii/" + c));
      cases.addAll(LabelledCorpus.loadAsServed("/pii/" + c));
    }
    return cases;
  }

  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  /** The name model's weights: every capitalised word is a sample. */
  static float[] train(List<LabelledCorpus.Case> cases) {
    return train(cases, PiiType.PERSON, false);
  }

  /** The address model's weights: every word is a sample. */
  static float[] trainAddresses(List<LabelledCorpus.Case> cases) {
    return train(cases, PiiType.STREET_ADDRESS, true);
  }

  /**
   * The weights learned from {@code cases}: a word is a positive sample when a gold span of {@code
   * type} covers it; only capitalised words are samples unless {@code allWords}.
   */
  private static float[] train(List<LabelledCorpus.Case> cases, PiiType type, boolean allWords) {
    List<int[]> samples = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    int[] buffer = new int[NameFeatures.MAX];
    for (LabelledCorpus.Case c : cases) {
      String text = c.text();
      NameModel.Words words = NameModel.Words.of(text);
      for (int k = 0; k < words.size(); k++) {
        if (!allWords && !words.candidate(k)) {
          continue;
        }
        int n = NameFeatures.of(text, words, k, buffer);
        samples.add(Arrays.copyOf(buffer, n));
        labels.add(labelled(c, type, words.start(k), words.end(k)));
      }
    }
    float[] w = new float[1 << NameModel.BITS];
    float[] g2 = new float[w.length];
    int[] order = new int[samples.size()];
    Arrays.setAll(order, i -> i);
    Random random = new Random(20);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i : order) {
        int[] f = samples.get(i);
        double z = 0;
        for (int x : f) {
          z += w[x];
        }
        double g = 1 / (1 + StrictMath.exp(-z)) - (labels.get(i) ? 1 : 0);
        for (int x : f) {
          g2[x] += (float) (g * g);
          w[x] -= (float) (RATE * g / Math.sqrt(g2[x] + 1e-6));
        }
      }
    }
    int positives = (int) labels.stream().filter(b -> b).count();
    System.err.println(type + ": " + samples.size() + " words, " + positives + " labelled");
    return w;
  }

  private static boolean labelled(LabelledCorpus.Case c, PiiType type, int s, int e) {
    for (LabelledCorpus.Span g : c.gold()) {
      if (g.type() == type && g.start() < e && s < g.end()) {
        return true;
      }
    }
    return false;
  }

  static void write(float[] w, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    int count = 0;
    for (float x : w) {
      if (x != 0) {
        count++;
      }
    }
    try (OutputStream file = Files.newOutputStream(out);
        DataOutputStream data = new DataOutputStream(new GZIPOutputStream(file))) {
      data.writeInt(NameModel.FORMAT);
      data.writeInt(NameModel.BITS);
      data.writeInt(count);
      // The indices of the non-zero weights as gaps in varints, then the weights: the two columns
      // apart compress to two thirds of index-weight pairs.
      int previous = 0;
      for (int i = 0; i < w.length; i++) {
        if (w[i] != 0) {
          int gap = i - previous;
          previous = i;
          while (gap >= 0x80) {
            data.writeByte((gap & 0x7f) | 0x80);
            gap >>>= 7;
          }
          data.writeByte(gap);
        }
      }
      // The weights in bfloat16 (the upper half of a float, rounded), high bytes first, then low
      // bytes: a weight's last digits decide nothing, and the planes apart compress better.
      for (int plane = 1; plane >= 0; plane--) {
        for (float x : w) {
          if (x != 0) {
            data.writeByte(NameModel.bfloat16(x) >>> (8 * plane));
          }
        }
      }
    }
  }
}
