package dev.indexer.pipeline;

import dev.indexer.event.DocumentChange;
import dev.indexer.event.EventIntake;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.qdrant.QdrantRequestException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.TaskMigratedException;
import org.apache.kafka.streams.processor.PunctuationType;
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
 * before the transaction commits; the status of such an event (or, should Qdrant refuse its writes,
 * its dead letter) is then sent once they are settled, in the same transaction.
 */
final class IndexingProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  static final String STATUS_SINK = "status-sink";
  static final String DEAD_LETTER_SINK = "dead-letter-sink";

  private final EventIntake intake;
  private final DocumentIndexer indexer;
  private final PendingWrites.Target target;
  private final ProcessingSettings settings;
  private final FaultListener faults;
  private final WriteBatches batches;
  private final Topics topics;
  private final Freshness freshness;
  private final EventTracing tracing;
  private final JsonSerde<StatusEvent> statusSerde = new JsonSerde<>(StatusEvent.class);
  private ProcessorContext<byte[], byte[]> context;
  private KeyValueStore<String, Manifest> manifests;
  private ManifestSweep sweep;

  IndexingProcessor(
      EventIntake intake,
      DocumentIndexer indexer,
      ProcessingSettings settings,
      FaultListener faults,
      WriteBatches batches,
      Topics topics,
      Freshness freshness,
      EventTracing tracing) {
    this.tracing = tracing;
    this.freshness = freshness;
    this.batches = batches;
    this.topics = topics;
    this.intake = intake;
    this.indexer = indexer;
    this.target = new PendingWrites.Target(indexer.writer(), settings, faults, indexer.batcher());
    this.settings = settings;
    this.faults = faults;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
    this.manifests = context.getStateStore(IndexerTopology.MANIFEST_STORE);
    ManifestRetention retention = settings.retention();
    this.sweep =
        new ManifestSweep(
            manifests,
            context.getStateStore(IndexerTopology.SWEEP_STORE),
            indexer.writer(),
            retention,
            context.taskId().toString());
    if (retention.enabled()) {
      context.schedule(retention.interval(), PunctuationType.WALL_CLOCK_TIME, sweep::sweep);
    }
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    RecordMetadata source = context.recordMetadata().orElse(null);
    Span span =
        tracing.event(
            record.headers(),
            source == null ? "" : source.topic(),
            source == null ? -1 : source.partition(),
            source == null ? -1 : source.offset());
    boolean endsWhenSettled = false;
    try (Scope scope = span.makeCurrent()) {
      endsWhenSettled = process(record, source, span);
    } catch (RuntimeException e) {
      // The type only: messages of libraries may quote the data they failed on.
      span.setStatus(StatusCode.ERROR, e.getClass().getName());
      throw e;
    } finally {
      if (!endsWhenSettled) {
        span.end();
      }
    }
  }

  /**
   * Processes one event under its span; true when its writes are pending, and its span ends once
   * they are settled.
   */
  private boolean process(Record<byte[], byte[]> record, RecordMetadata source, Span span) {
    long start = System.nanoTime();
    DocumentChange change = accepted(record, source);
    if (change == null) {
      return false;
    }
    span.setAttribute("indexer.event.id", String.valueOf(change.eventId()));
    String key = change.ref().toString();
    PendingWrites pending = pending();
    if (pending != null && pending.hasPending(key)) {
      // The document's earlier writes are settled first (with those before them, in order):
      // Qdrant must hold them before their vectors are read back, and a refused one puts its
      // previous manifest back, which is the one this event must be planned against.
      writeNow(() -> pending.flushThrough(key));
    }
    Manifest previous = manifest(key, coordinates(source));
    DocumentIndexer.Prepared prepared = prepared(record, source, change, previous, pending);
    if (prepared == null) {
      return false;
    }
    span.setAttribute("indexer.outcome", prepared.outcome().name());
    span.setAttribute("indexer.chunks", prepared.chunks());
    span.setAttribute("indexer.chunks.embedded", prepared.embedded());
    span.setAttribute("indexer.chunks.reused", prepared.reused());
    if (prepared.applied()) {
      manifests.put(key, prepared.manifest());
    }
    Record<byte[], byte[]> status =
        statusRecord(key, status(change, prepared, start), record.timestamp());
    if (pending == null) {
      if (prepared.writes()) {
        freshness.searchable(record.timestamp(), change.eventTime());
      }
      context.forward(status, STATUS_SINK);
      return false;
    }
    pending.add(
        target,
        context.taskId(),
        key,
        coordinates(source),
        prepared.pendingWrite(),
        new Settlement(record, source, change, key, previous, status, prepared.writes(), span));
    keepUp(pending);
    return true;
  }

  /**
   * Bounds what the thread holds: when an embedding call of its events failed, flushes them now
   * (the fault is waited out in the retry loop, as for an event on its own); when more of their
   * chunks wait for the model than the batcher's window, waits for the oldest; and writes the
   * events whose vectors are known once their points reach the batch size.
   */
  private void keepUp(PendingWrites pending) {
    dev.indexer.embed.EmbeddingBatcher batcher = indexer.batcher();
    if (batcher != null) {
      try {
        while (pending.waitingChunks() > batcher.window() && !settings.stopping().getAsBoolean()) {
          pending.awaitEmbeddings(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TaskMigratedException("interrupted while waiting for embeddings", e);
      }
      if (pending.embeddingFailed()) {
        flush(pending);
        return;
      }
    }
    if (pending.points() >= settings.batchPoints()) {
      writeNow(pending::flushReady);
    }
  }

  /**
   * The change the record carries, or null when it was rejected (dead-lettered with its reason).
   * Decoding may need the schema registry: while it is down, the event waits like any other
   * transient fault instead of being dead-lettered as undecodable.
   */
  private DocumentChange accepted(Record<byte[], byte[]> record, RecordMetadata source) {
    String topic = source == null ? "" : source.topic();
    try {
      return Retries.untilDone(
          () -> intake.accept(topic, record.headers(), record.key(), record.value()),
          settings,
          faults);
    } catch (InvalidEventException e) {
      reject(record, source, null, e);
      return null;
    } catch (RetryBudgetExhaustedException e) {
      throw givenUp(e);
    }
  }

  /**
   * What the change does, its writes already done unless they are batched ({@code pending}); null
   * when the event was rejected. A transient fault that outlasts the retry budget, or meets the
   * shutdown, leaves the event uncommitted: it is processed again.
   *
   * @param previous the document's manifest in the store; when it has none, what stands in for a
   *     dropped one is read in the retried step ({@link ManifestSweep#standIn})
   */
  private DocumentIndexer.Prepared prepared(
      Record<byte[], byte[]> record,
      RecordMetadata source,
      DocumentChange change,
      Manifest previous,
      PendingWrites pending) {
    try {
      long position = source == null ? -1 : source.offset();
      int partition = source == null ? -1 : source.partition();
      DocumentIndexer.Prepared prepared =
          traced(
              "prepare",
              () ->
                  Retries.untilDone(
                      () -> {
                        Manifest before = previous != null ? previous : sweep.standIn(change.ref());
                        // Batched, the chunks to embed join those of other events; the write
                        // waits for them with the other pending writes.
                        return pending == null
                            ? indexer.prepare(change, before, partition, position)
                            : indexer.prepareBatched(change, before, partition, position);
                      },
                      settings,
                      faults));
      if (pending == null && prepared.write() != null) {
        traced(
            "qdrant write",
            () -> {
              Retries.runUntilDone(
                  () -> target.writer().write(List.of(prepared.write())), settings, faults);
              return null;
            });
      }
      return prepared;
    } catch (InvalidEventException e) {
      // Found only while processing (such as more chunks than a manifest may hold).
      reject(record, source, change, e);
      return null;
    } catch (RetryBudgetExhaustedException e) {
      throw givenUp(e);
    } catch (RuntimeException e) {
      if (e instanceof TaskMigratedException
          || settings.stopping().getAsBoolean()
          || Retries.retryable(e, settings)) {
        throw e; // shutting down: the event stays uncommitted and is processed after restart
      }
      // Fail closed: this event is not indexed in clear, and the stream goes on.
      reject(record, source, change, permanentFailure(e));
      return null;
    }
  }

  /** Runs a stage of the current event under its own span, a child of the event's. */
  private <T> T traced(String stage, java.util.function.Supplier<T> work) {
    Span span = tracing.stage(stage);
    try (Scope scope = span.makeCurrent()) {
      return work.get();
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getName());
      throw e;
    } finally {
      span.end();
    }
  }

  private static StatusEvent status(
      DocumentChange change, DocumentIndexer.Prepared prepared, long start) {
    return new StatusEvent(
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
  }

  /**
   * How a batched event ends once its writes are settled: its status; or, refused by Qdrant (or its
   * text by the embedder) for good, the document's previous manifest back and the event
   * dead-lettered, as if it had been written on its own.
   */
  private final class Settlement implements PendingWrites.Settlement {
    private final Record<byte[], byte[]> record;
    private final RecordMetadata source;
    private final DocumentChange change;
    private final String key;
    private final Manifest previous;
    private final Record<byte[], byte[]> status;
    private final boolean writes;
    private final Span span;

    Settlement(
        Record<byte[], byte[]> record,
        RecordMetadata source,
        DocumentChange change,
        String key,
        Manifest previous,
        Record<byte[], byte[]> status,
        boolean writes,
        Span span) {
      this.span = span;
      this.writes = writes;
      this.record = record;
      this.source = source;
      this.change = change;
      this.key = key;
      this.previous = previous;
      this.status = status;
    }

    @Override
    public List<ProducerRecord<byte[], byte[]>> written() {
      if (writes) {
        freshness.searchable(record.timestamp(), change.eventTime());
        span.addEvent("qdrant write applied");
      }
      span.end();
      return List.of(producerRecord(topics.status(), status));
    }

    @Override
    public List<ProducerRecord<byte[], byte[]>> refused(RuntimeException refusal) {
      span.setStatus(
          StatusCode.ERROR,
          refusal instanceof InvalidEventException invalid
              ? invalid.reason().name()
              : "refused by Qdrant");
      span.end();
      if (previous == null) {
        manifests.delete(key);
      } else {
        manifests.put(key, previous);
      }
      InvalidEventException e = permanentFailure(refusal);
      logRejected(e, source);
      faults.rejected(e.reason());
      return List.of(
          producerRecord(topics.deadLetter(), deadLetter(record, source, e)),
          producerRecord(topics.status(), rejectedStatus(change, key, e, record.timestamp())));
    }
  }

  private static ProducerRecord<byte[], byte[]> producerRecord(
      String topic, Record<byte[], byte[]> r) {
    return new ProducerRecord<>(topic, null, r.timestamp(), r.key(), r.value(), r.headers());
  }

  private Record<byte[], byte[]> statusRecord(String key, StatusEvent status, long timestamp) {
    RecordHeaders headers = new RecordHeaders();
    addGeneration(headers);
    return new Record<>(
        key == null ? null : utf8(key),
        statusSerde.serializer().serialize(null, status),
        timestamp,
        headers);
  }

  /** Names the generation that wrote an output, when the settings name one. */
  private void addGeneration(RecordHeaders headers) {
    if (settings.generation() > 0) {
      headers.add(
          ProcessingSettings.GENERATION_HEADER, utf8(Integer.toString(settings.generation())));
    }
  }

  private Record<byte[], byte[]> rejectedStatus(
      DocumentChange change, String key, InvalidEventException e, long timestamp) {
    StatusEvent status =
        new StatusEvent(
            change == null ? null : change.ref().tenant(),
            change == null ? null : change.ref().documentId(),
            change == null ? null : change.eventId(),
            change == null ? null : change.version(),
            Outcome.REJECTED,
            0,
            0,
            0,
            e.reason().name(),
            0);
    return statusRecord(key, status, timestamp);
  }

  /**
   * The document's manifest, or null when it has none or it no longer parses (a corrupt changelog
   * record). The event is then processed as the document's first: its writes replace every point
   * the document has in Qdrant, so the index is exact again; only the version guard against an
   * older event is lost for this one event, unless the document's fence point stands in (see {@link
   * ManifestSweep#standIn}).
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
   * dead-lettered. Kafka Streams aborts the transaction and processes the event again, by then with
   * processing paused until the backends answer (see {@link ProcessingGate}).
   */
  private static TaskMigratedException givenUp(RetryBudgetExhaustedException e) {
    return new TaskMigratedException(e.getMessage(), e);
  }

  /**
   * Writes the thread's pending writes now; a retry budget given up fails the transaction (see
   * {@link PendingWrites}).
   */
  private static void flush(PendingWrites pending) {
    writeNow(pending::flush);
  }

  /** Runs a write of pending events; a retry budget given up fails the transaction. */
  private static void writeNow(Runnable write) {
    try {
      write.run();
    } catch (PendingWrites.WritesGivenUpException e) {
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
    if (e instanceof InvalidEventException invalid) {
      // Such as a text the embedder refused: its own reason.
      return invalid;
    }
    if (e instanceof QdrantRequestException q) {
      return new InvalidEventException(Reason.QDRANT_REJECTED, q.getMessage(), e);
    }
    // The type and where it was thrown, never the message: messages of libraries may quote the
    // data they failed on; code locations cannot.
    return new InvalidEventException(
        Reason.PROCESSING_FAILED, "processing failed (" + ProcessingFailure.describe(e) + ")", e);
  }

  /** The thread's pending writes when its commits write them (batching), else null. */
  private PendingWrites pending() {
    return settings.batchPoints() > 0 ? batches.current() : null;
  }

  /**
   * Dead-letters the event, with its reason, and says so in its status. With batching, both go out
   * with the statuses of the events before it, in processing order: after those are settled.
   */
  private void reject(
      Record<byte[], byte[]> record,
      RecordMetadata source,
      DocumentChange change,
      InvalidEventException e) {
    logRejected(e, source);
    faults.rejected(e.reason());
    String key = change == null ? null : change.ref().toString();
    Record<byte[], byte[]> deadLetter = deadLetter(record, source, e);
    Record<byte[], byte[]> status = rejectedStatus(change, key, e, record.timestamp());
    PendingWrites pending = pending();
    if (pending == null) {
      context.forward(deadLetter, DEAD_LETTER_SINK);
      context.forward(status, STATUS_SINK);
      return;
    }
    // The events before it are settled first, whatever their documents: a rejection found before
    // decoding knows no document. Rejections are rare; a batch written early costs little.
    flush(pending);
    pending.settled(
        context.taskId(),
        List.of(
            producerRecord(topics.deadLetter(), deadLetter),
            producerRecord(topics.status(), status)));
  }

  private static void logRejected(InvalidEventException e, RecordMetadata source) {
    // Reason and message only: both are written by this service and never quote event content.
    Log.warnf(
        "Event rejected to the dead-letter topic: %s (%s) at %s",
        e.reason(), e.getMessage(), coordinates(source));
  }

  /** The event's dead letter: its reason and coordinates, and the original within the limit. */
  private Record<byte[], byte[]> deadLetter(
      Record<byte[], byte[]> record, RecordMetadata source, InvalidEventException e) {
    RecordHeaders headers = new RecordHeaders();
    addGeneration(headers);
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
    return new Record<>(
        keep ? record.key() : null, keep ? record.value() : null, record.timestamp(), headers);
  }

  private static String coordinates(RecordMetadata source) {
    return source == null
        ? "unknown offset"
        : source.topic() + "-" + source.partition() + "@" + source.offset();
  }

  private static int size(byte[] bytes) {
    return bytes == null ? 0 : bytes.length;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
