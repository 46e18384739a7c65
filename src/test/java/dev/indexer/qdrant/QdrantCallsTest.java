package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.fault.TransientException;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one place that decides whether a Qdrant failure is transient or a refusal for good. */
class QdrantCallsTest {

  @ParameterizedTest
  @EnumSource(
      value = Status.Code.class,
      names = {"INVALID_ARGUMENT", "OUT_OF_RANGE", "OK"},
      mode = EnumSource.Mode.EXCLUDE)
  void serverAndConfigurationFaultsAreTransient(Status.Code code) {
    RuntimeException e =
        QdrantCalls.failure("write", code.toStatus().withDescription("x").asRuntimeException());
    assertThat(e)
        .isInstanceOf(QdrantUnavailableException.class)
        .isInstanceOf(TransientException.class);
    assertThat(e.getMessage()).isEqualTo("write: Qdrant unavailable (" + code + ")");
  }

  @ParameterizedTest
  @EnumSource(
      value = Status.Code.class,
      names = {"INVALID_ARGUMENT", "OUT_OF_RANGE"})
  void aRequestWrongInItselfIsRefusedForGood(Status.Code code) {
    RuntimeException e = QdrantCalls.failure("write", code.toStatus().asRuntimeException());
    assertThat(e)
        .isInstanceOf(QdrantRequestException.class)
        .isNotInstanceOf(TransientException.class);
    assertThat(((QdrantRequestException) e).code()).isEqualTo(code);
  }

  @Test
  void aMessageOverTheSizeLimitIsRefusedForGoodButARateLimitPasses() {
    RuntimeException tooLarge =
        QdrantCalls.failure(
            "retrieve",
            Status.RESOURCE_EXHAUSTED
                .withDescription("gRPC message exceeds maximum size 4194304: 7733248")
                .asRuntimeException());
    RuntimeException inbound =
        QdrantCalls.failure(
            "retrieve",
            Status.RESOURCE_EXHAUSTED
                .withDescription("Received message larger than max (7733248 vs. 4194304)")
                .asRuntimeException());
    RuntimeException rateLimited =
        QdrantCalls.failure(
            "write",
            Status.RESOURCE_EXHAUSTED
                .withDescription("Rate limiting exceeded")
                .asRuntimeException());
    assertThat(tooLarge).isInstanceOf(QdrantRequestException.class);
    assertThat(inbound).isInstanceOf(QdrantRequestException.class);
    assertThat(rateLimited).isInstanceOf(QdrantUnavailableException.class);
  }

  @Test
  void aFailureThatIsNoAnswerOfQdrantsIsNotRetriedAndNamesOnlyItsType() {
    RuntimeException e =
        QdrantCalls.failure("write", new IllegalArgumentException("secret@example.com"));
    assertThat(e).isInstanceOf(QdrantRequestException.class);
    assertThat(e.getMessage()).isEqualTo("write: Qdrant client failed (IllegalArgumentException)");
  }
}
