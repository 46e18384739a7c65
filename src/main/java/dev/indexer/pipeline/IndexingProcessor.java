package dev.indexer.pipeline;

import dev.indexer.event.DocumentChange;
import dev.indexer.event.EventDecoder;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.qdrant.QdrantRequestException;
import io.quarkus.logging.Log;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.TaskMigratedException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Processes one record of the documents topic end to end. The manifest and status are written in
 * the same Kafka transaction as the offset commit, and that transaction commits only once Qdrant
 * has applied the event's writes ({@code wait=true}), so an event counts as done only once Qdrant
 * has it. The writes are either sent before {@link #process} returns or, on stream threads whose
 * producer supports it, held as {@link PendingWrites} and sent with those of other events just
 * before the transaction commits.
 */
final class IndexingProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  static final String STATUS_SINK = "status-sink";
  static final String DEAD_LETTER_SINK = "dead-letter-sink";

  private final EventDecoder decoder;
  private final DocumentIndexer indexer;
  private final PendingWrites.Target target;
  private final ProcessingSettings settings;
  private final FaultListener faults;
  private final WriteBatches batches;
  private final JsonSerde<StatusEvent> statusSerde = new JsonSerde<>(StatusEvent.class);
  private ProcessorContext<byte[], byte[]> context;
  private KeyValueStore<String, Manifest> manifests;

  IndexingProcessor(
      EventDecoder decoder,
      DocumentIndexer indexer,
      ProcessingSettings settings,
      FaultListener faults,
      WriteBatches batches) {
    this.batches = batches;
    this.decoder = decoder;
    this.indexer = indexer;
    this.target = new PendingWrites.Target(indexer.writer(), settings, faults);
    this.settings = settings;
    this.faults = faults;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
    this.manifests = context.getStateStore(IndexerTopology.MANIFEST_STORE);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    long start = System.nanoTime();
    RecordMetadata source = context.recordMetadata().orElse(null);
    DocumentChange change;
    try {
      settings.limits().checkSize(record.value());
      // Decoding may need the schema registry: while it is down, the event waits like any other
      // transient fault instead of being dead-lettered as undecodable.
      String topic = source == null ? "" : source.topic();
      change =
          Retries.untilDone(
              () -> decoder.decode(topic, record.headers(), record.key(), record.value()), settings, faults);
      settings.limits().check(change);
    } catch (InvalidEventException e) {
      reject(record, source, e);
      return;
    } catch (RetryBudgetExhaustedException e) {
      throw givenUp(e);
    }
    String key = change.ref().toString();
    String origin = coordinates(source);
    Manifest previous = manifest(key, origin);
    PendingWrites pending = settings.batchPoints() > 0 ? batches.current() : null;
    boolean alone = pending == null || batches.isSetAside(origin);
    DocumentIndexer.Prepared prepared;
    try {
      if (pending != null && (alone || pending.hasPending(key))) {
        // Qdrant must hold the document's earlier writes before its vectors are read back, and
        // an event written at once comes after the writes of the events before it.
        flush(pending);
      }
      long position = source == null ? -1 : source.offset();
      prepared = Retries.untilDone(() -> indexer.prepare(change, previous, position), settings, faults);
      if (alone) {
        if (prepared.write() != null) {
          Retries.runUntilDone(() -> target.writer().write(List.of(prepared.write())), settings, faults);
        }
        batches.release(origin);
      }
    } catch (InvalidEventException e) {
      // Found only while processing (such as an unsupported content type).
      reject(record, source, e);
      return;
    } catch (RetryBudgetExhaustedException e) {
      throw givenUp(e);
    } catch (RuntimeException e) {
      if (e instanceof TaskMigratedException
          || settings.stopping().getAsBoolean()
          || Retries.retryable(e, settings)) {
        throw e; // shutting down: the event stays uncommitted and is processed after restart
      }
      // Fail closed: this event is not indexed in clear, and the stream goes on.
      reject(record, source, permanentFailure(e));
      return;
    }
    if (!alone) {
      pending.add(target, context.taskId(), key, origin, prepared.write());
      if (pending.points() >= settings.batchPoints()) {
        flush(pending);
      }
    }
    if (prepared.manifest() != previous) {
      manifests.put(key, prepared.manifest());
    }
    StatusEvent status =
        new StatusEvent(
            change.ref().tenant(),
            change.ref().documentId(),
            change.eventId(),
            change.version(),
            prepared.outcome(),
            prepared.chunks(),
            prepared.embedded(),
            prepared.reused(),
            null,
            (System.nanoTime() - start) / 1_000_000);
    context.forward(
        new Record<>(utf8(key), statusSerde.serializer().serialize(null, status), record.timestamp()),
        STATUS_SINK);
  }

  /**
   * The document's manifest, or null when it has none or it no longer parses (a corrupt changelog
   * record). The event is then processed as the document's first: its writes replace every point
   * the document has in Qdrant, so the index is exact again; only the version guard against an
   * older event is lost for this one event.
   */
  private Manifest manifest(String key, String origin) {
    try {
      return manifests.get(key);
    } catch (RuntimeException e) {
      Log.warnf(
          "The manifest of the document of the event at %s does not parse (%s); it is replaced",
          origin, e.getClass().getName());
      return null;
    }
  }

  /**
   * The event waited out its retry budget: not its fault, so it is neither committed nor
   * dead-lettered. Kafka Streams aborts the transaction and processes the event again, by then
   * with processing paused until the backends answer (see {@link ProcessingGate}).
   */
  private static TaskMigratedException givenUp(RetryBudgetExhaustedException e) {
    return new TaskMigratedException(e.getMessage(), e);
  }

  /** Writes the thread's pending writes now; a refusal fails the transaction (see {@link PendingWrites}). */
  private static void flush(PendingWrites pending) {
    try {
      pending.flush();
    } catch (PendingWrites.WritesRefusedException e) {
      throw new TaskMigratedException(e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    PendingWrites pending = batches.current();
    if (pending != null && context != null) {
      // Closed after a commit, nothing of this task is pending; closed without one, its events
      // come back and their writes with them.
      pending.discard(context.taskId());
    }
  }

  private static InvalidEventException permanentFailure(RuntimeException e) {
    if (e instanceof QdrantRequestException q) {
      return new InvalidEventException(Reason.QDRANT_REJECTED, q.getMessage(), e);
    }
    // The type and where it was thrown, never the message: messages of libraries may quote the
    // data they failed on; code locations cannot.
    return new InvalidEventException(
        Reason.PROCESSING_FAILED, "processing failed (" + ProcessingFailure.describe(e) + ")", e);
  }

  private void reject(Record<byte[], byte[]> record, RecordMetadata source, InvalidEventException e) {
    batches.release(coordinates(source)); // dead-lettered now, when it was set aside
    // Reason and message only: both are written by this service and never quote event content.
    Log.warnf(
        "Event rejected to the dead-letter topic: %s (%s) at %s",
        e.reason(), e.getMessage(), coordinates(source));
    RecordHeaders headers = new RecordHeaders();
    headers.add("x-reason", utf8(e.reason().name()));
    headers.add("x-message", utf8(e.getMessage()));
    if (source != null) {
      headers.add("x-source-topic", utf8(source.topic()));
      headers.add("x-source-partition", utf8(Integer.toString(source.partition())));
      headers.add("x-source-offset", utf8(Long.toString(source.offset())));
    }
    boolean keep = settings.deadLetterOriginalBytes() > 0;
    if (keep && size(record.key()) + size(record.value()) > settings.deadLetterOriginalBytes()) {
      // A dead letter over the topic's message size would fail the transaction, again and again.
      keep = false;
      headers.add("x-original", utf8("omitted: larger than the dead-letter limit"));
    }
    context.forward(
        new Record<>(keep ? record.key() : null, keep ? record.value() : null, record.timestamp(), headers),
        DEAD_LETTER_SINK);
    StatusEvent status =
        new StatusEvent(null, null, null, null, Outcome.REJECTED, 0, 0, 0, e.reason().name(), 0);
    context.forward(
        new Record<>(null, statusSerde.serializer().serialize(null, status), record.timestamp()),
        STATUS_SINK);
  }

  private static String coordinates(RecordMetadata source) {
    return source == null ? "unknown offset" : source.topic() + "-" + source.partition() + "@" + source.offset();
  }

  private static int size(byte[] bytes) {
    return bytes == null ? 0 : bytes.length;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
