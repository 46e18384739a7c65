package dev.indexer.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Writes the {@link TestIssuer}'s key set and API key file before the application starts (the test
 * profile names their paths).
 */
public class JwtIssuerResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return TestIssuer.get().config();
  }

  @Override
  public void stop() {
    // Files under target/; nothing to stop.
  }
}
