package dev.indexer.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.embed.EmbeddingUnavailableException;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.EventDecoder;
import dev.indexer.event.InvalidEventException;
import dev.indexer.qdrant.QdrantUnavailableException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Processes one record of the documents topic end to end. Qdrant writes finish (wait=true) before
 * {@link #process} returns, so Kafka Streams commits the offset only after they are durable.
 */
final class IndexingProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  static final String STATUS_SINK = "status-sink";
  static final String DEAD_LETTER_SINK = "dead-letter-sink";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventDecoder decoder;
  private final DocumentIndexer indexer;
  private final DeadLetterConfig deadLetter;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private ProcessorContext<byte[], byte[]> context;

  IndexingProcessor(
      EventDecoder decoder,
      DocumentIndexer indexer,
      DeadLetterConfig deadLetter,
      Duration initialBackoff,
      Duration maxBackoff) {
    this.decoder = decoder;
    this.indexer = indexer;
    this.deadLetter = deadLetter;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    long start = System.nanoTime();
    RecordMetadata source = context.recordMetadata().orElse(null);
    String topic = source == null ? "" : source.topic();
    DocumentChange change;
    try {
      change = decoder.decode(topic, record.headers(), record.key(), record.value());
    } catch (InvalidEventException e) {
      reject(record, source, e);
      return;
    }
    // Writes are idempotent (deterministic ids, replace semantics), so the whole event can be
    // retried after a transient fault without duplicating anything.
    DocumentIndexer.Applied applied =
        Uni.createFrom()
            .item(() -> indexer.apply(change))
            .onFailure(
                t -> t instanceof QdrantUnavailableException || t instanceof EmbeddingUnavailableException)
            .invoke(t -> Log.warnf("Transient failure, retrying: %s", t.getMessage()))
            .onFailure(
                t -> t instanceof QdrantUnavailableException || t instanceof EmbeddingUnavailableException)
            .retry()
            .withBackOff(initialBackoff, maxBackoff)
            .withJitter(0.5)
            .indefinitely()
            .await()
            .indefinitely();
    StatusEvent status =
        new StatusEvent(
            change.ref().tenant(),
            change.ref().documentId(),
            change.eventId(),
            change.version(),
            applied.outcome(),
            applied.chunks(),
            applied.embedded(),
            null,
            (System.nanoTime() - start) / 1_000_000);
    context.forward(
        new Record<>(utf8(change.ref().toString()), json(status), record.timestamp()), STATUS_SINK);
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
    boolean keep = deadLetter.keepOriginal();
    context.forward(
        new Record<>(
            keep ? record.key() : null,
            keep ? record.value() : null,
            record.timestamp(),
            headers),
        DEAD_LETTER_SINK);
  }

  private static String coordinates(RecordMetadata source) {
    return source == null
        ? "unknown offset"
        : source.topic() + "-" + source.partition() + "@" + source.offset();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("status event not serialisable", e);
    }
  }
}
