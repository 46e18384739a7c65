package dev.indexer.testkit;

import dev.indexer.testkit.kafka.EmbeddedKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: one real in-process Kafka broker per JVM, shared by every test class that
 * declares {@code @QuarkusTestResource(KafkaBrokerResource.class)} (or uses it through a test
 * profile), and stopped (its log dirs deleted) when the JVM exits.
 *
 * <p>Hands the app {@code kafka.bootstrap.servers} and {@code
 * quarkus.kafka-streams.bootstrap-servers}. Tests reach the broker with {@link #kafka()} (create
 * topics, produce, consume).
 *
 * <p>Quarkus may load this class in more than one class loader (the test resource manager and the
 * test itself); the broker is therefore recorded JVM-wide (a system property holding its bootstrap
 * address) and a second class loader gets an {@link EmbeddedKafka#attach(String)} handle on the
 * same broker instead of starting another one.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

  /** JVM-wide record of the running broker's bootstrap servers. */
  static final String BOOTSTRAP_PROPERTY = "dev.indexer.testkit.embedded-kafka.bootstrap";

  private static EmbeddedKafka kafka;

  /** The shared broker of this JVM, started on first use. */
  public static EmbeddedKafka kafka() {
    // A JDK object as the lock: the same monitor for every class loader of this class.
    synchronized (System.getProperties()) {
      if (kafka == null || kafka.isClosed()) {
        String running = System.getProperty(BOOTSTRAP_PROPERTY);
        if (running != null) {
          kafka = EmbeddedKafka.attach(running);
        } else {
          EmbeddedKafka started = EmbeddedKafka.start();
          System.setProperty(BOOTSTRAP_PROPERTY, started.bootstrapServers());
          Runtime.getRuntime()
              .addShutdownHook(
                  new Thread(
                      () -> {
                        System.clearProperty(BOOTSTRAP_PROPERTY);
                        started.close();
                      },
                      "embedded-kafka-shutdown"));
          kafka = started;
        }
      }
      return kafka;
    }
  }

  @Override
  public Map<String, String> start() {
    String bootstrap = kafka().bootstrapServers();
    return Map.of(
        "kafka.bootstrap.servers", bootstrap,
        "quarkus.kafka-streams.bootstrap-servers", bootstrap);
  }

  @Override
  public void stop() {
    // Shared across test classes; stopped by the JVM shutdown hook.
  }
}
