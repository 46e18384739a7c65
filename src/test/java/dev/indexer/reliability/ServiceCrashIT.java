package dev.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pipeline.Outcome;
import dev.indexer.pipeline.StatusEvent;
import dev.indexer.pipeline.Topics;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged service killed with SIGKILL (no shutdown hook, no flush, no commit) at random
 * moments while it indexes a stream of creates, edits, deletes and tombstones over several
 * partitions, and started again each time on its state directory, as a crashed pod restarts. Every
 * other kill comes from Qdrant local right after it applied one of the service's writes and before
 * the service heard back: the points are in Qdrant, the Kafka transaction that would record them is
 * not committed.
 *
 * <p>Invariants checked on the final state: exact mirror (Qdrant holds exactly the chunks of each
 * document's newest version, nothing of deleted ones: 0 lost, 0 stale, 0 duplicate points), nothing
 * lost and exactly once on the topics (one committed status per event, no dead letters).
 *
 * <p>{@code -Dreliability.crash.kills} (default 4) and {@code -Dreliability.crash.events} (default
 * 2000) size the run; {@code -Dreliability.seed} repeats one.
 */
class ServiceCrashIT {

  static final int KILLS = Integer.getInteger("reliability.crash.kills", 4);
  static final int EVENTS = Integer.getInteger("reliability.crash.events", 2000);
  static final int PARTITIONS = 4;
  static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void killedAtRandomMomentsTheServiceLeavesAnExactMirror() throws Exception {
    long began = System.nanoTime();
    long seed = Long.getLong("reliability.seed", System.currentTimeMillis());
    Random random = new Random(seed);
    Workload workload = Workload.generate(seed, EVENTS, EVENTS / 8);
    Topics topics = new Topics("crash-documents", "crash-status", "crash-dlq");
    try (EmbeddedKafka kafka = EmbeddedKafka.start();
        QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient();
        HashEmbeddingEndpoint embeddings = new HashEmbeddingEndpoint()) {
      kafka.createTopics(PARTITIONS, topics.documents());
      kafka.createTopics(1, topics.status(), topics.deadLetter());
      try (PackagedService service =
          new PackagedService(kafka, qdrant, "crash-indexer", topics, embeddings.settings())) {
        String collection = service.collection();
        service.start(START_TIMEOUT);
        int slice = workload.events.size() / (KILLS + 1);
        int afterWrite = 0;
        for (int k = 0; k < KILLS; k++) {
          List<Workload.Event> events = workload.events.subList(k * slice, (k + 1) * slice);
          if (k % 2 == 0) {
            // Killed from inside Qdrant: after the n-th write of this slice is applied, before
            // the service learns of it (so before its transaction can commit).
            int n = 1 + random.nextInt(4);
            AtomicInteger writes = new AtomicInteger();
            AtomicBoolean fired = new AtomicBoolean();
            qdrant.afterWrite(
                (method, target) -> {
                  // The service writes its generation's collection, not the alias.
                  if (target.equals(collection + "_v1")
                      && writes.incrementAndGet() == n
                      && fired.compareAndSet(false, true)) {
                    service.killNow();
                  }
                });
            send(kafka, topics, events);
            assertThat(service.awaitExit(Duration.ofMinutes(1)))
                .as("killed after a Qdrant write")
                .isTrue();
            qdrant.afterWrite(null);
            afterWrite += fired.get() ? 1 : 0;
          } else {
            send(kafka, topics, events);
            Thread.sleep(random.nextInt(1500));
            service.kill();
          }
          service.start(START_TIMEOUT);
        }
        send(kafka, topics, workload.events.subList(KILLS * slice, workload.events.size()));
        List<StatusEvent> statuses =
            TopicContents.awaitStatuses(
                kafka, topics.status(), workload.events.size(), Duration.ofMinutes(5));
        Thread.sleep(1_000); // anything more would be a duplicate
        statuses =
            TopicContents.awaitStatuses(
                kafka, topics.status(), workload.events.size(), Duration.ofMinutes(1));
        int deadLetters = TopicContents.all(kafka, topics.deadLetter()).size();
        MirrorCheck mirror =
            MirrorCheck.of(
                client,
                collection,
                workload.expectedIndex(
                    Workload.expectedChunks(
                        HashEmbeddingEndpoint.TOKENIZER, HashEmbeddingEndpoint.MAX_TOKENS)),
                workload.expectedVersions());
        Map<String, Long> perEvent =
            statuses.stream()
                .map(StatusEvent::eventId)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        System.out.println(
            summary(
                seed, workload, afterWrite, service, mirror, statuses.size(), deadLetters, began));

        assertThat(mirror.lost()).as("lost points").isZero();
        assertThat(mirror.stale()).as("stale points").isZero();
        assertThat(mirror.duplicate()).as("duplicate points").isZero();
        assertThat(IndexContents.texts(client, collection))
            .isEqualTo(
                workload.expectedIndex(
                    Workload.expectedChunks(
                        HashEmbeddingEndpoint.TOKENIZER, HashEmbeddingEndpoint.MAX_TOKENS)));
        assertThat(statuses).as("one committed status per event").hasSize(workload.events.size());
        assertThat(perEvent.values()).as("no event has two statuses").allMatch(n -> n == 1);
        assertThat(statuses).extracting(StatusEvent::outcome).doesNotContain(Outcome.REJECTED);
        assertThat(deadLetters).as("dead letters").isZero();
        assertThat(service.starts()).hasSize(KILLS + 1);
      }
    }
  }

  private static void send(EmbeddedKafka kafka, Topics topics, List<Workload.Event> events) {
    kafka.produce(
        topics.documents(),
        new org.apache.kafka.common.serialization.ByteArraySerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer(),
        events.stream().map(e -> e.record(topics.documents())).toList());
  }

  private static String summary(
      long seed,
      Workload workload,
      int afterWrite,
      PackagedService service,
      MirrorCheck mirror,
      int statuses,
      int deadLetters,
      long began)
      throws Exception {
    List<String> running = new ArrayList<>();
    List<String> restores = new ArrayList<>();
    List<PackagedService.Start> starts = service.starts();
    for (PackagedService.Start s : starts.subList(1, starts.size())) {
      PackagedService.Restore r = PackagedService.restore(s);
      running.add(Long.toString(s.runningMillis));
      restores.add(r.millis() + "ms/" + r.records());
    }
    return String.format(
        "SERVICE CRASH SUMMARY: kills=%d (%d right after a Qdrant write, %d at random moments) events=%d (%s)"
            + " partitions=%d seed=%d | expected points=%d, in Qdrant=%d, lost=%d stale=%d duplicate=%d"
            + " | statuses=%d dead-letters=%d | per restart: start-to-RUNNING ms %s, restore ms/records %s"
            + " | test %d s",
        starts.size() - 1,
        afterWrite,
        starts.size() - 1 - afterWrite,
        workload.events.size(),
        workload,
        PARTITIONS,
        seed,
        mirror.expectedPoints(),
        mirror.points(),
        mirror.lost(),
        mirror.stale(),
        mirror.duplicate(),
        statuses,
        deadLetters,
        running,
        restores,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began));
  }
}
