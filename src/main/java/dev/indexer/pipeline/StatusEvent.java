package dev.indexer.pipeline;

/**
 * One record of the status topic. Carries ids and counts only, never document text, so that it is
 * free of PII. A rejected event has no ids (they might be what was wrong with it), only the reason.
 *
 * @param embedded chunks embedded for this event
 * @param reused chunks whose stored vectors were reused
 * @param tookMillis time the service spent on the event until its status, Qdrant writes included
 *     only where they are not batched (batched writes go out with the transaction's commit)
 */
public record StatusEvent(
    String tenant,
    String documentId,
    String eventId,
    Long version,
    Outcome outcome,
    int chunks,
    int embedded,
    int reused,
    String reason,
    long tookMillis) {}
