package dev.indexer.testkit.qdrant;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.Set;

/**
 * Calls the installed {@link QdrantLocal.WriteHook} once a write has been applied and before its
 * answer leaves the server: the moment a client has had its write done but not yet heard so.
 */
final class WriteHookInterceptor implements ServerInterceptor {

  /** The methods of {@code qdrant.Points} that change points or payloads. */
  private static final Set<String> WRITES =
      Set.of(
          "Upsert",
          "Delete",
          "UpdateVectors",
          "DeleteVectors",
          "SetPayload",
          "OverwritePayload",
          "DeletePayload",
          "ClearPayload",
          "UpdateBatch");

  private volatile QdrantLocal.WriteHook hook;

  void set(QdrantLocal.WriteHook hook) {
    this.hook = hook;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String service = call.getMethodDescriptor().getServiceName();
    String method = call.getMethodDescriptor().getBareMethodName();
    if (hook == null || !"qdrant.Points".equals(service) || !WRITES.contains(method)) {
      return next.startCall(call, headers);
    }
    String[] collection = new String[1];
    ServerCall<Q, R> hooked =
        new SimpleForwardingServerCall<>(call) {
          @Override
          public void sendMessage(R message) {
            // The handlers answer only after applying the write.
            QdrantLocal.WriteHook current = hook;
            if (current != null && collection[0] != null) {
              current.applied(method, collection[0]);
            }
            super.sendMessage(message);
          }
        };
    return new SimpleForwardingServerCallListener<>(next.startCall(hooked, headers)) {
      @Override
      public void onMessage(Q message) {
        collection[0] = collectionName(message);
        super.onMessage(message);
      }
    };
  }

  private static String collectionName(Object request) {
    if (request instanceof Message m) {
      FieldDescriptor field = m.getDescriptorForType().findFieldByName("collection_name");
      if (field != null) {
        return (String) m.getField(field);
      }
    }
    return null;
  }
}
