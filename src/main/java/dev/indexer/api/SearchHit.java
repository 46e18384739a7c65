package dev.indexer.api;

import java.util.Map;

/** One chunk found by a search. */
public record SearchHit(
    String id,
    float score,
    String tenant,
    String documentId,
    String title,
    String headingPath,
    Long chunkIndex,
    String text,
    Map<String, String> metadata) {}
