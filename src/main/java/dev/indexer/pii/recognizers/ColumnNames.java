package dev.indexer.pii.recognizers;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names of a kind of table column, as the table readers ({@link TableColumns}, {@link
 * AlignedColumns}, {@link ColumnLegends}) ask for them: a set whose {@code contains} is a rule
 * ("Geburtsdatum des Kindes" is a birth date's column), whose elements are the listed names.
 */
final class ColumnNames extends AbstractSet<String> {

  private final Set<String> listed;
  private final Predicate<String> rule;

  private ColumnNames(Set<String> listed, Predicate<String> rule) {
    this.listed = listed;
    this.rule = rule;
  }

  /** The names of {@code listed}, and those {@code rule} accepts. */
  static Set<String> of(Set<String> listed, Predicate<String> rule) {
    return new ColumnNames(listed, rule);
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String name && (listed.contains(name) || rule.test(name));
  }

  @Override
  public Iterator<String> iterator() {
    return listed.iterator();
  }

  @Override
  public int size() {
    return listed.size();
  }
}
