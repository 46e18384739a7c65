package dev.indexer.event.debezium;

/** Where the version of a document comes from in a Debezium change event. */
public enum VersionSource {
  /**
   * {@code source.lsn}: the position of the change in the PostgreSQL write-ahead log, which grows
   * with every change (a snapshot's reads share the snapshot's position).
   */
  LSN,
  /**
   * {@code source.ts_ms}: when the change was committed, in milliseconds. Two changes of a document
   * in the same millisecond get the same version, and the second is taken as unchanged: use it only
   * where that cannot happen.
   */
  TS_MS,
  /** A column of the table ({@code indexer.debezium.columns.version}), a whole number. */
  COLUMN,
  /** No version: Kafka order within the key decides. */
  NONE
}
