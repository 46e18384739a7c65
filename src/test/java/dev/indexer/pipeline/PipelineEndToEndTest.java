package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbedderProducer;
import dev.indexer.testkit.qdrant.QdrantLocal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broker-backed end-to-end tests: real in-process Kafka (exactly-once v2), Qdrant local and the
 * real in-process model. Each test ends by comparing the whole collection with an oracle that
 * replays the events by the rules (newest version wins, deletes remove, Kafka order breaks ties).
 */
class PipelineEndToEndTest {

  static final Duration TIMEOUT = Duration.ofSeconds(120);

  static QdrantLocal qdrant;
  static Embedder model;
  StreamsHarness h;

  @BeforeAll
  static void setUp() {
    qdrant = QdrantLocal.start();
    model = EmbedderProducer.create(dev.indexer.embed.EmbeddingModel.ALL_MINILM_L6_V2_Q);
  }

  @AfterAll
  static void tearDown() {
    qdrant.close();
  }

  @AfterEach
  void close() throws Exception {
    if (h != null) {
      h.close();
    }
  }

  /** Replays events by the rules to know what the index must hold. */
  static final class Oracle {
    record State(Long version, String content, boolean deleted) {}

    final Map<String, State> docs = new HashMap<>();
    final List<String[]> events = new ArrayList<>();

    void upsert(String id, Long version, String content) {
      events.add(
          new String[] {
            "acme/" + id,
            IndexerHarness.json("acme", id, "UPSERT", version, content, "T " + id, Map.of())
          });
      apply(id, version, content, false);
    }

    void delete(String id, Long version) {
      events.add(
          new String[] {
            "acme/" + id, IndexerHarness.json("acme", id, "DELETE", version, null, null, Map.of())
          });
      apply(id, version, null, true);
    }

    void tombstone(String id) {
      events.add(new String[] {"acme/" + id, null});
      State s = docs.get(id);
      docs.put(id, new State(s == null ? null : s.version(), null, true));
    }

    private void apply(String id, Long version, String content, boolean deleted) {
      State s = docs.get(id);
      if (s != null && s.version() != null && version != null && version < s.version()) {
        return;
      }
      docs.put(
          id,
          new State(version != null ? version : s == null ? null : s.version(), content, deleted));
    }

    Map<String, List<String>> expectedIndex(StreamsHarness h) {
      Map<String, List<String>> out = new HashMap<>();
      docs.forEach(
          (id, s) -> {
            if (!s.deleted()) {
              List<String> texts = h.expected(s.content());
              if (!texts.isEmpty()) {
                out.put("acme/" + id, texts);
              }
            }
          });
      return out;
    }
  }

  static String text(Random random, int sentences) {
    return dev.indexer.testkit.Sentences.text(random, sentences);
  }

  private void run(Oracle oracle, int partitions) throws Exception {
    h = new StreamsHarness(qdrant, model, partitions);
    h.send(oracle.events);
    h.start();
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(oracle.events.size());
    assertThat(h.index()).isEqualTo(oracle.expectedIndex(h));
    long rejected = statuses.stream().filter(s -> s.outcome() == Outcome.REJECTED).count();
    assertThat(h.deadLetters()).hasSize((int) rejected);
  }

  @Test
  void documentLifecyclesEndAsAnExactMirror() throws Exception {
    Random r = new Random(1);
    Oracle o = new Oracle();
    o.upsert("create", 1L, text(r, 12));
    o.upsert("grow", 1L, text(r, 3));
    o.upsert("grow", 2L, text(r, 20));
    o.upsert("shrink", 1L, text(r, 20));
    o.upsert("shrink", 2L, text(r, 2));
    o.upsert("delete", 1L, text(r, 8));
    o.delete("delete", 2L);
    o.upsert("tombstone", 1L, text(r, 8));
    o.tombstone("tombstone");
    o.upsert("recreate", 1L, text(r, 8));
    o.delete("recreate", 2L);
    o.upsert("recreate", 3L, text(r, 5));
    o.upsert("stale", 5L, text(r, 6));
    o.upsert("stale", 4L, text(r, 9));
    o.upsert("empty", 1L, text(r, 4));
    o.upsert("empty", 2L, "   ");
    o.upsert("noversion", null, text(r, 9));
    o.upsert("noversion", null, text(r, 3));
    run(o, 3);
  }

