package dev.indexer.pipeline;

import dev.indexer.qdrant.PointWriter;
import dev.indexer.qdrant.QdrantRequestException;
import dev.indexer.qdrant.QdrantUnavailableException;
import dev.indexer.qdrant.DocumentWrite;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.TaskId;

/**
 * The Qdrant writes of a stream thread's events whose Kafka transaction is still open, sent to
 * Qdrant as few requests just before the transaction commits.
 *
 * <p>Under exactly-once, an event's manifest, status and offset become visible only when the
 * stream thread's transaction commits. {@link TransactionalClientSupplier}'s producer writes the
 * thread's pending operations (in order, {@code wait=true}) before it commits, so nothing is
 * committed that Qdrant does not hold, and an aborted transaction drops its pending writes: its
 * events are processed again. Many events then share one request instead of one request each.
 *
 * <p>A write Qdrant refuses for good cannot be dead-lettered from the commit: the events of the
 * refused request are written one by one to find the event at fault, whose source record is set
 * aside, and the transaction fails so that its events are processed again; the record set aside
 * is then processed on its own, written at once, and dead-lettered as without batching.
 */
final class PendingWrites {

  /** Where writes go and how their faults are retried: one per processor. */
  record Target(PointWriter writer, ProcessingSettings settings, FaultListener faults) {}

  /** One event's writes. */
  private record Entry(Target target, TaskId task, String document, String source, DocumentWrite write) {}

  private final WriteBatches owner;
  private final Thread thread;
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> documents = new HashSet<>();
  private int points;

  PendingWrites(WriteBatches owner, Thread thread) {
    this.owner = owner;
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

  void add(Target target, TaskId task, String document, String source, DocumentWrite write) {
    if (write == null) {
      return;
    }
    entries.add(new Entry(target, task, document, source, write));
    documents.add(document);
    points += write.points();
  }

  /**
   * Writes everything pending, in order: the operations of consecutive events for the same
   * collection in one request, transient faults retried with backoff.
   *
   * @throws WritesRefusedException when Qdrant refused an event's writes for good (that event's
   *     source record is set aside) or the service stops during an outage; nothing is pending
   *     afterwards either way, and the transaction must not commit
   */
  void flush() {
    if (entries.isEmpty()) {
      return;
    }
    List<Entry> all = new ArrayList<>(entries);
    clear();
    List<String> refused = new ArrayList<>();
    for (int from = 0, to; from < all.size(); from = to) {
      to = from + 1;
      while (to < all.size() && all.get(to).target.writer() == all.get(from).target.writer()) {
        to++;
      }
      List<Entry> run = all.subList(from, to);
      if (!written(run)) {
        // Refused for good: find the events at fault by writing them one by one.
        for (Entry entry : run) {
          if (run.size() == 1 || !written(List.of(entry))) {
            refused.add(entry.source);
          }
        }
      }
    }
    if (!refused.isEmpty()) {
      owner.setAside(refused);
      // Coordinates only: the refusal is dead-lettered, with its reason, when the event comes back.
      Log.warnf(
          "Qdrant refused the writes of %d event(s) in a batch (%s); their transaction is aborted,"
              + " its events are processed again and those refused on their own",
          refused.size(),
          String.join(", ", refused));
      throw new WritesRefusedException("Qdrant refused the writes of " + refused, null);
    }
  }

  /** Writes a run of events, retrying transient faults; false when Qdrant refused it for good. */
  private static boolean written(List<Entry> run) {
    Target target = run.get(0).target;
    List<DocumentWrite> writes = run.stream().map(Entry::write).toList();
    try {
      Retries.runUntilDone(() -> target.writer().write(writes), target.settings(), target.faults());
      return true;
    } catch (RetryBudgetExhaustedException e) {
      // Qdrant stayed unavailable: not a refusal, nothing is set aside; the events come back.
      throw new WritesRefusedException("Qdrant writes given up for now: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // The service's own Qdrant messages name the call and the status code; another exception's
      // message might quote the data it failed on, so only its type is told.
      boolean own = e instanceof QdrantRequestException || e instanceof QdrantUnavailableException;
      String reason = own ? e.getMessage() : e.getClass().getName();
      if (target.settings().stopping().getAsBoolean()) {
        // An outage met the shutdown: the events are processed again after the restart.
        throw new WritesRefusedException("Qdrant writes stopped by shutdown: " + reason, own ? e : null);
      }
      Log.warnf("Qdrant refused a write of %d event(s): %s", run.size(), reason);
      return false;
    }
  }

  /** Drops the pending writes of a task closed without committing: its events come back. */
  void discard(TaskId task) {
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
    points = 0;
  }

  /** Pending writes could not all be written; the transaction holding their events must abort. */
  static final class WritesRefusedException extends RuntimeException {
    WritesRefusedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
