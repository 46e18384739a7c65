package dev.indexer.pipeline;

import dev.indexer.qdrant.DocumentWrite;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.qdrant.QdrantRequestException;
import dev.indexer.qdrant.QdrantUnavailableException;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.processor.TaskId;

/**
 * The Qdrant writes of a stream thread's events whose Kafka transaction is still open, sent to
 * Qdrant as few requests just before the transaction commits.
 *
 * <p>Under exactly-once, an event's manifest, status and offset become visible only when the stream
 * thread's transaction commits. {@link TransactionalClientSupplier}'s producer writes the thread's
 * pending operations (in order, {@code wait=true}) before it commits, so nothing is committed that
 * Qdrant does not hold, and an aborted transaction drops its pending writes: its events are
 * processed again. Many events then share one request instead of one request each.
 *
 * <p>Each event's {@link Settlement} says what its transaction carries once its writes are settled:
 * its status when Qdrant holds them; when Qdrant refused them for good, its previous manifest put
 * back, its dead letter and its rejection. The events of a refused request are written one by one
 * to find those at fault; the others' writes go through, and the transaction commits as usual. No
 * task is closed dirty and no state restored for a refusal: only a retry budget given up, or a
 * shutdown during an outage, fails the transaction.
 */
final class PendingWrites {

  /**
   * Where writes go and how their faults are retried: one per processor. {@code batcher} embeds the
   * chunks of its events, or is null when they are embedded before the write is added.
   */
  record Target(
      PointWriter writer,
      ProcessingSettings settings,
      FaultListener faults,
      dev.indexer.embed.EmbeddingBatcher batcher) {}

  /**
   * What an event's transaction carries once its writes are settled; called on the stream thread
   * while the transaction is open, before it commits.
   */
  interface Settlement {
    /** Qdrant holds the event's writes: the records that say so (its status). */
    List<ProducerRecord<byte[], byte[]>> written();

    /**
     * Qdrant refused the event's writes for good: puts the document's previous manifest back in its
     * task's store, and returns the records that say so (dead letter and status).
     */
    List<ProducerRecord<byte[], byte[]>> refused(RuntimeException refusal);
  }

  /** One event's writes, which may still wait for the vectors of its chunks. */
  private record Entry(
      Target target,
      TaskId task,
      String document,
      String source,
      DocumentIndexer.PendingWrite write,
      Settlement settlement) {}

  /** A record the transaction carries for a settled event of {@code task}. */
  private record Outgoing(TaskId task, ProducerRecord<byte[], byte[]> record) {}

  private final Thread thread;
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> documents = new HashSet<>();
  private final List<Outgoing> settled = new ArrayList<>();
  private int points;

  PendingWrites(Thread thread) {
    this.thread = thread;
  }

  /** The stream thread whose transactions these writes belong to. */
  Thread thread() {
    return thread;
  }

  /** Whether a document has writes pending: its points in Qdrant are not yet its latest. */
  boolean hasPending(String document) {
    return documents.contains(document);
  }

  /** Points pending, across all events. */
  int points() {
    return points;
  }

  void add(
      Target target,
      TaskId task,
      String document,
      String source,
      DocumentIndexer.PendingWrite write,
      Settlement settlement) {
    if (write == null) {
      settle(task, settlement.written());
      return;
    }
    entries.add(new Entry(target, task, document, source, write, settlement));
    documents.add(document);
    points += write.points();
  }

  /**
   * Writes everything pending, in order: the operations of consecutive events for the same
   * collection in one request (of up to the settings' batch points), transient faults retried with
   * backoff, after waiting for the vectors still being embedded. An event whose writes Qdrant
   * refused for good, or whose text the embedder refused for good, is settled as refused; the
   * others as written.
   *
   * @throws WritesGivenUpException when the retry budget ran out or the service stops during an
   *     outage: nothing is pending afterwards, and the transaction must not commit
   */
  void flush() {
    flush(entries.size());
  }

