package dev.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pipeline.Outcome;
import dev.indexer.pipeline.StatusEvent;
import dev.indexer.pipeline.Topics;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Kafka broker stopped and started again (same port, same log dirs) while the packaged service
 * indexes a stream of creates, edits, deletes and tombstones; the service itself keeps running.
 * Invariants checked on the final state: exact mirror (0 lost, 0 stale, 0 duplicate points), one
 * committed status per event, nothing dead-lettered (a broker outage is transient).
 *
 * <p>{@code -Dreliability.broker.down-seconds} (default 10) is how long the broker stays down.
 */
class BrokerRestartIT {

  static final int EVENTS = 1200;
  static final int PARTITIONS = 3;
  static final int DOWN_SECONDS = Integer.getInteger("reliability.broker.down-seconds", 10);

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void aBrokerRestartMidStreamLosesNothingAndDeadLettersNothing() throws Exception {
    long began = System.nanoTime();
    long seed = Long.getLong("reliability.seed", System.currentTimeMillis());
    Random random = new Random(seed);
    Workload workload = Workload.generate(seed, EVENTS, EVENTS / 6);
    Topics topics = new Topics("restart-documents", "restart-status", "restart-dlq");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (EmbeddedKafka kafka = EmbeddedKafka.start(port);
        QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient();
        HashEmbeddingEndpoint embeddings = new HashEmbeddingEndpoint()) {
      kafka.createTopics(PARTITIONS, topics.documents());
      kafka.createTopics(1, topics.status(), topics.deadLetter());
      try (PackagedService service =
          new PackagedService(kafka, qdrant, "restart-indexer", topics, embeddings.settings())) {
        String collection = service.collection();
        service.start(Duration.ofMinutes(2));
        int half = workload.events.size() / 2;
        send(kafka, topics, workload.events.subList(0, half));
        // Mid-stream: some of the first half indexed and committed, the rest not yet.
        int statusesBeforeStop = 0;
        int stopAfter = 1 + random.nextInt(100);
        while (statusesBeforeStop < stopAfter) {
          Thread.sleep(10);
          statusesBeforeStop = TopicContents.all(kafka, topics.status()).size();
        }
        kafka.stopBroker();
        Thread.sleep(DOWN_SECONDS * 1000L);
        long restarted = System.nanoTime();
        kafka.startBroker();
        long backMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
        int committedAtRestart = TopicContents.all(kafka, topics.status()).size();
        send(kafka, topics, workload.events.subList(half, workload.events.size()));
        long resumedMillis = resumed(kafka, topics, committedAtRestart, restarted);
        List<StatusEvent> statuses =
            TopicContents.awaitStatuses(
                kafka, topics.status(), workload.events.size(), Duration.ofMinutes(5));
        long caughtUpMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
        Thread.sleep(1_000); // anything more would be a duplicate
        statuses =
            TopicContents.awaitStatuses(
                kafka, topics.status(), workload.events.size(), Duration.ofMinutes(1));
        int deadLetters = TopicContents.all(kafka, topics.deadLetter()).size();
        Map<String, List<String>> expected =
            workload.expectedIndex(
                Workload.expectedChunks(
                    HashEmbeddingEndpoint.TOKENIZER, HashEmbeddingEndpoint.MAX_TOKENS));
        MirrorCheck mirror =
            MirrorCheck.of(client, collection, expected, workload.expectedVersions());
        Map<String, Long> perEvent =
            statuses.stream()
                .map(StatusEvent::eventId)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        System.out.printf(
            "BROKER RESTART SUMMARY: broker down %d s after %d of %d statuses, back in %d ms; first new status"
                + " %d ms and all %d events indexed %d ms after it came back | expected points=%d, in Qdrant=%d, lost=%d stale=%d"
                + " duplicate=%d | statuses=%d dead-letters=%d | service restarts=%d, still %s | seed=%d test %d s%n",
            DOWN_SECONDS,
            statusesBeforeStop,
            workload.events.size(),
            backMillis,
            resumedMillis,
            workload.events.size(),
            caughtUpMillis,
            mirror.expectedPoints(),
            mirror.points(),
            mirror.lost(),
            mirror.stale(),
            mirror.duplicate(),
            statuses.size(),
            deadLetters,
            service.starts().size() - 1,
            service.streamsState(),
            seed,
            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began));

        assertThat(mirror.lost()).as("lost points").isZero();
        assertThat(mirror.stale()).as("stale points").isZero();
        assertThat(mirror.duplicate()).as("duplicate points").isZero();
        assertThat(IndexContents.texts(client, collection)).isEqualTo(expected);
        assertThat(statuses).as("one committed status per event").hasSize(workload.events.size());
        assertThat(perEvent.values()).as("no event has two statuses").allMatch(n -> n == 1);
        assertThat(statuses).extracting(StatusEvent::outcome).doesNotContain(Outcome.REJECTED);
        assertThat(deadLetters).as("dead letters").isZero();
        assertThat(service.alive()).as("the service rode out the broker restart").isTrue();
      }
    }
  }

  /**
   * Milliseconds from the broker's restart to the first status committed after it: how long the
   * service takes to resume (the rest of the catch-up is processing).
   */
  private static long resumed(
      EmbeddedKafka kafka, Topics topics, int committedAtRestart, long restarted)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (TopicContents.all(kafka, topics.status()).size() <= committedAtRestart) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no status committed within 2 minutes of the broker's restart");
      }
      Thread.sleep(50);
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
  }

  private static void send(EmbeddedKafka kafka, Topics topics, List<Workload.Event> events) {
    kafka.produce(
        topics.documents(),
        new ByteArraySerializer(),
        new ByteArraySerializer(),
        events.stream().map(e -> e.record(topics.documents())).toList());
  }
}
