package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentRef;
import dev.indexer.qdrant.ChunkPoint;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.qdrant.PointIds;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.text.Chunk;
import dev.indexer.text.Chunker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies one document change to the index: chunk, embed, write, then remove what is stale. */
public final class DocumentIndexer {

  private final Chunker chunker;
  private final Embedder embedder;
  private final PointWriter writer;
  private final Clock clock;

  public DocumentIndexer(Chunker chunker, Embedder embedder, PointWriter writer, Clock clock) {
    this.chunker = chunker;
    this.embedder = embedder;
    this.writer = writer;
    this.clock = clock;
  }

  /** Result of applying a change: the outcome and how many chunks the document now has. */
  public record Applied(Outcome outcome, int chunks, int embedded) {}

  public Applied apply(DocumentChange change) {
    if (change.operation() == DocumentChange.Operation.DELETE) {
      writer.deleteDocument(change.ref());
      return new Applied(Outcome.DELETED, 0, 0);
    }
    List<Chunk> chunks = chunker.chunk(change.content());
    List<float[]> vectors = embedder.embed(chunks.stream().map(Chunk::text).toList());
    List<ChunkPoint> points = new ArrayList<>(chunks.size());
    String indexedAt = clock.instant().toString();
    for (int i = 0; i < chunks.size(); i++) {
      points.add(
          new ChunkPoint(
              PointIds.chunk(change.ref(), i),
              vectors.get(i),
              payload(change, chunks.get(i), chunks.size(), indexedAt)));
    }
    // New chunks first, then the ones the new version no longer has: the document never
    // disappears from search while it is being replaced.
    writer.upsert(points);
    writer.deleteChunksFrom(change.ref(), chunks.size());
    return new Applied(Outcome.INDEXED, chunks.size(), chunks.size());
  }

  private Map<String, Object> payload(
      DocumentChange change, Chunk chunk, int chunkCount, String indexedAt) {
    DocumentRef ref = change.ref();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(PayloadFields.TENANT, ref.tenant());
    p.put(PayloadFields.DOCUMENT_ID, ref.documentId());
    p.put(PayloadFields.CHUNK_INDEX, chunk.index());
    p.put(PayloadFields.CHUNK_COUNT, chunkCount);
    p.put(PayloadFields.TEXT, chunk.text());
    p.put(PayloadFields.CONTENT_HASH, sha256(chunk.text()));
    p.put(PayloadFields.MODEL_ID, embedder.modelId());
    p.put(PayloadFields.INDEXED_AT, indexedAt);
    if (change.version() != null) {
      p.put(PayloadFields.VERSION, change.version());
    }
    if (change.title() != null) {
      p.put(PayloadFields.TITLE, change.title());
    }
    if (change.sourceUri() != null) {
      p.put(PayloadFields.SOURCE_URI, change.sourceUri());
    }
    if (change.eventTime() != null) {
      p.put(PayloadFields.EVENT_TIME, change.eventTime().toString());
    }
    if (!change.metadata().isEmpty()) {
      p.put(PayloadFields.METADATA, new LinkedHashMap<String, Object>(change.metadata()));
    }
    return p;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
