package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbeddingCache;
import dev.indexer.embed.EmbeddingMetrics;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentRef;
import dev.indexer.event.EventLimits;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pipeline.Manifest.ManifestChunk;
import dev.indexer.qdrant.ChunkPoint;
import dev.indexer.qdrant.DocumentWrite;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.qdrant.PointIds;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.text.Chunk;
import dev.indexer.text.Chunker;
import dev.indexer.text.Normaliser;
import dev.indexer.text.TextBlock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Works out what one document change does to the index, given the document's manifest: normalise,
 * redact, chunk, embed only what is new, and the Qdrant writes that store the new chunks and then
 * remove the stale ones. The caller performs the writes; they are idempotent, so a change can be
 * prepared and written again after a failure.
 */
public final class DocumentIndexer {

  private final Normaliser normaliser;
  private final PiiRedactor redactor;
  private final Chunker chunker;
  private final Embedder embedder;
  private final PointWriter writer;
  private final Clock clock;
  private final EmbeddingCache cache;
  private final EmbeddingMetrics metrics;
  /** Most chunks of one document: its manifest must stay well below Kafka's message size. */
  private final int maxChunks;

  public DocumentIndexer(
      Normaliser normaliser,
      PiiRedactor redactor,
      Chunker chunker,
      Embedder embedder,
      PointWriter writer,
      Clock clock) {
    this(
        normaliser,
        redactor,
        chunker,
        embedder,
        writer,
        clock,
        EmbeddingCache.disabled(),
        EmbeddingMetrics.unregistered(),
        EventLimits.defaults().maxChunks());
  }


  public DocumentIndexer(
      Normaliser normaliser,
      PiiRedactor redactor,
      Chunker chunker,
      Embedder embedder,
      PointWriter writer,
      Clock clock,
      EmbeddingCache cache,
      EmbeddingMetrics metrics,
      int maxChunks) {
    this.maxChunks = maxChunks;
    this.cache = cache;
    this.metrics = metrics;
    this.normaliser = normaliser;
    this.redactor = redactor;
    this.chunker = chunker;
    this.embedder = embedder;
    this.writer = writer;
    this.clock = clock;
  }

  /** The writer of the index collection, which the change's writes are for. */
  public PointWriter writer() {
    return writer;
  }

  /**
   * What a change does.
   *
   * @param manifest the document's manifest after the change; unchanged for skipped events
   * @param write the Qdrant writes that bring the document's points in line with the manifest;
   *     {@code null} when nothing changes
   */
  public record Prepared(
      Outcome outcome, Manifest manifest, int chunks, int embedded, int reused, DocumentWrite write) {

    Prepared(Outcome outcome, Manifest manifest, int chunks, int embedded, int reused) {
      this(outcome, manifest, chunks, embedded, reused, null);
    }
  }

  /**
   * Prepares a change: embeds what it must (reading back the vectors of chunks the document
   * keeps) and returns the writes without performing them.
   */
  public Prepared prepare(DocumentChange change, Manifest previous, long position) {
    if (isStale(change, previous)) {
      return new Prepared(Outcome.SKIPPED_STALE, previous, previous.chunks().size(), 0, 0);
    }
    long seq = nextSeq(previous, position);
    if (change.operation() == DocumentChange.Operation.DELETE) {
      return delete(change, previous, seq);
    }
    return upsert(change, previous, seq);
  }

  /** Newest wins: an event older than the newest applied one changes nothing. */
  static boolean isStale(DocumentChange change, Manifest previous) {
    return previous != null
        && previous.version() != null
        && change.version() != null
        && change.version() < previous.version();
  }

  private Prepared delete(DocumentChange change, Manifest previous, long seq) {
    if (previous != null
        && previous.deleted()
        && change.version() != null
        && change.version().equals(previous.version())) {
      // The same delete again (a redelivery): the document is already gone.
      return new Prepared(Outcome.UNCHANGED, previous, 0, 0, 0);
    }
    Long version = change.version() != null ? change.version() : previous == null ? null : previous.version();
    String policyVersion = redactor.forTenant(change.ref().tenant()).policyVersion();
    Manifest deleted = new Manifest(version, true, List.of(), null, embedder.modelId(), policyVersion, clock.instant(), seq);
    // Delete by filter even without a manifest: it also removes points a lost manifest orphaned.
    return new Prepared(
        Outcome.DELETED,
        deleted,
        0,
        0,
        0,
        new DocumentWrite(change.ref(), seq, PointWriter.deleteOperations(change.ref(), seq)));
  }

