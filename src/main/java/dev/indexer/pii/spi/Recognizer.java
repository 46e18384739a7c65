package dev.indexer.pii.spi;

import java.util.List;
import java.util.Set;

/**
 * Finds personal data of some types in a text. Implementations are stateless and thread-safe, must
 * not throw on any input (empty, huge, binary, unpaired surrogates) and must run in time linear in
 * the text length.
 *
 * <p>This is the seam for heavier analyzers: a NER model or a remote Presidio analyzer can
 * implement it and report PERSON or STREET_ADDRESS findings beside (or instead of) the rule-based
 * recognizers; {@link dev.indexer.pii.PiiAnalyzer} merges whatever the recognizers report.
 */
public interface Recognizer {

  /** The types this recognizer can report; used to switch it off when none is enabled. */
  Set<PiiType> types();

  /** Adds the findings in {@code text} to {@code out}. */
  void find(String text, List<Finding> out);

  /** A short name for errors and benchmarks; a wrapper gives the name of what it wraps. */
  default String name() {
    return getClass().getSimpleName();
  }
}
