package dev.indexer.testkit.qdrant;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets tests take the server "down" without losing its data: while on, every call answers
 * UNAVAILABLE, which is what a gRPC client sees when Qdrant is unreachable.
 */
final class OutageInterceptor implements ServerInterceptor {

  private final AtomicBoolean down = new AtomicBoolean();

  void set(boolean unavailable) {
    down.set(unavailable);
  }

  boolean isDown() {
    return down.get();
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (!down.get()) {
      return next.startCall(call, headers);
    }
    call.close(Status.UNAVAILABLE.withDescription("Qdrant local: simulated outage"), new Metadata());
    return new ServerCall.Listener<>() {};
  }
}
