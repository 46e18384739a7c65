package dev.indexer.qdrant;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for a Qdrant call and decides, once, what its failure is: {@link
 * QdrantUnavailableException} (transient: retried, readiness down) or {@link
 * QdrantRequestException} (this request is refused for good: its event is dead-lettered).
 */
public final class QdrantCalls {

  /**
   * Codes Qdrant answers for a request that is wrong in itself, which no retry can change. Every
   * other code is a server or configuration fault that a later attempt can get past once the server
   * is back or an operator fixed it: unreachable, slow, overloaded, a missing collection, a wrong
   * API key, an internal error.
   */
  private static final Set<Status.Code> REJECTED =
      Set.of(Status.Code.INVALID_ARGUMENT, Status.Code.OUT_OF_RANGE);

  private QdrantCalls() {}

  public static <T> T await(Future<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QdrantUnavailableException(what + ": interrupted", e);
    } catch (ExecutionException e) {
      throw failure(what, e.getCause());
    }
  }

  static RuntimeException failure(String what, Throwable cause) {
    Status status = statusOf(cause);
    if (status == null) {
      // Not an answer of Qdrant's: the client failed to build or read a message.
      return new QdrantRequestException(
          what + ": Qdrant client failed (" + cause.getClass().getSimpleName() + ")", null, cause);
    }
    if (REJECTED.contains(status.getCode()) || tooLarge(status)) {
      return new QdrantRequestException(
          what + ": Qdrant refused (" + status.getCode() + ")", status.getCode(), cause);
    }
    return new QdrantUnavailableException(
        what + ": Qdrant unavailable (" + status.getCode() + ")", cause);
  }

  /**
   * A message over a gRPC size limit (RESOURCE_EXHAUSTED, as a rate limit is too): permanent for
   * that request's shape, whereas a rate limit passes.
   */
  private static boolean tooLarge(Status status) {
    if (status.getCode() != Status.Code.RESOURCE_EXHAUSTED || status.getDescription() == null) {
      return false;
    }
    String d = status.getDescription().toLowerCase(Locale.ROOT);
    return d.contains("message")
        && (d.contains("larger than") || d.contains("exceeds") || d.contains("too large"));
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
