package dev.indexer.pipeline;

import dev.indexer.embed.EmbeddingUnavailableException;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.EventDecoder;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.qdrant.QdrantRequestException;
import dev.indexer.qdrant.QdrantUnavailableException;
import io.grpc.Status;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Processes one record of the documents topic end to end. Qdrant writes finish (wait=true) before
 * {@link #process} returns, and the manifest and status are written in the same Kafka
 * transaction as the offset commit, so an event counts as done only once Qdrant has it.
 */
final class IndexingProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  static final String STATUS_SINK = "status-sink";
  static final String DEAD_LETTER_SINK = "dead-letter-sink";

  static {
    // Mutiny finds its context-propagation provider on first use, and two stream threads doing
    // that at once race: one fails with "ContextManagerProvider already set" (outside Quarkus,
    // which registers the provider at boot). Class initialisation runs once, so the first use
    // here (a supplier: what the lookup is made for) settles it before any stream thread runs.
    Uni.createFrom().item(() -> Boolean.TRUE).await().indefinitely();
  }

  private final EventDecoder decoder;
  private final DocumentIndexer indexer;
  private final ProcessingSettings settings;
  private final FaultListener faults;
  private final JsonSerde<StatusEvent> statusSerde = new JsonSerde<>(StatusEvent.class);
  private ProcessorContext<byte[], byte[]> context;
  private KeyValueStore<String, Manifest> manifests;

  IndexingProcessor(
      EventDecoder decoder, DocumentIndexer indexer, ProcessingSettings settings, FaultListener faults) {
    this.decoder = decoder;
    this.indexer = indexer;
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
      if (record.value() != null && record.value().length > settings.maxEventBytes()) {
        throw new InvalidEventException(
            Reason.CONTENT_TOO_LARGE,
            "event of " + record.value().length + " bytes exceeds the limit of " + settings.maxEventBytes());
      }
      change =
          decoder.decode(
              source == null ? "" : source.topic(), record.headers(), record.key(), record.value());
    } catch (InvalidEventException e) {
      reject(record, source, e);
      return;
    }
    String key = change.ref().toString();
    Manifest previous = manifests.get(key);
    DocumentIndexer.Applied applied;
    try {
      applied = applyWithRetry(change, previous);
    } catch (InvalidEventException e) {
      // Found only while processing (such as an unsupported content type).
      reject(record, source, e);
      return;
    } catch (RuntimeException e) {
      if (settings.stopping().getAsBoolean() || retryable(e)) {
        throw e; // shutting down: the event stays uncommitted and is processed after restart
      }
      // Fail closed: this event is not indexed in clear, and the stream goes on.
      reject(record, source, permanentFailure(e));
      return;
    }
    if (applied.manifest() != previous) {
      manifests.put(key, applied.manifest());
    }
    StatusEvent status =
        new StatusEvent(
            change.ref().tenant(),
            change.ref().documentId(),
            change.eventId(),
            change.version(),
            applied.outcome(),
            applied.chunks(),
            applied.embedded(),
            applied.reused(),
            null,
            (System.nanoTime() - start) / 1_000_000);
    context.forward(
        new Record<>(utf8(key), statusSerde.serializer().serialize(null, status), record.timestamp()),
        STATUS_SINK);
  }

  /**
   * Applies the change, retrying transient faults with exponential backoff and jitter for as long
   * as they last. The change is idempotent, so a retry after a partial write is safe.
   */
  private DocumentIndexer.Applied applyWithRetry(DocumentChange change, Manifest previous) {
    AtomicBoolean failed = new AtomicBoolean();
    DocumentIndexer.Applied applied =
        Uni.createFrom()
            .item(() -> indexer.apply(change, previous))
            .onFailure(this::retryable)
            .invoke(
                t -> {
                  failed.set(true);
                  faults.retrying(t.getMessage());
                  Log.warnf("Transient failure, retrying with backoff: %s", t.getMessage());
                })
            .onFailure(this::retryable)
            .retry()
            .withBackOff(settings.initialBackoff(), settings.maxBackoff())
            .withJitter(0.5)
            .indefinitely()
            .await()
            .indefinitely();
    if (failed.get()) {
      faults.recovered();
    }
    return applied;
  }

  /**
   * Transient: Qdrant or the embedding backend unreachable or overloaded, and Qdrant refusals an
   * operator fixes without touching the event (missing collection, wrong API key). Qdrant calling
   * the event's points invalid is permanent.
   */
  private boolean retryable(Throwable t) {
    boolean transientFault =
        t instanceof QdrantUnavailableException
            || t instanceof EmbeddingUnavailableException
            || (t instanceof QdrantRequestException q && q.code() != Status.Code.INVALID_ARGUMENT);
    return transientFault && !settings.stopping().getAsBoolean();
  }

  private static InvalidEventException permanentFailure(RuntimeException e) {
    if (e instanceof QdrantRequestException q) {
      return new InvalidEventException(Reason.QDRANT_REJECTED, q.getMessage(), e);
    }
    // The type and where it was thrown, never the message: messages of libraries may quote the
    // data they failed on; code locations cannot.
    return new InvalidEventException(
        Reason.PROCESSING_FAILED, "processing failed (" + e.getClass().getName() + where(e) + ")", e);
  }

  /**
   * Where {@code e} was thrown ({@code " at Class.method:line"}) and, when that is outside this
   * service, the innermost frame of this service's own code that led there.
   */
  private static String where(Throwable e) {
    StackTraceElement[] frames = e.getStackTrace();
    if (frames.length == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder(" at ").append(frame(frames[0]));
    if (!frames[0].getClassName().startsWith(OWN_CODE)) {
      for (StackTraceElement f : frames) {
        if (f.getClassName().startsWith(OWN_CODE)) {
          b.append(" from ").append(frame(f));
          break;
        }
      }
    }
    return b.toString();
  }

  private static final String OWN_CODE = "dev.indexer.";

  private static String frame(StackTraceElement f) {
    return f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber();
  }

  private void reject(Record<byte[], byte[]> record, RecordMetadata source, InvalidEventException e) {
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
    boolean keep = settings.keepOriginalInDeadLetter();
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

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
