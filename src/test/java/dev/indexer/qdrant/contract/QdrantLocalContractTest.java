package dev.indexer.qdrant.contract;

import dev.indexer.testkit.qdrant.QdrantLocal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The Qdrant contract, run against Qdrant local (the in-process wire-compatible server). */
class QdrantLocalContractTest extends QdrantContract {

  /** The api key contract against a second server of the same kind. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ApiKey extends ApiKeyContract {}

  @Override
  protected Endpoint startServer() {
    return endpoint(QdrantLocal.start(), null);
  }

  @Override
  protected Endpoint startServerWithApiKey(String apiKey) {
    return endpoint(QdrantLocal.start(0, apiKey), apiKey); // 0 = a free port
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
}
