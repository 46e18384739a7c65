package dev.indexer.qdrant.contract;

import dev.indexer.testkit.qdrant.QdrantLocal;
import java.io.IOException;
import java.net.ServerSocket;

/** The Qdrant contract, run against Qdrant local (the in-process wire-compatible server). */
class QdrantLocalContractTest extends QdrantContract {

  @Override
  protected Endpoint startServer() {
    return endpoint(QdrantLocal.start(), null);
  }

  @Override
  protected Endpoint startServerWithApiKey(String apiKey) throws IOException {
    return endpoint(QdrantLocal.start(freePort(), apiKey), apiKey);
  }

  private static Endpoint endpoint(QdrantLocal server, String apiKey) {
    return new Endpoint() {
      @Override
      public String host() {
        return server.host();
      }

      @Override
      public int port() {
        return server.port();
      }

      @Override
      public String apiKey() {
        return apiKey;
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
