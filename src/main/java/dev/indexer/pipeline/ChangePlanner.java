package dev.indexer.pipeline;

import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentRef;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pipeline.Manifest.ManifestChunk;
import dev.indexer.qdrant.PointIds;
import dev.indexer.text.Chunk;
import dev.indexer.text.Chunker;
import dev.indexer.text.Normaliser;
import dev.indexer.text.TextBlock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans an upsert from the event alone: normalise, redact with the tenant's policy, chunk, and
 * derive each chunk's point id from its content. No network, no model: the same event gives the
 * same plan on any instance.
 */
final class ChangePlanner {

  private final Normaliser normaliser;
  private final PiiRedactor redactor;
  private final Chunker chunker;

  /** Most chunks of one document: its manifest must stay well below Kafka's message size. */
  private final int maxChunks;

  ChangePlanner(Normaliser normaliser, PiiRedactor redactor, Chunker chunker, int maxChunks) {
    this.normaliser = normaliser;
    this.redactor = redactor;
    this.chunker = chunker;
    this.maxChunks = maxChunks;
  }

  /** The media types the normaliser reads. */
  java.util.Set<String> mediaTypes() {
    return normaliser.mediaTypes();
  }

  /** The redactor of the tenant's documents: pseudonyms and policy version are per tenant. */
  PiiRedactor redactor(String tenant) {
    return redactor.forTenant(tenant);
  }

  /**
   * The plan of an upsert.
   *
   * @throws InvalidEventException {@code TOO_MANY_CHUNKS} above {@code indexer.events.max-chunks}
   */
  ChangePlan plan(DocumentChange change) {
    DocumentRef ref = change.ref();
    PiiRedactor redactor = redactor(ref.tenant());
    List<TextBlock> blocks =
        redactor.redactBlocks(normaliser.normalise(change.content(), change.contentType()));
    String title = change.title() == null ? null : redactor.redact(change.title()).text();
    Map<String, String> metadata = new TreeMap<>(redactor.redactMetadata(change.metadata()));
    String sourceUri =
        change.sourceUri() == null ? null : redactor.redact(change.sourceUri()).text();

    List<Chunk> chunks = chunker.chunk(TextBlock.joinLines(blocks));
    if (chunks.size() > maxChunks) {
      throw new InvalidEventException(
          Reason.TOO_MANY_CHUNKS,
          "document of "
              + chunks.size()
              + " chunks exceeds indexer.events.max-chunks ("
              + maxChunks
              + ")");
    }
    return new ChangePlan(
        ref,
        chunks,
        manifestChunks(ref, chunks),
        title,
        sourceUri,
        metadata,
        attributesHash(title, sourceUri, metadata, change),
        redactor.policyVersion());
  }

  /**
   * Each chunk's point id: a hash of what is stored and embedded for it, and its occurrence among
   * equal chunks, so an unchanged chunk keeps its id wherever it moves in the document.
   */
  private static List<ManifestChunk> manifestChunks(DocumentRef ref, List<Chunk> chunks) {
    List<ManifestChunk> current = new ArrayList<>(chunks.size());
    Map<String, Integer> occurrences = new HashMap<>();
    for (Chunk chunk : chunks) {
      String hash = sha256(chunk.identity());
      int occurrence = occurrences.merge(hash, 1, Integer::sum) - 1;
      current.add(new ManifestChunk(PointIds.chunk(ref, hash, occurrence).toString(), hash));
    }
    return current;
  }

  private static String attributesHash(
      String title, String sourceUri, Map<String, String> metadata, DocumentChange change) {
    StringBuilder s = new StringBuilder();
    s.append(title).append('\u0000').append(sourceUri).append('\u0000').append(change.eventTime());
    metadata.forEach((k, v) -> s.append('\u0000').append(k).append('=').append(v));
    return sha256(s.toString());
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