  /**
   * Writes the pending events whose vectors are all known, from the oldest up to the first that
   * still waits, in requests of up to the settings' batch points; the others stay pending.
   */
  void flushReady() {
    int ready = 0;
    while (ready < entries.size() && entries.get(ready).write.done()) {
      ready++;
    }
    flush(ready);
  }

  /**
   * Writes the pending events up to and including the last one of {@code document}, in order (see
   * {@link #flush()}); those after it stay pending.
   */
  void flushThrough(String document) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).document.equals(document)) {
        flush(i + 1);
        return;
      }
    }
  }

  /** Chunks of the pending events still being embedded. */
  int waitingChunks() {
    int n = 0;
    for (Entry e : entries) {
      n += e.write.waiting();
    }
    return n;
  }

  /** Whether an embedding call of a pending event failed: flushing embeds it again, retried. */
  boolean embeddingFailed() {
    for (Entry e : entries) {
      if (e.write.failed()) {
        return true;
      }
    }
    return false;
  }

  /** Waits at most {@code millis} for the oldest embedding call of the pending events. */
  void awaitEmbeddings(long millis) throws InterruptedException {
    for (Entry e : entries) {
      if (!e.write.done()) {
        e.write.awaitSome(millis);
        return;
      }
    }
  }

  /** Writes the first {@code count} pending events (see {@link #flush()}). */
  private void flush(int count) {
    if (count == 0) {
      return;
    }
    List<Entry> all = new ArrayList<>(entries.subList(0, count));
    entries.subList(0, count).clear();
    // The transaction waits for these chunks now: they go before those of other threads.
    all.stream()
        .filter(e -> !e.write.done() && e.target.batcher() != null)
        .map(e -> e.target.batcher())
        .distinct()
        .forEach(dev.indexer.embed.EmbeddingBatcher::expedite);
    documents.clear();
    points = 0;
    for (Entry e : entries) {
      documents.add(e.document);
      points += e.write.points();
    }
    // Every vector first: an event whose text the embedder refuses for good is settled as refused
    // in its place, and a fault that outlasts the budget fails the transaction before any write.
    List<DocumentWrite> writes = new ArrayList<>(all.size());
    List<RuntimeException> refusals = new ArrayList<>(all.size());
    for (Entry e : all) {
      RuntimeException refused = null;
      DocumentWrite write = null;
      try {
        write = vectors(e);
      } catch (WritesGivenUpException givenUp) {
        throw givenUp;
      } catch (RuntimeException failure) {
        refused = failure;
      }
      writes.add(write);
      refusals.add(refused);
    }
    for (int from = 0, to; from < all.size(); from = to) {
      if (refusals.get(from) != null) {
        Entry entry = all.get(from);
        // Coordinates only: the reason goes to the dead letter.
        Log.warnf(
            "The embedder refused a text of the event at %s for good; it is dead-lettered",
            entry.source);
        settle(entry.task, entry.settlement.refused(refusals.get(from)));
        to = from + 1;
        continue;
      }
      to = from + 1;
      int runPoints = all.get(from).write.points();
      int limit = Math.max(1, all.get(from).target.settings().batchPoints());
      while (to < all.size()
          && refusals.get(to) == null
          && all.get(to).target.writer() == all.get(from).target.writer()
          && runPoints + all.get(to).write.points() <= limit) {
        runPoints += all.get(to).write.points();
        to++;
      }
      List<Entry> run = all.subList(from, to);
      List<DocumentWrite> runWrites = writes.subList(from, to);
      RuntimeException refusal = refusal(run, runWrites);
      if (refusal == null) {
        run.forEach(e -> settle(e.task, e.settlement.written()));
        continue;
      }
      // Refused for good: find the events at fault by writing them one by one.
      for (int i = 0; i < run.size(); i++) {
        Entry entry = run.get(i);
        RuntimeException own =
            run.size() == 1 ? refusal : refusal(List.of(entry), List.of(runWrites.get(i)));
        if (own == null) {
          settle(entry.task, entry.settlement.written());
        } else {
          // Coordinates only: the reason goes to the dead letter.
          Log.warnf(
              "Qdrant refused the writes of the event at %s for good; it is dead-lettered",
              entry.source);
          settle(entry.task, entry.settlement.refused(own));
        }
      }
    }
  }

  /**
   * The event's write once its vectors are known, chunks whose embedding call failed embedded again
   * with the retry rules of an event on its own.
   *
   * @throws WritesGivenUpException when the embedder stayed unavailable past the budget, or the
   *     service stops meanwhile
   * @throws RuntimeException the embedder's permanent refusal of the event's text
   */
  private static DocumentWrite vectors(Entry e) {
    Target target = e.target;
    try {
      return Retries.untilDone(e.write::await, target.settings(), target.faults());
    } catch (RetryBudgetExhaustedException x) {
      throw new WritesGivenUpException("embedding given up for now: " + x.getMessage(), x);
    } catch (RuntimeException x) {
      if (target.settings().stopping().getAsBoolean() || Retries.isTransient(x)) {
        throw new WritesGivenUpException(
            "embedding stopped by shutdown: " + x.getClass().getName(), null);
      }
      throw x;
    }
  }

  /**
   * Records of an event of {@code task} settled without a write (such as a rejection), sent in
   * order with the others before the transaction commits.
   */
  void settled(TaskId task, List<ProducerRecord<byte[], byte[]>> records) {
    settle(task, records);
  }

  private void settle(TaskId task, List<ProducerRecord<byte[], byte[]>> records) {
    records.forEach(r -> settled.add(new Outgoing(task, r)));
  }

  /**
   * The records of the events settled since the last call, to be sent in the open transaction
   * before it commits.
   */
  List<ProducerRecord<byte[], byte[]>> drainSettled() {
    List<ProducerRecord<byte[], byte[]>> records = settled.stream().map(Outgoing::record).toList();
    settled.clear();
    return records;
  }

  /**
   * Writes a run of events, retrying transient faults; null when Qdrant took them, else why it
   * refused them for good.
   */
  private static RuntimeException refusal(List<Entry> run, List<DocumentWrite> writes) {
    Target target = run.get(0).target;
    try {
      Retries.runUntilDone(() -> target.writer().write(writes), target.settings(), target.faults());
      return null;
    } catch (RetryBudgetExhaustedException e) {
      // Qdrant stayed unavailable: not a refusal; the events come back.
      throw new WritesGivenUpException("Qdrant writes given up for now: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // The service's own Qdrant messages name the call and the status code; another exception's
      // message might quote the data it failed on, so only its type is told.
      boolean own = e instanceof QdrantRequestException || e instanceof QdrantUnavailableException;
      String reason =
          own ? e.getMessage() : "processing failed (" + ProcessingFailure.describe(e) + ")";
      if (target.settings().stopping().getAsBoolean()) {
        // An outage met the shutdown: the events are processed again after the restart.
        throw new WritesGivenUpException(
            "Qdrant writes stopped by shutdown: " + reason, own ? e : null);
      }
      Log.warnf("Qdrant refused a write of %d event(s): %s", run.size(), reason);
      return e;
    }
  }

  /** Drops the pending writes of a task closed without committing: its events come back. */
  void discard(TaskId task) {
    settled.removeIf(o -> o.task.equals(task));
    if (entries.removeIf(e -> e.task.equals(task))) {
      documents.clear();
      points = 0;
      for (Entry e : entries) {
        documents.add(e.document);
        points += e.write.points();
      }
    }
  }

  /** Drops every pending write: the transaction that held them aborted. */
  void clear() {
    entries.clear();
    documents.clear();
    settled.clear();
    points = 0;
  }

  /** Pending writes could not be written now; the transaction holding their events must abort. */
  static final class WritesGivenUpException extends RuntimeException {
    WritesGivenUpException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
