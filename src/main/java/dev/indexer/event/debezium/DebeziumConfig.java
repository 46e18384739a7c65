package dev.indexer.event.debezium;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * How the rows of a documents table, as Debezium change events carry them, become documents (with
 * {@code indexer.input.format=debezium}). Column names are the table's, as the connector writes
 * them. A change that touches no mapped column changes nothing (its status says {@code UNCHANGED}).
 * The same mapping reads the JSON and the Avro form.
 */
@ConfigMapping(prefix = "indexer.debezium")
public interface DebeziumConfig {

  /** The mapping of columns to document fields. */
  Columns columns();

  /**
   * The tenant of every document, when the table has no tenant column ({@code columns.tenant}
   * unset). One of the two is required.
   */
  Optional<String> tenant();

  /**
   * Content type of every document when {@code columns.content-type} is unset: {@code text/plain},
   * {@code text/markdown} or {@code text/html}.
   */
  @WithDefault("text/plain")
  String contentType();

  /**
   * Where a document's version comes from: {@code lsn} (PostgreSQL's {@code source.lsn}), {@code
   * ts-ms} ({@code source.ts_ms}, milliseconds: two changes in one millisecond look unchanged),
   * {@code column} ({@code columns.version}) or {@code none} (Kafka order decides).
   */
  @WithDefault("lsn")
  VersionSource versionSource();

  /** Columns of the table. */
  interface Columns {

    /**
     * The document id. It must be in the table's primary key (the event key), so that a delete's
     * tombstone names the document.
     */
    @WithDefault("id")
    String documentId();

    /** The tenant; unset: {@code indexer.debezium.tenant} for every row. */
    Optional<String> tenant();

    /** The title; unset: no title. */
    Optional<String> title();

    /** The text to index. */
    @WithDefault("content")
    String content();

    /** The content type of the row; unset: {@code indexer.debezium.content-type}. */
    Optional<String> contentType();

    /** Where the document lives in the source; unset: none. */
    Optional<String> sourceUri();

    /**
     * The version, with {@code version-source=column}: a whole number that grows, such as a
     * counter, a Kafka Connect or Debezium timestamp ({@code Timestamp}, {@code
     * io.debezium.time.MicroTimestamp}: the number they carry; not {@code ZonedTimestamp}, which is
     * text) or a decimal without a fraction. Anything else makes the event {@code UNDECODABLE}.
     */
    Optional<String> version();

    /**
     * Columns copied into the metadata (their name as key, their value as text), stored on every
     * chunk; unset: none. A column of the list that a row lacks is left out.
     */
    Optional<List<String>> metadata();
  }
}
