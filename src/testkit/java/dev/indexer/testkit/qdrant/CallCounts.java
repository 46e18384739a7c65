package dev.indexer.testkit.qdrant;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the calls the server received, by method (such as {@code qdrant.Points/UpdateBatch}). */
final class CallCounts implements ServerInterceptor {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  long of(String method) {
    LongAdder n = counts.get(method);
    return n == null ? 0 : n.sum();
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    counts.computeIfAbsent(call.getMethodDescriptor().getFullMethodName(), m -> new LongAdder()).increment();
    return next.startCall(call, headers);
  }
}
