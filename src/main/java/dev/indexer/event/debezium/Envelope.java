package dev.indexer.event.debezium;

/**
 * Debezium's change event envelope, whatever its wire form.
 *
 * @param op {@code c}, {@code u}, {@code d}, {@code r} (or another: rejected), or {@code null}
 * @param before the row before the change, or {@code null}
 * @param after the row after the change, or {@code null}
 * @param source the {@code source} block ({@code lsn}, {@code ts_ms}), or {@code null}
 */
record Envelope(String op, Row before, Row after, Row source) {}
