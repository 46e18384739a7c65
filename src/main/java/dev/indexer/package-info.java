/** Streaming vector indexer: Kafka document change events to an exact Qdrant mirror. */
package dev.indexer;
