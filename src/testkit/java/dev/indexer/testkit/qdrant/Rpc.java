package dev.indexer.testkit.qdrant;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.function.Function;

/**
 * Runs a unary call: status exceptions go to the caller as they are; anything else is a bug
 * in this server and becomes INTERNAL with the exception text, so tests see it. The handler
 * gets the start time in nanoseconds to fill the responses' {@code time} field.
 */
final class Rpc {
  private Rpc() {}

  static <T> void run(StreamObserver<T> observer, Function<Long, T> handler) {
    long start = System.nanoTime();
    T response;
    try {
      response = handler.apply(start);
    } catch (StatusRuntimeException e) {
      observer.onError(e);
      return;
    } catch (RuntimeException e) {
      observer.onError(
          Status.INTERNAL
              .withDescription("QdrantLocal failed: " + e)
              .withCause(e)
              .asRuntimeException());
      return;
    }
    observer.onNext(response);
    observer.onCompleted();
  }

  /** Seconds since {@code start}, the unit of Qdrant's {@code time} fields. */
  static double elapsed(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