  @Test
  void everyEventDeliveredTwiceChangesNothing() throws Exception {
    Random r = new Random(2);
    Oracle o = new Oracle();
    for (int i = 0; i < 20; i++) {
      String content = text(r, 1 + r.nextInt(15));
      o.upsert("d" + i, 1L, content);
      o.upsert("d" + i, 1L, content);
      if (i % 3 == 0) {
        o.delete("d" + i, 2L);
        o.delete("d" + i, 2L);
      }
    }
    run(o, 3);
  }

  @Test
  void oneDocumentUpdatedFiftyTimesInABurstEndsAtTheNewest() throws Exception {
    Random r = new Random(3);
    Oracle o = new Oracle();
    for (long v = 1; v <= 50; v++) {
      o.upsert("burst", v, text(r, 1 + r.nextInt(20)));
    }
    run(o, 1);
    assertThat(h.points("acme", "burst"))
        .allSatisfy(
            p -> assertThat(p.getPayloadMap().get("version").getIntegerValue()).isEqualTo(50L));
  }

  @Test
  void fiveHundredDocumentsOverThreePartitions() throws Exception {
    Random r = new Random(4);
    Oracle o = new Oracle();
    for (int i = 0; i < 500; i++) {
      o.upsert("doc-" + i, 1L, text(r, 1 + r.nextInt(8)));
    }
    for (int i = 0; i < 500; i += 7) {
      o.upsert("doc-" + i, 2L, text(r, 1 + r.nextInt(8)));
    }
    for (int i = 0; i < 500; i += 11) {
      o.delete("doc-" + i, 3L);
    }
    run(o, 3);
  }

  @Test
  void writesOfManyEventsShareRequestsOnlyWhenBatchedUnderExactlyOnce() throws Exception {
    Random r = new Random(14);
    Oracle o = new Oracle();
    for (int i = 0; i < 120; i++) {
      o.upsert("w" + (i % 80), (long) i, text(r, 1 + r.nextInt(6)));
    }
    for (int i = 0; i < 80; i += 9) {
      o.delete("w" + i, 1_000L);
    }
    run(o, 2);
    assertThat(h.writeRequests)
        .as("events per write request, batched")
        .anyMatch(events -> events > 1);
    assertThat(h.writeRequests.stream().mapToInt(Integer::intValue).sum())
        .as("every event that changed the index wrote once")
        .isEqualTo(o.events.size());
    h.close();

    h = new StreamsHarness(qdrant, model, 2);
    h.batchPoints = 0;
    h.send(o.events);
    h.start();
    assertThat(h.awaitStatuses(TIMEOUT)).hasSize(o.events.size());
    assertThat(h.index()).isEqualTo(o.expectedIndex(h));
    assertThat(h.writeRequests).as("events per write request, unbatched").containsOnly(1);
    h.close();

    // Without transactions there is no commit to hold writes for: each event is written at once.
    h = new StreamsHarness(qdrant, model, 2);
    h.processingGuarantee = org.apache.kafka.streams.StreamsConfig.AT_LEAST_ONCE;
    h.send(o.events);
    h.start();
    assertThat(h.awaitStatuses(TIMEOUT)).hasSize(o.events.size());
    assertThat(h.index()).isEqualTo(o.expectedIndex(h));
    assertThat(h.writeRequests).as("events per write request, at least once").containsOnly(1);
  }

  @Test
  void aWriteQdrantRefusesInABatchIsDeadLetteredAloneAndItsNeighboursIndexed() throws Exception {
    Random r = new Random(15);
    Oracle o = new Oracle();
    for (int i = 0; i < 60; i++) {
      o.upsert("n" + i, 1L, text(r, 1 + r.nextInt(6)));
    }
    h = new StreamsHarness(qdrant, model, 2);
    // Refused for good in a batch: the refused event is dead-lettered in the same transaction
    // as its neighbours, which commits; nothing is aborted, no task closed dirty or restored.
    h.refusedDocuments = "n17"::equals;
    h.send(o.events);
    h.start();
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);

