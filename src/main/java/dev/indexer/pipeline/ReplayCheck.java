package dev.indexer.pipeline;

import io.quarkus.logging.Log;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Whether the documents topic can be replayed from the start, which a new generation of the index
 * needs: it holds every document's newest event only when it is compacted and deletes nothing by
 * age ({@code cleanup.policy=compact}), or keeps everything ({@code retention.ms=-1}).
 */
final class ReplayCheck {

  private ReplayCheck() {}

  /** Why the topic cannot be replayed in full, or empty when it can. */
  static java.util.Optional<String> problem(Config config) {
    String policy = value(config, TopicConfig.CLEANUP_POLICY_CONFIG, "delete");
    String retention = value(config, TopicConfig.RETENTION_MS_CONFIG, "604800000");
    String bytes = value(config, TopicConfig.RETENTION_BYTES_CONFIG, "-1");
    boolean deletes = List.of(policy.replace(" ", "").split(",")).contains("delete");
    if (!deletes || ("-1".equals(retention) && "-1".equals(bytes))) {
      return java.util.Optional.empty();
    }
    if ("-1".equals(retention)) {
      return java.util.Optional.of(
          "cleanup.policy="
              + policy
              + " deletes events beyond retention.bytes="
              + bytes
              + ": a new generation replays only what is left. Make it cleanup.policy=compact"
              + " (README: Index lifecycle)");
    }
    return java.util.Optional.of(
        "cleanup.policy="
            + policy
            + " deletes events after retention.ms="
            + retention
            + ": a new generation replays only what is left, and misses documents whose newest"
            + " event is older. Make it cleanup.policy=compact (README: Index lifecycle)");
  }

  /** Logs a warning when the topic cannot be replayed in full; says nothing when it can. */
  static void warnIfNotReplayable(Admin admin, String topic) {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    try {
      Config config =
          admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
      problem(config).ifPresent(p -> Log.warnf("Documents topic %s: %s", topic, p));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      Log.warnf(
          "Could not read the configuration of the documents topic %s (%s): whether a new"
              + " generation can replay it is not known",
          topic, e.getClass().getSimpleName());
    }
  }

  private static String value(Config config, String name, String fallback) {
    ConfigEntry entry = config.get(name);
    return entry == null || entry.value() == null ? fallback : entry.value();
  }
}
