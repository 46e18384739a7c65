package dev.indexer.pii.eval;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-type precision, recall and leak of the evaluation command over input lines that carry gold
 * labels. A finding is a true positive when it has the label's type and their intersection is at
 * least half of their union; each label is matched once. The leak of a type is the share of its
 * labelled characters that no finding (of any type) covers.
 */
public final class EvaluationSummary {

  /** A gold span, UTF-16 offsets, end exclusive. */
  public record Label(PiiType type, int start, int end) {}

  private static final class Counts {
    int tp;
    int fp;
    int fn;
    long chars;
    long leaked;
  }

  private final Map<PiiType, Counts> perType = new EnumMap<>(PiiType.class);
  private int documents;
  private int hardNegatives;
  private int hardNegativeFindings;
  private final Map<PiiType, Integer> hardNegativeByType = new EnumMap<>(PiiType.class);

  public EvaluationSummary() {
    for (PiiType t : PiiType.values()) {
      perType.put(t, new Counts());
    }
  }

  public int documents() {
    return documents;
  }

  /** Scores one document's findings against its labels. */
  public void add(List<Label> gold, List<Finding> found, boolean hardNegative) {
    documents++;
    if (hardNegative) {
      hardNegatives++;
      hardNegativeFindings += found.size();
      for (Finding f : found) {
        hardNegativeByType.merge(f.type(), 1, Integer::sum);
      }
    }
    BitSet covered = new BitSet();
    for (Finding f : found) {
      covered.set(f.start(), f.end());
    }
    boolean[] matched = new boolean[found.size()];
    for (Label g : gold) {
      Counts k = perType.get(g.type());
      BitSet gap = new BitSet();
      gap.set(g.start(), g.end());
      gap.andNot(covered);
      k.chars += g.end() - g.start();
      k.leaked += gap.cardinality();
      int hit = -1;
      for (int i = 0; i < found.size() && hit < 0; i++) {
        Finding f = found.get(i);
        if (!matched[i] && f.type() == g.type() && iou(f, g) >= 0.5) {
          hit = i;
        }
      }
      if (hit >= 0) {
        matched[hit] = true;
        k.tp++;
      } else {
        k.fn++;
      }
    }
    for (int i = 0; i < found.size(); i++) {
      if (!matched[i]) {
        perType.get(found.get(i).type()).fp++;
      }
    }
  }

  private static double iou(Finding f, Label g) {
    int inter = Math.min(f.end(), g.end()) - Math.max(f.start(), g.start());
    int union = Math.max(f.end(), g.end()) - Math.min(f.start(), g.start());
    return inter <= 0 ? 0 : (double) inter / union;
  }

  /** The table: one row per type seen, then all types, the structured types, hard negatives. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "%-22s %5s %5s %5s %9s %7s %7s%n",
            "type", "tp", "fp", "fn", "precision", "recall", "leak"));
    Counts all = new Counts();
    Counts structured = new Counts();
    for (Map.Entry<PiiType, Counts> e : perType.entrySet()) {
      Counts k = e.getValue();
      if (k.tp + k.fp + k.fn == 0) {
        continue;
      }
      row(b, e.getKey().name(), k);
      addTo(all, k);
      if (e.getKey().structured()) {
        addTo(structured, k);
      }
    }
    row(b, "OVERALL", all);
    row(b, "STRUCTURED", structured);
    b.append(
        String.format(
            "hard negatives: %d findings in %d documents%n", hardNegativeFindings, hardNegatives));
    if (!hardNegativeByType.isEmpty()) {
      b.append(byType(hardNegativeByType));
    }
    return b.toString();
  }

  /** "hard negatives by type: PERSON 3, PHONE 1": which types the false findings were. */
  public static String byType(Map<PiiType, Integer> counts) {
    StringBuilder b = new StringBuilder("hard negatives by type:");
    String sep = " ";
    for (Map.Entry<PiiType, Integer> e : counts.entrySet()) {
      b.append(sep).append(e.getKey().name()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return b.append(System.lineSeparator()).toString();
  }

  private static void addTo(Counts sum, Counts k) {
    sum.tp += k.tp;
    sum.fp += k.fp;
    sum.fn += k.fn;
    sum.chars += k.chars;
    sum.leaked += k.leaked;
  }

  private static void row(StringBuilder b, String name, Counts k) {
    double p = k.tp + k.fp == 0 ? 1.0 : (double) k.tp / (k.tp + k.fp);
    double r = k.tp + k.fn == 0 ? 1.0 : (double) k.tp / (k.tp + k.fn);
    double leak = k.chars == 0 ? 0 : (double) k.leaked / k.chars;
    b.append(
        String.format("%-22s %5d %5d %5d %9.3f %7.3f %7.4f%n", name, k.tp, k.fp, k.fn, p, r, leak));
  }
}
