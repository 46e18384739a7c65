package dev.indexer.pipeline;

import io.quarkus.logging.Log;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Kafka's default production handling, except that a status or dead-letter record over the broker's
 * message size is dropped (and logged) instead of failing the stream thread: every instance would
 * otherwise fail on the same record in turn. Such records cannot normally occur ({@link
 * dev.indexer.event.EventLimits} bound the ids, and a dead letter leaves out an original over
 * {@code indexer.dead-letter.max-original-bytes}); this is the last line of defence. A manifest
 * (changelog) record is never dropped: the store would no longer match its changelog.
 */
public final class OversizedOutputHandler extends DefaultProductionExceptionHandler {

  @Override
  public ProductionExceptionHandlerResponse handle(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (exception instanceof RecordTooLargeException && !record.topic().endsWith("-changelog")) {
      // Where it was going and from which source record, never what it held.
      Log.errorf(
          "A record of %d bytes for %s is over the broker's message size and is dropped (source %s-%d@%d)",
          size(record.key()) + size(record.value()),
          record.topic(),
          context.topic(),
          context.partition(),
          context.offset());
      return ProductionExceptionHandlerResponse.CONTINUE;
    }
    return super.handle(context, record, exception);
  }

  private static int size(byte[] bytes) {
    return bytes == null ? 0 : bytes.length;
  }
}
