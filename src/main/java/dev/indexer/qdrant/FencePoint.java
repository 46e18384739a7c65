package dev.indexer.qdrant;

/**
 * What a document's point in the {@link Fences} collection records of the newest change written for
 * it: its fence token, the document's version after it, and whether it deleted the document. It
 * outlives the document's manifest, so it can stand in for a dropped one.
 *
 * @param token the largest fence token written for the document
 * @param version the document's version after that change; {@code null} when its events carry none
 * @param deleted whether that change deleted the document
 */
public record FencePoint(long token, Long version, boolean deleted) {}
