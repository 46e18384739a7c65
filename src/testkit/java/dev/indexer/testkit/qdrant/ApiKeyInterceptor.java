package dev.indexer.testkit.qdrant;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Qdrant's API-key check: the key comes as metadata {@code api-key} (what the Java client
 * sends) or as {@code authorization: Bearer <key>}. Health checks are open so that probes
 * and the client's version check work without a key.
 */
final class ApiKeyInterceptor implements ServerInterceptor {
  private static final Metadata.Key<String> API_KEY =
      Metadata.Key.of("api-key", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final String BEARER = "Bearer ";
  private static final Set<String> OPEN_METHODS =
      Set.of("qdrant.Qdrant/HealthCheck", "grpc.health.v1.Health/Check");

  private final byte[] expected;

  ApiKeyInterceptor(String apiKey) {
    this.expected = apiKey.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (OPEN_METHODS.contains(call.getMethodDescriptor().getFullMethodName())
        || matches(presentedKey(headers))) {
      return next.startCall(call, headers);
    }
    call.close(Status.UNAUTHENTICATED.withDescription("Invalid api-key"), new Metadata());
    return new ServerCall.Listener<>() {};
  }

  private static String presentedKey(Metadata headers) {
    String key = headers.get(API_KEY);
    if (key != null) {
      return key;
    }
    String authorization = headers.get(AUTHORIZATION);
    return authorization != null && authorization.startsWith(BEARER)
        ? authorization.substring(BEARER.length())
        : null;
  }

  /** Constant-time comparison, so the check does not leak the key through timing. */
  private boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
  }
}
