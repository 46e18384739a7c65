package dev.indexer.testkit;

import dev.indexer.testkit.qdrant.QdrantLocal;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the application at one Qdrant local server shared by every test class of the JVM (it
 * starts in milliseconds, but sharing keeps ports and threads down). Tests isolate themselves by
 * document ids, not by servers.
 */
public class QdrantLocalResource implements QuarkusTestResourceLifecycleManager {

  private static QdrantLocal qdrant;

  /** The running server; starts it on first use. */
  public static synchronized QdrantLocal qdrant() {
    if (qdrant == null) {
      qdrant = QdrantLocal.start();
      Runtime.getRuntime().addShutdownHook(new Thread(qdrant::close, "qdrant-local-stop"));
    }
    return qdrant;
  }

  @Override
  public Map<String, String> start() {
    QdrantLocal q = qdrant();
    return Map.of(
        "indexer.qdrant.host", q.host(), "indexer.qdrant.port", Integer.toString(q.port()));
  }

  @Override
  public void stop() {
    // Shared for the whole JVM; stopped by the shutdown hook.
  }
}
