/** The error taxonomy shared by the adapters and the pipeline: what is transient. */
package dev.indexer.fault;
