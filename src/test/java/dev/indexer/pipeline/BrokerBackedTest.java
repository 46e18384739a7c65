package dev.indexer.pipeline;

import dev.indexer.testkit.qdrant.QdrantLocal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class on the shared in-process broker with a Qdrant local of its own and one harness per
 * test.
 */
abstract class BrokerBackedTest {

  static QdrantLocal qdrant;
  StreamsHarness h;

  @BeforeAll
  static void startQdrant() {
    qdrant = QdrantLocal.start();
  }

  @AfterAll
  static void stopQdrant() {
    qdrant.close();
  }

  @AfterEach
  void closeHarness() throws Exception {
    if (h != null) {
      h.close();
    }
  }
}
