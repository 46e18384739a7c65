package dev.indexer.event.debezium;

/**
 * A row of a change event (or its key, or its {@code source} block), whatever its wire form: the
 * view that {@link DebeziumDecoder} maps to a document, so that one mapping serves the JSON and the
 * Avro form alike. Values read as the JSON converter writes them: text as it is, numbers as their
 * digits (timestamps as the number Debezium sends), decimals as their plain number.
 */
interface Row {

  /** Whether the row has the column (whatever its value). */
  boolean has(String column);

  /** The column's value as text, or {@code null} when it is SQL NULL or the row lacks it. */
  String text(String column);

  /**
   * The column's value as a whole number, or {@code null} when it is SQL NULL or absent.
   *
   * @param what the name for the message, such as {@code source.lsn}
   * @throws dev.indexer.event.InvalidEventException ({@code UNDECODABLE}) when it is no whole
   *     number (never quoting it)
   */
  Long whole(String column, String what);

  /** The column's value in a form that {@code equals} another row's of the same form. */
  Object value(String column);
}
