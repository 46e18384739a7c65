package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.ProductionExceptionHandlerResponse;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class OversizedOutputHandlerTest {

  private final OversizedOutputHandler handler = new OversizedOutputHandler();

  @Test
  void anOversizedStatusOrDeadLetterIsDroppedAndTheThreadLives() {
    for (String topic : new String[] {"documents.status", "documents.dlq"}) {
      assertThat(
              handler.handle(
                  CONTEXT,
                  new ProducerRecord<>(topic, new byte[10], new byte[2_000_000]),
                  new RecordTooLargeException()))
          .isEqualTo(ProductionExceptionHandlerResponse.CONTINUE);
    }
  }

  @Test
  void anOversizedManifestFailsRatherThanLeaveTheStoreUnlikeItsChangelog() {
    ProducerRecord<byte[], byte[]> manifest =
        new ProducerRecord<>("app-manifests-changelog", new byte[1], new byte[1]);
    assertThat(handler.handle(CONTEXT, manifest, new RecordTooLargeException()))
        .isEqualTo(ProductionExceptionHandlerResponse.FAIL);
  }

  @Test
  void otherFailuresAreHandledAsKafkaDoes() {
    ProducerRecord<byte[], byte[]> status =
        new ProducerRecord<>("documents.status", new byte[1], new byte[1]);
    assertThat(handler.handle(CONTEXT, status, new TimeoutException()))
        .isEqualTo(ProductionExceptionHandlerResponse.RETRY);
    assertThat(handler.handle(CONTEXT, status, new IllegalArgumentException()))
        .isEqualTo(ProductionExceptionHandlerResponse.FAIL);
  }

  private static final ErrorHandlerContext CONTEXT =
      new ErrorHandlerContext() {
        @Override
        public String topic() {
          return "documents";
        }

        @Override
        public int partition() {
          return 0;
        }

        @Override
        public long offset() {
          return 42;
        }

        @Override
        public Headers headers() {
          return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
          return "indexer";
        }

        @Override
        public TaskId taskId() {
          return new TaskId(0, 0);
        }

        @Override
        public long timestamp() {
          return 0;
        }

        @Override
        public byte[] sourceRawKey() {
          return null;
        }

        @Override
        public byte[] sourceRawValue() {
          return null;
        }
      };
}