    assertThat(statuses).hasSize(60);
    assertThat(statuses).filteredOn(s -> s.outcome() == Outcome.REJECTED).hasSize(1);
    List<ConsumerRecord<byte[], byte[]>> dead = h.deadLetters();
    assertThat(dead).hasSize(1);
    assertThat(
            new String(
                dead.get(0).headers().lastHeader("x-reason").value(), StandardCharsets.UTF_8))
        .isEqualTo("QDRANT_REJECTED");
    o.docs.remove("n17");
    assertThat(h.index()).isEqualTo(o.expectedIndex(h));
    assertThat(h.writeRequests)
        .as("the refused event's neighbours were written in batches")
        .anyMatch(n -> n > 1);
    assertThat(statuses)
        .filteredOn(s -> "n17".equals(s.documentId()))
        .singleElement()
        .as("one status for the refused event, the rejection")
        .extracting(StatusEvent::outcome)
        .isEqualTo(Outcome.REJECTED);
    assertThat(h.transitions)
        .as("no rebalance after the refusal")
        .doesNotContain("RUNNING->REBALANCING");
    assertThat(h.restoresWithRecords).as("no state store restored after the refusal").hasValue(0);
  }

  @Test
  void aDocumentWhoseUpdateWasRefusedInABatchKeepsItsManifestSoTheSameUpdateSentAgainIsIndexed()
      throws Exception {
    Random r = new Random(16);
    Oracle o = new Oracle();
    for (int i = 0; i < 20; i++) {
      o.upsert("m" + i, 1L, text(r, 3));
    }
    h = new StreamsHarness(qdrant, model, 2);
    h.send(o.events);
    h.start();
    assertThat(h.awaitStatuses(TIMEOUT)).hasSize(20);

    // Version 2 of m5 is refused in a batch with its neighbours' updates, then sent again once
    // Qdrant takes it. Had the refused version's manifest stayed, the second send would be
    // skipped as already indexed, and m5 left at version 1.
    String shared = text(r, 40);
    List<String[]> second = new ArrayList<>();
    second.add(
        new String[] {
          "acme/m5", IndexerHarness.json("acme", "m5", "UPSERT", 2L, shared, "T m5", Map.of())
        });
    for (int i = 0; i < 5; i++) {
      String content = text(r, 3);
      second.add(
          new String[] {
            "acme/m1" + i,
            IndexerHarness.json("acme", "m1" + i, "UPSERT", 2L, content, "T m1" + i, Map.of())
          });
      o.upsert("m1" + i, 2L, content);
    }
    h.refusedDocuments = "m5"::equals;
    h.send(second);
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(26);
    assertThat(h.deadLetters()).hasSize(1);
    assertThat(h.index())
        .as("m5 still at version 1, the others at 2")
        .isEqualTo(o.expectedIndex(h));

    h.refusedDocuments = id -> false;
    o.upsert("m5", 2L, shared);
    h.send(List.<String[]>of(second.get(0)));
    assertThat(h.awaitStatuses(TIMEOUT)).hasSize(27);
    assertThat(h.index()).as("m5 at version 2").isEqualTo(o.expectedIndex(h));
    assertThat(h.transitions).doesNotContain("RUNNING->REBALANCING");
  }

  @Test
  void eventsAfterARefusedOneInTheSameBatchArePlannedAgainstTheManifestPutBack() throws Exception {
    Random r = new Random(17);
    Oracle o = new Oracle();
    o.upsert("x", 1L, text(r, 3));
    h = new StreamsHarness(qdrant, model, 1);
    h.send(o.events);
    h.start();
    assertThat(h.awaitStatuses(TIMEOUT)).hasSize(1);

    // Version 5 is refused; version 4 follows it in the same batch. Planned against the refused
    // version's manifest it would be skipped as stale; against the one put back, it is indexed.
    // A rejection of the document after them is reported after them.
    h.refusedTexts = t -> t.contains("Poisoned");
    String v4 = text(r, 3);
    List<String[]> batch = new ArrayList<>();
    batch.add(
        new String[] {
          "acme/x",
          IndexerHarness.json(
              "acme", "x", "UPSERT", 5L, "Poisoned sentence here. " + text(r, 2), "T x", Map.of())
        });
    batch.add(
        new String[] {
          "acme/x", IndexerHarness.json("acme", "x", "UPSERT", 4L, v4, "T x", Map.of())
        });
    batch.add(
        new String[] {
          "acme/x",
          "{\"tenant\":\"acme\",\"documentId\":\"x\",\"version\":6,\"contentType\":\"application/pdf\",\"content\":\"%PDF\"}"
        });
    o.upsert("x", 4L, v4);
    h.send(batch);
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(4);
    assertThat(statuses.subList(1, 4))
        .extracting(StatusEvent::outcome)
        .as("in processing order")
        .containsExactly(Outcome.REJECTED, Outcome.INDEXED, Outcome.REJECTED);
    assertThat(h.index()).isEqualTo(o.expectedIndex(h));
  }

  @Test
  void metadataOnlyChangesAndUnchangedRepublishesEmbedNothing() throws Exception {
    Random r = new Random(5);
    h = new StreamsHarness(qdrant, model, 3);
    List<String[]> first = new ArrayList<>();
    Map<String, String> contents = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      contents.put("m" + i, text(r, 1 + r.nextInt(10)));
      first.add(
          new String[] {
            "acme/m" + i,
            IndexerHarness.json(
                "acme", "m" + i, "UPSERT", 1L, contents.get("m" + i), "Old", Map.of("k", "1"))
          });
    }
    h.send(first);
    h.start();
    List<StatusEvent> initial = h.awaitStatuses(TIMEOUT);
    assertThat(initial.stream().mapToInt(StatusEvent::embedded).sum()).isPositive();

    List<String[]> second = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      // Half re-published unchanged, half with a new title and metadata only.
      boolean metadataOnly = i % 2 == 0;
      second.add(
          new String[] {
            "acme/m" + i,
            IndexerHarness.json(
                "acme",
                "m" + i,
                "UPSERT",
                metadataOnly ? 2L : 1L,
                contents.get("m" + i),
                metadataOnly ? "New" : "Old",
                Map.of("k", metadataOnly ? "2" : "1"))
          });
    }
    h.send(second);
    List<StatusEvent> all = h.awaitStatuses(TIMEOUT);
    List<StatusEvent> later = all.subList(30, all.size());
    assertThat(later.stream().mapToInt(StatusEvent::embedded).sum()).isZero();
    assertThat(later).extracting(StatusEvent::outcome).contains(Outcome.UNCHANGED, Outcome.INDEXED);
    assertThat(h.points("acme", "m0"))
        .isNotEmpty()
        .allSatisfy(
            p -> assertThat(p.getPayloadMap().get("title").getStringValue()).isEqualTo("New"));
  }

  @Test
  void poisonEventsAreDeadLetteredAndTheirNeighboursIndexed() throws Exception {
    Random r = new Random(6);
    Oracle o = new Oracle();
    o.upsert("good1", 1L, text(r, 5));
    o.events.add(new String[] {"acme/bad1", "{this is not json"});
    o.events.add(new String[] {"acme/bad2", "{\"tenant\":\"acme\",\"operation\":\"UPSERT\"}"});
    o.events.add(
        new String[] {
          "acme/bad3", IndexerHarness.json("acme", "bad3", "PATCH", 1L, "x", null, Map.of())
        });
    o.upsert("good2", 1L, text(r, 5));
    run(o, 1);
    List<ConsumerRecord<byte[], byte[]>> dead = h.deadLetters(3, TIMEOUT);
    assertThat(dead)
        .extracting(
            d -> new String(d.headers().lastHeader("x-reason").value(), StandardCharsets.UTF_8))
        .containsExactly("UNDECODABLE", "MISSING_DOCUMENT_ID", "UNKNOWN_OPERATION");
    assertThat(dead)
        .extracting(
            d ->
                new String(
                    d.headers().lastHeader("x-source-offset").value(), StandardCharsets.UTF_8))
        .containsExactly("1", "2", "3");
  }

  @Test
  void restartMidStreamWithLostLocalStateLosesNothingAndLeavesNothingStale() throws Exception {
    Random r = new Random(7);
    Oracle o = new Oracle();
    for (int round = 1; round <= 4; round++) {
      for (int i = 0; i < 40; i++) {
        if (round == 3 && i % 5 == 0) {
          o.delete("r" + i, (long) round);
        } else {
          o.upsert("r" + i, (long) round, text(r, 1 + r.nextInt(12)));
        }
      }
    }
    h = new StreamsHarness(qdrant, model, 3);
    h.send(o.events.subList(0, 80));
    h.start();
    h.awaitStatuses(TIMEOUT);
    // Stop mid-stream, then a new instance on a new (empty) state directory: the manifests come
    // back from the changelog.
    h.stop();
    h.send(o.events.subList(80, o.events.size()));
    h.start();
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(o.events.size());
    assertThat(h.index()).isEqualTo(o.expectedIndex(h));
  }

  /**
   * Indexes the oracle's first events on {@code flaky}, takes it down and sends the rest; returns
   * the instance's state transitions before the outage.
   */
  private int indexThenTakeQdrantDown(QdrantLocal flaky, Oracle o, int first, int partitions)
      throws Exception {
    h = new StreamsHarness(flaky, model, partitions);
    h.send(o.events.subList(0, first));
    h.start();
    h.awaitStatuses(TIMEOUT);
    int transitions = h.transitions.size();
    flaky.simulateOutage(true);
    h.send(o.events.subList(first, o.events.size()));
    return transitions;
  }

  /** Every event has its status, the index is the oracle's and nothing was dead-lettered. */
  private void assertEverythingIndexed(Oracle o) throws Exception {
    assertThat(h.awaitStatuses(TIMEOUT)).hasSize(o.events.size());
    assertThat(h.index()).isEqualTo(o.expectedIndex(h));
    assertThat(h.deadLetters()).isEmpty();
  }

  @Test
  void qdrantDownForAWhileIsRetriedAndNothingIsLostOrDeadLettered() throws Exception {
    try (QdrantLocal flaky = QdrantLocal.start()) {
      Random r = new Random(8);
      Oracle o = new Oracle();
      for (int i = 0; i < 60; i++) {
        o.upsert("q" + (i % 25), (long) i, text(r, 1 + r.nextInt(10)));
      }
      int transitionsBefore = indexThenTakeQdrantDown(flaky, o, 20, 3);
      // Longer than Kafka Streams' default transaction timeout under exactly-once (10 s).
      Thread.sleep(12_000);
      // The event in flight when Qdrant went down may have completed; nothing after it can.
      int duringOutage = h.statusCount();
      assertThat(duringOutage).as("no event completes while Qdrant is down").isBetween(20, 21);
      flaky.simulateOutage(false);
      assertEverythingIndexed(o);
      assertThat(h.transitions.subList(transitionsBefore, h.transitions.size()))
          .as("the instance kept its group membership through the outage")
          .isEmpty();
      h.close();
      h = null;
    }
  }

  @Test
  void shuttingDownWhileQdrantIsDownCommitsNothingAndARestartIndexesEverything() throws Exception {
    try (QdrantLocal flaky = QdrantLocal.start()) {
      Random r = new Random(16);
      Oracle o = new Oracle();
      for (int i = 0; i < 40; i++) {
        o.upsert("s" + (i % 30), (long) i, text(r, 1 + r.nextInt(6)));
      }
      indexThenTakeQdrantDown(flaky, o, 10, 2);
      Thread.sleep(3_000); // new documents wait in the commit's flush, edited ones in their reads
      h.stopping.set(true);
      long stopStart = System.nanoTime();
      h.stop();
      assertThat(Duration.ofNanos(System.nanoTime() - stopStart))
          .isLessThan(Duration.ofSeconds(30));
      assertThat(h.statusCount()).as("nothing committed while Qdrant was down").isEqualTo(10);

      flaky.simulateOutage(false);
      h.stopping.set(false);
      h.start();
      assertEverythingIndexed(o);
      h.close();
      h = null;
    }
  }

  @Test
  void aSecondInstanceJoiningMidStreamRebalancesWithoutLossOrDuplicates() throws Exception {
    Random r = new Random(9);
    Oracle o = new Oracle();
    for (int round = 1; round <= 3; round++) {
      for (int i = 0; i < 60; i++) {
        o.upsert("b" + i, (long) round, text(r, 1 + r.nextInt(8)));
      }
    }
    h = new StreamsHarness(qdrant, model, 3);
    h.send(o.events.subList(0, 60));
    h.start();
    h.awaitStatuses(TIMEOUT);
    h.send(o.events.subList(60, o.events.size()));
    h.start();
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(o.events.size());
    assertThat(h.index()).isEqualTo(o.expectedIndex(h));
  }
}
