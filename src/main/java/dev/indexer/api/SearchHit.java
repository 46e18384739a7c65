package dev.indexer.api;

import java.util.Map;

/**
 * One chunk found by a search; {@code model} is the embedding model of its vector, the model of the
 * generation that answered.
 */
public record SearchHit(
    String id,
    float score,
    String tenant,
    String documentId,
    String title,
    String headingPath,
    Long chunkIndex,
    String text,
    Map<String, String> metadata,
    String model) {}