  private Prepared upsert(DocumentChange change, Manifest previous, long seq) {
    DocumentRef ref = change.ref();
    // Pseudonyms are scoped to the document's tenant; so is the policy version recorded with them.
    PiiRedactor redactor = this.redactor.forTenant(ref.tenant());
    List<TextBlock> blocks = redactor.redactBlocks(normaliser.normalise(change.content(), change.contentType()));
    String title = change.title() == null ? null : redactor.redact(change.title()).text();
    Map<String, String> metadata = new TreeMap<>(redactor.redactMetadata(change.metadata()));
    String sourceUri = change.sourceUri() == null ? null : redactor.redact(change.sourceUri()).text();

    List<Chunk> chunks = chunker.chunk(blocks);
    if (chunks.size() > maxChunks) {
      throw new InvalidEventException(
          Reason.TOO_MANY_CHUNKS,
          "document of " + chunks.size() + " chunks exceeds indexer.events.max-chunks (" + maxChunks + ")");
    }
    List<ManifestChunk> current = new ArrayList<>(chunks.size());
    Map<String, Integer> occurrences = new HashMap<>();
    for (Chunk chunk : chunks) {
      String hash = sha256(chunk.identity());
      int occurrence = occurrences.merge(hash, 1, Integer::sum) - 1;
      current.add(new ManifestChunk(PointIds.chunk(ref, hash, occurrence).toString(), hash));
    }
    String attributes = attributesHash(title, sourceUri, metadata, change);
    boolean sameModel =
        previous != null
            && !previous.deleted()
            && embedder.modelId().equals(previous.modelId())
            && redactor.policyVersion().equals(previous.policyVersion());
    if (sameModel
        && previous.chunks().equals(current)
        && attributes.equals(previous.attributesHash())
        && Objects.equals(previous.version(), change.version())) {
      // A re-published, unchanged document: nothing to write.
      // Every chunk keeps its stored vector: reported as reused, in the counter and the status.
      metrics.reused(current.size());
      return new Prepared(Outcome.UNCHANGED, previous, current.size(), 0, current.size());
    }

    // Chunks the document already had keep their vectors: read them back instead of embedding.
    List<UUID> ids = current.stream().map(c -> UUID.fromString(c.pointId())).toList();
    Map<UUID, float[]> known = new HashMap<>();
    if (sameModel) {
      Set<UUID> wanted = new HashSet<>(ids);
      List<UUID> kept =
          previous.chunks().stream()
              .map(c -> UUID.fromString(c.pointId()))
              .filter(wanted::contains)
              .toList();
      known.putAll(writer.vectors(kept));
    }
    int reused = known.size();
    // Then chunks embedded recently for any document; only the rest goes to the model.
    List<Integer> missing = new ArrayList<>();
    List<EmbeddingCache.Key> keys = new ArrayList<>(chunks.size());
    for (int i = 0; i < ids.size(); i++) {
      EmbeddingCache.Key key =
          new EmbeddingCache.Key(sha256(chunks.get(i).embedText()), embedder.modelId(), redactor.policyVersion());
      keys.add(key);
      float[] vector = known.get(ids.get(i));
      if (vector == null && (vector = cache.get(key)) != null) {
        known.put(ids.get(i), vector);
      }
      if (vector == null) {
        missing.add(i);
      } else {
        cache.put(key, vector);
      }
    }
    List<float[]> fresh =
        embedder.embed(
            missing.stream().map(i -> chunks.get(i).embedText()).toList(),
            missing.stream().mapToInt(i -> chunks.get(i).tokens()).toArray());
    for (int j = 0; j < missing.size(); j++) {
      known.put(ids.get(missing.get(j)), fresh.get(j));
      cache.put(keys.get(missing.get(j)), fresh.get(j));
    }
    metrics.embedded(missing.size());
    metrics.reused(reused);
    metrics.cached(chunks.size() - missing.size() - reused);

    Instant now = clock.instant();
    List<ChunkPoint> points = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put(PayloadFields.TENANT, ref.tenant());
      payload.put(PayloadFields.DOCUMENT_ID, ref.documentId());
      payload.put(PayloadFields.CHUNK_INDEX, i);
      payload.put(PayloadFields.CHUNK_COUNT, chunks.size());
      payload.put(PayloadFields.TEXT, chunks.get(i).text());
      if (!chunks.get(i).headingPath().isEmpty()) {
        payload.put(PayloadFields.HEADING_PATH, chunks.get(i).headingPath());
      }
      payload.put(PayloadFields.CONTENT_HASH, current.get(i).contentHash());
      payload.put(PayloadFields.MODEL_ID, embedder.modelId());
      payload.put(PayloadFields.PII_POLICY, redactor.policyVersion());
      payload.put(PayloadFields.INDEXED_AT, now.toString());
      payload.put(PayloadFields.FENCE, seq);
      putIfPresent(payload, PayloadFields.VERSION, change.version());
      putIfPresent(payload, PayloadFields.TITLE, title);
      putIfPresent(payload, PayloadFields.SOURCE_URI, sourceUri);
      putIfPresent(payload, PayloadFields.EVENT_TIME, change.eventTime() == null ? null : change.eventTime().toString());
      if (!metadata.isEmpty()) {
        payload.put(PayloadFields.METADATA, new LinkedHashMap<String, Object>(metadata));
      }
      points.add(new ChunkPoint(ids.get(i), known.get(ids.get(i)), payload));
    }
    // An unversioned event keeps the newest known version, so older versioned events stay stale.
    Long version = change.version() != null ? change.version() : previous == null ? null : previous.version();
    Manifest next =
        new Manifest(
            version,
            false,
            current,
            attributes,
            embedder.modelId(),
            redactor.policyVersion(),
            now,
            seq);
    // New chunks first, then the ones the new version no longer has, in one ordered request: the
    // document never disappears from search while it is being replaced.
    return new Prepared(
        Outcome.INDEXED,
        next,
        chunks.size(),
        missing.size(),
        chunks.size() - missing.size(),
        new DocumentWrite(ref, seq, PointWriter.replaceOperations(ref, points, seq)));
  }

  /**
   * The fence token of the document's next write: its event's position in the log (offset + 1),
   * and at least one more than the document's last token. Both come from the log and the
   * committed manifest, never from what Qdrant holds now, so a writer that lost its partition
   * (and processes an event late) gets the same token for the same event as the new owner, and
   * a smaller one than any later event's: its writes lose. A document's events share a partition,
   * so positions grow with them.
   *
   * @param position the event's offset in its partition, or -1 when unknown
   */
  static long nextSeq(Manifest previous, long position) {
    return Math.max(position + 1, (previous == null ? 0 : previous.seq()) + 1);
  }

  private static void putIfPresent(Map<String, Object> payload, String key, Object value) {
    if (value != null) {
      payload.put(key, value);
    }
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
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
