package dev.indexer.pii;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the recognizers over a text and resolves overlapping findings into one span each: the union
 * of the overlapping spans (so no part of any finding is left in clear), typed after the strongest
 * finding in it (highest score, then longest, then the earlier type in {@link PiiType}).
 */
public final class PiiAnalyzer {

  private final List<Recognizer> recognizers;
  private final Set<PiiType> enabled;

  public PiiAnalyzer(List<Recognizer> recognizers, Set<PiiType> enabled) {
    this.enabled = enabled.isEmpty() ? EnumSet.noneOf(PiiType.class) : EnumSet.copyOf(enabled);
    this.recognizers =
        recognizers.stream()
            .filter(r -> r.types().stream().anyMatch(this.enabled::contains))
            .toList();
  }

  public Set<PiiType> enabledTypes() {
    return Set.copyOf(enabled);
  }

  /**
   * The resolved findings, sorted by start, not overlapping.
   *
   * @throws PiiRedactionException if a recognizer throws or reports an out-of-range span
   */
  public List<Finding> analyze(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Finding> raw = new ArrayList<>();
    for (Recognizer r : recognizers) {
      int before = raw.size();
      try {
        r.find(text, raw);
      } catch (RuntimeException | StackOverflowError e) {
        throw new PiiRedactionException(r.name(), e);
      }
      for (int i = before; i < raw.size(); i++) {
        Finding f = raw.get(i);
        if (f == null || f.end() > text.length()) {
          throw new PiiRedactionException(
              r.name(), new IndexOutOfBoundsException("span outside the text"));
        }
      }
    }
    raw.removeIf(f -> !enabled.contains(f.type()));
    return resolve(raw);
  }

  static List<Finding> resolve(List<Finding> raw) {
    if (raw.isEmpty()) {
      return List.of();
    }
    raw.sort(Comparator.comparingInt(Finding::start).thenComparingInt(f -> -f.end()));
    List<Finding> out = new ArrayList<>();
    Finding best = raw.get(0);
    int start = best.start();
    int end = best.end();
    for (int i = 1; i < raw.size(); i++) {
      Finding f = raw.get(i);
      if (f.start() < end) {
        end = Math.max(end, f.end());
        if (stronger(f, best)) {
          best = f;
        }
      } else {
        out.add(new Finding(best.type(), start, end, best.score()));
        best = f;
        start = f.start();
        end = f.end();
      }
    }
    out.add(new Finding(best.type(), start, end, best.score()));
    return out;
  }

  private static boolean stronger(Finding a, Finding b) {
    if (a.score() != b.score()) {
      return a.score() > b.score();
    }
    if (a.length() != b.length()) {
      return a.length() > b.length();
    }
    return a.type().ordinal() < b.type().ordinal();
  }
}
