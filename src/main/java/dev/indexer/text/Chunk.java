package dev.indexer.text;

/** One piece of a document's text, embedded and stored as one point. */
public record Chunk(int index, String text) {}
