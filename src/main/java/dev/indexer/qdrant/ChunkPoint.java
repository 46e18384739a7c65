package dev.indexer.qdrant;

import java.util.Map;
import java.util.UUID;

/** A chunk ready to be written: its id, its vector and its payload (plain Java values). */
public record ChunkPoint(UUID id, float[] vector, Map<String, Object> payload) {}
