package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbeddingBatcher;
import dev.indexer.embed.EmbeddingCache;
import dev.indexer.embed.EmbeddingMetrics;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.EventLimits;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.qdrant.ChunkPoint;
import dev.indexer.qdrant.DocumentWrite;
import dev.indexer.qdrant.IndexedChunk;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.text.Chunk;
import dev.indexer.text.Chunker;
import dev.indexer.text.Normaliser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Works out what one document change does to the index, given the document's manifest: a plan of
 * the change ({@link ChangePlanner}: normalise, redact, chunk), the vectors of its chunks, paid for
 * once ({@link VectorSource}), and the document's points after the change ({@link DocumentWrite}).
 * The caller performs the write; it is idempotent, so a change can be prepared and written again
 * after a failure.
 */
public final class DocumentIndexer {

  private final ChangePlanner planner;
  private final VectorSource vectors;
  private final Embedder embedder;
  private final PointWriter writer;
  private final Clock clock;
  private final EmbeddingMetrics metrics;
  private final IndexedVectors indexed;
  private final EmbeddingBatcher batcher;

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
    this(
        normaliser,
        redactor,
        chunker,
        embedder,
        writer,
        clock,
        cache,
        metrics,
        maxChunks,
        IndexedVectors.NONE);
  }

  /**
   * @param indexed told of the vectors of every document version it indexes
   */
  public DocumentIndexer(
      Normaliser normaliser,
      PiiRedactor redactor,
      Chunker chunker,
      Embedder embedder,
      PointWriter writer,
      Clock clock,
      EmbeddingCache cache,
      EmbeddingMetrics metrics,
      int maxChunks,
      IndexedVectors indexed) {
    this.indexed = indexed;
    this.planner = new ChangePlanner(normaliser, redactor, chunker, maxChunks);
    this.vectors = new VectorSource(embedder, cache, metrics, writer::vectors);
    this.embedder = embedder;
    this.writer = writer;
    this.clock = clock;
    this.metrics = metrics;
    this.batcher = null;
  }

  private DocumentIndexer(DocumentIndexer other, EmbeddingBatcher batcher) {
    this.indexed = other.indexed;
    this.planner = other.planner;
    this.vectors = other.vectors;
    this.embedder = other.embedder;
    this.writer = other.writer;
    this.clock = other.clock;
    this.metrics = other.metrics;
    this.batcher = batcher;
  }

  /**
   * The same indexer, whose {@link #prepareBatched} leaves the chunks to embed with {@code
   * batcher}, to be embedded with those of other events.
   */
  public DocumentIndexer batchedBy(EmbeddingBatcher batcher) {
    if (batcher.embedder() != embedder) {
      throw new IllegalArgumentException("the batcher embeds with another embedder");
    }
    return new DocumentIndexer(this, batcher);
  }

  /** The batches of {@link #prepareBatched}, or null when it embeds like {@link #prepare}. */
  EmbeddingBatcher batcher() {
    return batcher;
  }

  /** The media types of the content it can index. */
  public java.util.Set<String> mediaTypes() {
    return planner.mediaTypes();
  }

  /** The model that embeds the chunks. */
  public String modelId() {
    return embedder.modelId();
  }

  /** The writer of the index collection, which the change's writes are for. */
  public PointWriter writer() {
    return writer;
  }

  /**
   * What a change does.
   *
   * @param manifest the document's manifest after the change; unchanged for skipped events
   * @param write the document's points after the change; {@code null} when nothing changes
   */
  public record Prepared(
      Outcome outcome,
      Manifest manifest,
      int chunks,
      int embedded,
      int reused,
      DocumentWrite write,
      PendingWrite pending) {

    Prepared(Outcome outcome, Manifest manifest, int chunks, int embedded, int reused) {
      this(outcome, manifest, chunks, embedded, reused, null, null);
    }

    Prepared(
        Outcome outcome,
        Manifest manifest,
        int chunks,
        int embedded,
        int reused,
        DocumentWrite write) {
      this(outcome, manifest, chunks, embedded, reused, write, null);
    }

    /** Whether the change writes to Qdrant (now, or once its vectors are embedded). */
    boolean writes() {
      return write != null || pending != null;
    }

    /** The change's write, done or still waiting for vectors; null when it writes nothing. */
    PendingWrite pendingWrite() {
      return pending != null ? pending : write == null ? null : PendingWrite.done(write);
    }

    /**
     * Whether the change is applied: its manifest replaces the document's. Skipped and unchanged
     * events leave the document's manifest as it was.
     */
    boolean applied() {
      return outcome == Outcome.INDEXED || outcome == Outcome.DELETED;
    }
  }

  /**
   * Prepares a change: embeds what it must (reading back the vectors of chunks the document keeps)
   * and returns the write without performing it.
   */
  public Prepared prepare(DocumentChange change, Manifest previous, long position) {
    return prepare(change, previous, -1, position);
  }

  /**
   * Prepares a change read at {@code position} of {@code partition} (-1: unknown), which its points
   * record for reconciliation.
   */
  public Prepared prepare(DocumentChange change, Manifest previous, int partition, long position) {
    return prepare(change, previous, partition, position, null);
  }

  /**
   * As {@link #prepare(DocumentChange, Manifest, int, long)}, but the chunks the model must embed
   * are left with the indexer's batcher ({@link #batchedBy}), with those of other events: an
   * upsert's write is then {@link Prepared#pending()}, done once its vectors are. Without a
   * batcher, the same as {@code prepare}.
   */
  Prepared prepareBatched(DocumentChange change, Manifest previous, int partition, long position) {
    return prepare(change, previous, partition, position, batcher);
  }

  private Prepared prepare(
      DocumentChange change,
      Manifest previous,
      int partition,
      long position,
      EmbeddingBatcher batcher) {
    if (isStale(change, previous)) {
      return new Prepared(Outcome.SKIPPED_STALE, previous, previous.chunks().size(), 0, 0);
    }
    long seq = nextSeq(previous, position);
    if (change.operation() == DocumentChange.Operation.DELETE) {
      return delete(change, previous, seq);
    }
    return upsert(change, previous, seq, partition < 0 ? null : partition, batcher);
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
    String policyVersion = planner.redactor(change.ref().tenant()).policyVersion();
    Manifest deleted =
        new Manifest(
            newestVersion(change, previous),
            true,
            List.of(),
            null,
            embedder.modelId(),
            policyVersion,
            clock.instant(),
            seq,
            true);
    // Delete by filter even without a manifest: it also removes points a lost manifest orphaned.
    return new Prepared(
        Outcome.DELETED,
        deleted,
        0,
        0,
        0,
        DocumentWrite.delete(change.ref(), seq).recording(deleted.version()));
  }

  private Prepared upsert(
      DocumentChange change,
      Manifest previous,
      long seq,
      Integer partition,
      EmbeddingBatcher batcher) {
    if (change.fieldsUnchanged() && previous != null && !previous.deleted()) {
      // The source says no field changed (such as a Debezium update of unmapped columns): the
      // points stay as they are, version included; a status still says the event was seen.
      int count = previous.chunks().size();
      metrics.reused(count);
      return new Prepared(Outcome.UNCHANGED, previous, count, 0, count);
    }
    ChangePlan plan = planner.plan(change);
    int count = plan.chunks().size();
    if (plan.unchanged(previous, embedder.modelId(), change.version())) {
      // A re-published, unchanged document: nothing to write.
      // Every chunk keeps its stored vector: reported as reused, in the counter and the status.
      metrics.reused(count);
      return new Prepared(Outcome.UNCHANGED, previous, count, 0, count);
    }
    VectorSource.Pending found = vectors.vectors(plan, previous, batcher);
    Instant now = clock.instant();
    Manifest next =
        new Manifest(
            newestVersion(change, previous),
            false,
            plan.manifestChunks(),
            plan.attributesHash(),
            embedder.modelId(),
            plan.policyVersion(),
            now,
            seq,
            true);
    // New chunks first, then the ones the new version no longer has, in one ordered request: the
    // document never disappears from search while it is being replaced.
    PendingWrite write =
        new PendingWrite(
            found,
            count + 1,
            vectors -> {
              indexed.indexed(vectors);
              List<ChunkPoint> points = new ArrayList<>(count);
              List<UUID> ids = plan.ids();
              for (int i = 0; i < count; i++) {
                Chunk chunk = plan.chunks().get(i);
                points.add(
                    new IndexedChunk(
                            plan.ref(),
                            ids.get(i),
                            vectors.get(i),
                            i,
                            count,
                            chunk.text(),
                            chunk.headingPath(),
                            plan.manifestChunks().get(i).contentHash(),
                            embedder.modelId(),
                            plan.policyVersion(),
                            now,
                            seq,
                            change.version(),
                            plan.title(),
                            plan.sourceUri(),
                            change.eventTime(),
                            plan.metadata(),
                            partition)
                        .point());
              }
              return new DocumentWrite(plan.ref(), seq, points).recording(next.version());
            });
    int embedded = found.embedded();
    if (batcher == null) {
      return new Prepared(
          Outcome.INDEXED, next, count, embedded, count - embedded, write.await(), null);
    }
    return new Prepared(Outcome.INDEXED, next, count, embedded, count - embedded, null, write);
  }

  /**
   * The write of an upsert, which may still wait for the vectors of its chunks ({@link
   * #prepareBatched}): built once they are all known. A chunk whose embedding call failed is
   * embedded again, alone with the other failed chunks of its event, by {@link #await}, in the
   * calling thread: the caller retries that under its own rules.
   */
  public static final class PendingWrite {
    private final VectorSource.Pending vectors;
    private final int points;
    private final java.util.function.Function<List<float[]>, DocumentWrite> build;
    private DocumentWrite write;

    PendingWrite(
        VectorSource.Pending vectors,
        int points,
        java.util.function.Function<List<float[]>, DocumentWrite> build) {
      this.vectors = vectors;
      this.points = points;
      this.build = build;
    }

    /** A write with nothing to wait for. */
    static PendingWrite done(DocumentWrite write) {
      PendingWrite done = new PendingWrite(null, write.points(), null);
      done.write = write;
      return done;
    }

    /** Points it upserts or removes, as {@link DocumentWrite#points()} counts them. */
    int points() {
      return points;
    }

    /** Chunks still being embedded. */
    int waiting() {
      return write != null ? 0 : vectors.waiting();
    }

    /** Whether {@link #await} would not wait: every embedding call of its chunks has ended. */
    boolean done() {
      return write != null || vectors.done();
    }

    /** Whether an embedding call of its chunks failed (they are embedded again by await). */
    boolean failed() {
      return write == null && vectors.failed();
    }

    /** Waits at most {@code millis} for the oldest call of its chunks still under way. */
    void awaitSome(long millis) throws InterruptedException {
      if (write == null) {
        vectors.awaitSome(millis);
      }
    }

    /**
     * The write, once its vectors are known; may be called again after it threw.
     *
     * @throws RuntimeException what the embedder throws for the chunks embedded again
     */
    DocumentWrite await() {
      if (write == null) {
        write = build.apply(vectors.await().vectors());
      }
      return write;
    }
  }

  /** An unversioned event keeps the newest known version, so older versioned events stay stale. */
  private static Long newestVersion(DocumentChange change, Manifest previous) {
    return change.version() != null
        ? change.version()
        : previous == null ? null : previous.version();
  }

  /**
   * The fence token of the document's next write: its event's position in the log (offset + 1), and
   * at least one more than the document's last token. Both come from the log and the committed
   * manifest, never from what Qdrant holds now, so a writer that lost its partition (and processes
   * an event late) gets the same token for the same event as the new owner, and a smaller one than
   * any later event's: its writes lose. A document's events share a partition, so positions grow
   * with them.
   *
   * @param position the event's offset in its partition, or -1 when unknown
   */
  static long nextSeq(Manifest previous, long position) {
    return Math.max(position + 1, (previous == null ? 0 : previous.seq()) + 1);
  }
}
