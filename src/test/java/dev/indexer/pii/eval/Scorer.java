package dev.indexer.pii.eval;

import dev.indexer.pii.PiiAnalyzer;
import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an analyzer against the labelled corpus. A finding is a true positive when it has the gold
 * span's type and their intersection is at least half of their union (IoU >= 0.5); each gold span
 * is matched once. The leak rate ignores types: the share of gold PII characters not covered by any
 * finding.
 */
public final class Scorer {

  public static final class Counts {
    public int tp;
    public int fp;
    public int fn;
    public long piiChars;
    public long leakedChars;

    /** The share of this type's gold characters that no finding covers. */
    public double leakRate() {
      return piiChars == 0 ? 0 : (double) leakedChars / piiChars;
    }

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public final Map<PiiType, Counts> perType = new EnumMap<>(PiiType.class);
  public final Counts overall = new Counts();
  public long piiChars;
  public long leakedChars;
  public int hardNegatives;
  public int hardNegativeFindings;
  public final Map<PiiType, Integer> hardNegativeByType = new EnumMap<>(PiiType.class);
  public final StringBuilder errors = new StringBuilder();

  public static Scorer score(PiiAnalyzer analyzer, List<LabelledCorpus.Case> cases) {
    Scorer s = new Scorer();
    for (PiiType t : PiiType.values()) {
      s.perType.put(t, new Counts());
    }
    for (LabelledCorpus.Case c : cases) {
      List<Finding> found = analyzer.analyze(c.text());
      if (c.hardNegative()) {
        s.hardNegatives++;
        s.hardNegativeFindings += found.size();
        for (Finding f : found) {
          s.hardNegativeByType.merge(f.type(), 1, Integer::sum);
        }
      }
      BitSet covered = new BitSet();
      for (Finding f : found) {
        covered.set(f.start(), f.end());
      }
      boolean[] matched = new boolean[found.size()];
      for (LabelledCorpus.Span g : c.gold()) {
        s.piiChars += g.end() - g.start();
        BitSet gap = new BitSet();
        gap.set(g.start(), g.end());
        gap.andNot(covered);
        s.leakedChars += gap.cardinality();
        s.perType.get(g.type()).piiChars += g.end() - g.start();
        s.perType.get(g.type()).leakedChars += gap.cardinality();
        int hit = -1;
        for (int i = 0; i < found.size(); i++) {
          Finding f = found.get(i);
          if (!matched[i] && f.type() == g.type() && iou(f, g) >= 0.5) {
            hit = i;
            break;
          }
        }
        if (hit >= 0) {
          matched[hit] = true;
          s.perType.get(g.type()).tp++;
        } else {
          s.perType.get(g.type()).fn++;
          s.errors
              .append("MISS ")
              .append(g.type())
              .append(' ')
              .append(c.id())
              .append(": ")
              .append(show(c.text(), g.start(), g.end()))
              .append(" found ")
              .append(describe(c.text(), found, g.start(), g.end()))
              .append('\n');
        }
      }
      for (int i = 0; i < found.size(); i++) {
        if (!matched[i]) {
          Finding f = found.get(i);
          s.perType.get(f.type()).fp++;
          s.errors
              .append("FALSE ")
              .append(f.type())
              .append(' ')
              .append(c.id())
              .append(": ")
              .append(show(c.text(), f.start(), f.end()))
              .append('\n');
        }
      }
    }
    for (Counts k : s.perType.values()) {
      s.overall.tp += k.tp;
      s.overall.fp += k.fp;
      s.overall.fn += k.fn;
    }
    return s;
  }

  private static double iou(Finding f, LabelledCorpus.Span g) {
    int inter = Math.min(f.end(), g.end()) - Math.max(f.start(), g.start());
    int union = Math.max(f.end(), g.end()) - Math.min(f.start(), g.start());
    return inter <= 0 ? 0 : (double) inter / union;
  }

  private static String show(String text, int s, int e) {
    return "[" + text.substring(s, e).replace("\n", "\\n") + "]";
  }

  private static String describe(String text, List<Finding> found, int s, int e) {
    StringBuilder b = new StringBuilder();
    for (Finding f : found) {
      if (f.end() > s && f.start() < e) {
        b.append(f.type()).append(show(text, f.start(), f.end())).append(' ');
      }
    }
    return b.length() == 0 ? "nothing" : b.toString();
  }

  public double leakRate() {
    return piiChars == 0 ? 0 : (double) leakedChars / piiChars;
  }

  /** The leak rate over the structured types only (see {@link PiiType#structured()}). */
  public double structuredLeakRate() {
    long chars = 0;
    long leaked = 0;
    for (Map.Entry<PiiType, Counts> e : perType.entrySet()) {
      if (e.getKey().structured()) {
        chars += e.getValue().piiChars;
        leaked += e.getValue().leakedChars;
      }
    }
    return chars == 0 ? 0 : (double) leaked / chars;
  }

  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "%-22s %5s %5s %5s %9s %7s %6s %7s%n",
            "type", "tp", "fp", "fn", "precision", "recall", "f1", "leak"));
    for (Map.Entry<PiiType, Counts> e : perType.entrySet()) {
      Counts k = e.getValue();
      if (k.tp + k.fp + k.fn == 0) {
        continue;
      }
      b.append(
          String.format(
              "%-22s %5d %5d %5d %9.3f %7.3f %6.3f %7.4f%n",
              e.getKey(), k.tp, k.fp, k.fn, k.precision(), k.recall(), k.f1(), k.leakRate()));
    }
    b.append(
        String.format(
            "%-22s %5d %5d %5d %9.3f %7.3f %6.3f%n",
            "OVERALL",
            overall.tp,
            overall.fp,
            overall.fn,
            overall.precision(),
            overall.recall(),
            overall.f1()));
    b.append(
        String.format(
            "leak rate: %.4f (%d of %d PII characters uncovered)%n",
            leakRate(), leakedChars, piiChars));
    b.append(String.format("leak rate on structured types: %.4f%n", structuredLeakRate()));
    b.append(
        String.format(
            "hard negatives: %d findings in %d cases (%.3f per 20 cases)%n",
            hardNegativeFindings,
            hardNegatives,
            hardNegatives == 0 ? 0 : 20.0 * hardNegativeFindings / hardNegatives));
    if (!hardNegativeByType.isEmpty()) {
      b.append(EvaluationSummary.byType(hardNegativeByType));
    }
    return b.toString();
  }
}
