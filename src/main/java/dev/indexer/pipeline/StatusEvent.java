package dev.indexer.pipeline;

/**
 * One record of the status topic. Carries ids and counts only, never document text, so that it is
 * free of PII.
 */
public record StatusEvent(
    String tenant,
    String documentId,
    String eventId,
    Long version,
    Outcome outcome,
    int chunks,
    int embedded,
    String reason,
    long tookMillis) {}
