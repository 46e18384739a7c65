package dev.indexer.testkit.qdrant;

import java.util.Map;
import java.util.Set;

/** What a filter may look at: the point id, its payload and which named vectors it has. */
record PointView(PointKey id, Map<String, Object> payload, Set<String> vectorNames) {}
