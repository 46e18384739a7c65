package dev.indexer.pipeline;

import dev.indexer.event.DocumentRef;
import dev.indexer.qdrant.FencePoint;
import dev.indexer.qdrant.PointWriter;
import io.quarkus.logging.Log;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps one task's manifest store from growing forever: drops the manifests of deleted documents
 * once their grace period is over, and stands a document's fence point in for its dropped manifest
 * when an event of the document comes later, so that the version guard still holds.
 *
 * <p>It runs on the task's stream thread (a wall-clock punctuation), so its deletes are part of the
 * Kafka transaction of the events around them, like every other write to the store. Each run reads
 * one slice of the store, from where the previous one stopped, so that a large store is swept in
 * many short steps instead of pausing indexing for long.
 *
 * <p>Only manifests whose change is recorded on the fence point ({@link Manifest#recordedOnFence})
 * are dropped. Once this partition's store has dropped one (a marker in the sweep store says so,
 * restarts included), an event of a document without a manifest reads the document's fence point:
 * one Qdrant read, which documents of a store that never dropped anything never pay.
 */
final class ManifestSweep {

  /** Key in the sweep store: how many manifests this partition's store has dropped in all. */
  static final String DROPPED = "dropped";

  private final KeyValueStore<String, Manifest> manifests;
  private final KeyValueStore<String, Long> state;
  private final PointWriter writer;
  private final ManifestRetention retention;
  private final String task;

  /** The first key of the next slice; null: the next slice starts a new pass at the beginning. */
  private String cursor;

  /** Whether the store has ever dropped a manifest; null until read from the sweep store. */
  private Boolean dropped;

  private long passRead;
  private long passDropped;
  private long passUnreadable;

  ManifestSweep(
      KeyValueStore<String, Manifest> manifests,
      KeyValueStore<String, Long> state,
      PointWriter writer,
      ManifestRetention retention,
      String task) {
    this.manifests = manifests;
    this.state = state;
    this.writer = writer;
    this.retention = retention;
    this.task = task;
  }

  /**
   * What stands in for the manifest of a document that has none: its fence point, when this store
   * has dropped manifests before (the document's may be one of them); else null, without asking
   * Qdrant. A Qdrant fault is thrown to the caller, which retries it like any other.
   */
  Manifest standIn(DocumentRef ref) {
    if (!hasDropped()) {
      return null;
    }
    FencePoint point = writer.fencePoint(ref);
    return point == null ? null : Manifest.standIn(point);
  }

  /** One slice of the sweep, at wall-clock time {@code now} (epoch milliseconds). */
  void sweep(long now) {
    Instant cutoff = Instant.ofEpochMilli(now).minus(retention.grace());
    List<String> expired = new ArrayList<>();
    int read = 0;
    String next = null;
    try (KeyValueIterator<String, Manifest> it = manifests.range(cursor, null)) {
      while (it.hasNext()) {
        if (read == retention.slice()) {
          next = it.peekNextKey();
          break;
        }
        read++;
        KeyValue<String, Manifest> kv = next(it);
        if (kv != null && expired(kv.value, cutoff)) {
          expired.add(kv.key);
        }
      }
    }
    drop(expired);
    passRead += read;
    cursor = next;
    if (next == null) {
      endOfPass();
    }
  }

  /**
   * The next manifest, or null when it does not parse: left for the next event of its document,
   * which replaces it (see {@link IndexingProcessor}).
   */
  private KeyValue<String, Manifest> next(KeyValueIterator<String, Manifest> it) {
    try {
      return it.next();
    } catch (SerializationException e) {
      passUnreadable++;
      return null;
    }
  }

  /** A deleted document's manifest, its delete older than the cutoff and on its fence point. */
  private static boolean expired(Manifest m, Instant cutoff) {
    return m != null
        && m.deleted()
        && m.recordedOnFence()
        && m.indexedAt() != null
        && m.indexedAt().isBefore(cutoff);
  }

  /** Drops the manifests, the marker first (in the same transaction). */
  private void drop(List<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    Long before = state.get(DROPPED);
    state.put(DROPPED, (before == null ? 0 : before) + keys.size());
    dropped = true;
    keys.forEach(manifests::delete);
    retention.dropped().increment(keys.size());
    passDropped += keys.size();
  }

  private boolean hasDropped() {
    if (dropped == null) {
      dropped = state.get(DROPPED) != null;
    }
    return dropped;
  }

  /** One line of counts per pass that dropped something; never document ids. */
  private void endOfPass() {
    if (passDropped > 0 || passUnreadable > 0) {
      Log.infof(
          "Manifest store of task %s swept: %d manifests read, %d of documents deleted more than %s"
              + " ago dropped, %d unreadable left for their next event",
          task, passRead, passDropped, retention.grace(), passUnreadable);
    }
    passRead = 0;
    passDropped = 0;
    passUnreadable = 0;
  }
}
