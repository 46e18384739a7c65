package dev.indexer.qdrant;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a Qdrant call and sorts its failure into transient and permanent. */
final class QdrantCalls {

  /** Codes that a later attempt can get past: the server is down, slow or shedding load. */
  private static final Set<Status.Code> TRANSIENT =
      Set.of(
          Status.Code.UNAVAILABLE,
          Status.Code.DEADLINE_EXCEEDED,
          Status.Code.RESOURCE_EXHAUSTED,
          Status.Code.ABORTED,
          Status.Code.CANCELLED);

  private QdrantCalls() {}

  static <T> T await(Future<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QdrantUnavailableException(what + ": interrupted", e);
    } catch (ExecutionException e) {
      Status status = statusOf(e.getCause());
      if (status != null && TRANSIENT.contains(status.getCode())) {
        throw new QdrantUnavailableException(
            what + ": Qdrant unavailable (" + status.getCode() + ")", e.getCause());
      }
      throw new QdrantRequestException(
          what
              + ": Qdrant refused ("
              + (status == null ? e.getCause().getClass().getSimpleName() : status.getCode())
              + ")",
          status == null ? null : status.getCode(),
          e.getCause());
    }
  }

  static Status statusOf(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof StatusRuntimeException sre) {
        return sre.getStatus();
      }
    }
    return null;
  }
}
