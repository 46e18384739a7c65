package dev.indexer.testkit.qdrant;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-process, wire-compatible Qdrant gRPC server (the subset of Qdrant v1.17 this project
 * uses), for tests and the embedded run mode where neither Docker nor a Qdrant binary is
 * available. State lives in memory and is lost on {@link #close()}.
 *
 * <pre>{@code
 * try (QdrantLocal qdrant = QdrantLocal.start();
 *     QdrantClient client = qdrant.newClient()) {
 *   client.createCollectionAsync(...).get();
 * }
 * }</pre>
 */
public final class QdrantLocal implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private static final long SHUTDOWN_GRACE_SECONDS = 5;

  private final Server server;
  private final String apiKey;
  private final OutageInterceptor outage;
  private final CallCounts calls;
  private final WriteHookInterceptor writeHook;
  private final Storage storage;
  private final AtomicBoolean closed = new AtomicBoolean();

  private QdrantLocal(
      Server server,
      String apiKey,
      OutageInterceptor outage,
      CallCounts calls,
      WriteHookInterceptor writeHook,
      Storage storage) {
    this.server = server;
    this.storage = storage;
    this.apiKey = apiKey;
    this.outage = outage;
    this.calls = calls;
    this.writeHook = writeHook;
  }

  /** What a test runs once a write has been applied, before its answer is sent. */
  @FunctionalInterface
  public interface WriteHook {
    /**
     * @param method the bare method name of {@code qdrant.Points}, such as {@code UpdateBatch}
     * @param collection the collection (or alias) the request named
     */
    void applied(String method, String collection);
  }

  /** Starts on 127.0.0.1 on a free port, without API key. */
  public static QdrantLocal start() {
    return start(0, null);
  }

  /**
   * Starts on 127.0.0.1:{@code port} (0 = a free port), without API key.
   *
   * @throws IllegalStateException naming the port if it cannot be bound
   */
  public static QdrantLocal start(int port) {
    return start(port, null);
  }

  /**
   * Starts on 127.0.0.1:{@code port} (0 = a free port). With a non-null {@code apiKey} every
   * call except the health checks must carry it, else UNAUTHENTICATED.
   *
   * @throws IllegalStateException naming the port if it cannot be bound
   */
  public static QdrantLocal start(int port, String apiKey) {
    return start(port, apiKey, null);
  }

  /**
   * TLS of the server: its certificate chain and key (PEM, the key PKCS#8), and, for mutual TLS,
   * the CA bundle that client certificates must chain to (null: no client certificate asked).
   */
  public record ServerTls(java.nio.file.Path certFile, java.nio.file.Path keyFile, java.nio.file.Path clientCaFile) {}

  /**
   * Starts on 127.0.0.1:{@code port} (0 = a free port) with TLS (null: plain text), as {@link
   * #start(int, String)} otherwise.
   */
  public static QdrantLocal start(int port, String apiKey, ServerTls tls) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Port out of range: " + port);
    }
    Storage storage = new Storage();
    List<BindableService> services =
        List.of(
            new CollectionsService(storage),
            new PointsService(storage),
            new QdrantInfoService(),
            new GrpcHealthService());
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress(HOST, port))
            // real Qdrant accepts requests of any practical size; grpc-java defaults to 4 MiB
            .maxInboundMessageSize(Integer.MAX_VALUE);
    if (tls != null) {
      builder.sslContext(sslContext(tls));
    }
    OutageInterceptor outage = new OutageInterceptor();
    CallCounts calls = new CallCounts();
    WriteHookInterceptor writeHook = new WriteHookInterceptor();
    for (BindableService service : services) {
      // Interceptors run last-added first: the outage switch sees a call before the key check.
      builder.addService(
          apiKey == null
              ? ServerInterceptors.intercept(service, writeHook, outage, calls)
              : ServerInterceptors.intercept(service, writeHook, new ApiKeyInterceptor(apiKey), outage, calls));
    }
    Server server = builder.build();
    try {
      server.start();
    } catch (IOException e) {
      server.shutdownNow();
      throw new IllegalStateException(
          "QdrantLocal could not bind " + HOST + ":" + port + " (port in use?)", e);
    }
    return new QdrantLocal(server, apiKey, outage, calls, writeHook, storage);
  }

  private static io.grpc.netty.shaded.io.netty.handler.ssl.SslContext sslContext(ServerTls tls) {
    try {
      var ssl =
          io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts.forServer(tls.certFile().toFile(), tls.keyFile().toFile());
      if (tls.clientCaFile() != null) {
        ssl.trustManager(tls.clientCaFile().toFile())
            .clientAuth(io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth.REQUIRE);
      }
      return ssl.build();
    } catch (javax.net.ssl.SSLException e) {
      throw new IllegalStateException("QdrantLocal: unusable TLS files", e);
    }
  }

  /**
   * Simulates an outage (every call, health checks included, answers UNAVAILABLE) or ends it.
   * The stored data is kept, as with a real server that restarts on persistent storage.
   */
  public void simulateOutage(boolean unavailable) {
    outage.set(unavailable);
  }

  /**
   * Runs {@code hook} after every applied write of {@code qdrant.Points} (upserts, deletes, payload
   * changes, batches), in the serving thread, before the answer is sent; {@code null} removes it.
   * A test can stop or kill a client there: its write is done, and it never learns so.
   */
  public void afterWrite(WriteHook hook) {
    writeHook.set(hook);
  }

  /**
   * Makes searches that use the index (Search and Query without {@code params.exact=true}) miss
   * these points (ids as Qdrant returns them: lowercase hyphenated UUIDs or decimal numbers), in
   * every collection, as an approximate (HNSW) search does when its graph does not reach them;
   * exact searches still find them. Like Qdrant below its full-scan threshold, searches are
   * otherwise exact. An empty set ends it.
   */
  public void missByIndex(java.util.Set<String> pointIds) {
    storage.missByIndex(pointIds);
  }

  /** Calls received so far of a gRPC method, such as {@code qdrant.Points/UpdateBatch}. */
  public long calls(String fullMethodName) {
    return calls.of(fullMethodName);
  }

  public String host() {
    return HOST;
  }

  public int port() {
    return server.getPort();
  }

  /**
   * A new plaintext client for this server, sending the API key if one is configured. The
   * caller owns it and must close it.
   */
  public QdrantClient newClient() {
    QdrantGrpcClient.Builder builder = QdrantGrpcClient.newBuilder(HOST, port(), false);
    if (apiKey != null) {
      builder.withApiKey(apiKey);
    }
    return new QdrantClient(builder.build());
  }

  /** Stops the server and waits for it; safe to call more than once. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.shutdown();
    try {
      if (!server.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
        server.shutdownNow();
        server.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "QdrantLocal[" + HOST + ":" + port() + (apiKey == null ? "" : ", api-key") + "]";
  }
}
