package dev.indexer.event;

/** The format of the records of the input topic. */
public enum InputFormat {
  /** The service's own change events: Avro {@code DocumentChangeEvent} or its JSON form. */
  EVENTS,
  /** Debezium change events of a documents table (see {@code indexer.debezium.*}). */
  DEBEZIUM
}
