package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.testkit.HashEmbedder;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Event-to-searchable lag, filled by real events on the in-process broker and Qdrant local: one
 * observation per change that wrote to Qdrant, from the Kafka timestamp and from the event's own
 * time, with and without batched writes; events that change nothing are not observed.
 */
class FreshnessTest extends BrokerBackedTest {

  private Timer timer(SimpleMeterRegistry registry, String from) {
    return registry.get("indexer.freshness").tag("from", from).timer();
  }

  private void run(int batchPoints) throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 16), 2);
    h.batchPoints = batchPoints;
    h.freshness = new FreshnessMetrics(registry);
    List<String[]> events = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      events.add(
          new String[] {
            "acme/d" + i,
            IndexerHarness.json("acme", "d" + i, "UPSERT", 1L, "Text " + i + ".", "T", Map.of())
          });
    }
    events.add(events.get(0)); // the same event again: unchanged, nothing written
    events.add(
        new String[] {
          "acme/d1", IndexerHarness.json("acme", "d1", "DELETE", 2L, null, null, Map.of())
        });
    long sent = System.currentTimeMillis();
    h.send(events);
    h.start();
    h.awaitStatuses(Duration.ofSeconds(60));
    long elapsed = System.currentTimeMillis() - sent;

    Timer kafka = timer(registry, "kafka");
    assertThat(kafka.count()).isEqualTo(21);
    assertThat(kafka.max(TimeUnit.MILLISECONDS)).isPositive().isLessThanOrEqualTo((double) elapsed);
    // The events say they happened on 2026-01-01: the lag from the source is that old.
    Timer source = timer(registry, "source");
    assertThat(source.count()).isEqualTo(21);
    long sinceEvent =
        System.currentTimeMillis() - Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    assertThat((long) source.max(TimeUnit.MILLISECONDS))
        .isBetween(sinceEvent - elapsed - 60_000, sinceEvent);
  }

  @Test
  void eachWriteIsObservedOnceWithBatchedWrites() throws Exception {
    run(512);
  }

  @Test
  void eachWriteIsObservedOnceWithWritesOnTheirOwn() throws Exception {
    run(0);
  }
}
