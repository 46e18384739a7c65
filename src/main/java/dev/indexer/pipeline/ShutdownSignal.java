package dev.indexer.pipeline;

/**
 * Whether the application is shutting down: retry loops then give up on transient faults, so that
 * Kafka Streams can close instead of waiting for an outage to end.
 */
public interface ShutdownSignal {

  boolean stopping();
}
