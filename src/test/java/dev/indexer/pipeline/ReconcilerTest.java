package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pipeline.ReconcilePlan.Finding;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.IndexContents;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation on a real broker and Qdrant local: divergence injected straight into Qdrant
 * (points deleted, orphans added, versions and models changed, a whole document removed) is found
 * case by case and repaired until the collection equals the oracle; rounds while events flow find
 * nothing and break nothing; a document whose source the topic no longer holds is listed, not
 * guessed.
 */
class ReconcilerTest extends BrokerBackedTest {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private PipelineEndToEndTest.Oracle indexed(Random random, int documents) throws Exception {
    PipelineEndToEndTest.Oracle oracle = new PipelineEndToEndTest.Oracle();
    for (int i = 0; i < documents; i++) {
      oracle.upsert("d" + i, 1L, PipelineEndToEndTest.text(random, 2 + random.nextInt(6)));
    }
    for (int i = 0; i < 4; i++) {
      oracle.delete("d" + i, 2L);
    }
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 16), 3);
    h.send(oracle.events);
    h.start();
    h.awaitStatuses(TIMEOUT);
    assertThat(h.index()).isEqualTo(oracle.expectedIndex(h));
    return oracle;
  }

  private List<RetrievedPoint> points(String id) throws Exception {
    return IndexContents.document(h.client, h.target, "acme", id);
  }

  private void delete(List<RetrievedPoint> points) throws Exception {
    h.client.deleteAsync(h.target, points.stream().map(RetrievedPoint::getId).toList()).get();
  }

  private void set(
      List<RetrievedPoint> points, String field, io.qdrant.client.grpc.JsonWithInt.Value value)
      throws Exception {
    h.client
        .setPayloadAsync(
            h.target,
            Map.of(field, value),
            points.stream().map(RetrievedPoint::getId).toList(),
            true,
            null,
            null)
        .get();
  }

  /** A point written outside the service for document {@code id}, with the given fence token. */
  private void stray(String id, Long fence) throws Exception {
    PointStruct.Builder p =
        PointStruct.newBuilder()
            .setId(PointIdFactory.id(UUID.randomUUID()))
            .setVectors(VectorsFactory.vectors(new float[8]))
            .putPayload(PayloadFields.TENANT, ValueFactory.value("acme"))
            .putPayload(PayloadFields.DOCUMENT_ID, ValueFactory.value(id))
            .putPayload(PayloadFields.CHUNK_INDEX, ValueFactory.value(0))
            .putPayload(PayloadFields.TEXT, ValueFactory.value("stray " + id));
    if (fence != null) {
      p.putPayload(PayloadFields.FENCE, ValueFactory.value(fence));
    }
    h.client.upsertAsync(h.target, List.of(p.build())).get();
  }

  @Test
  void injectedDivergenceIsFoundCaseByCaseAndRepairedToTheOracle() throws Exception {
    PipelineEndToEndTest.Oracle oracle = indexed(new Random(51), 40);
    Reconciler reconciler = h.reconciler();
    Reconciler.Report quiet = reconciler.reconcile();
    assertThat(quiet.clean()).as("an index that agrees: %s", quiet).isTrue();
    assertThat(quiet.partitions()).isEqualTo(3);

    List<RetrievedPoint> d10 = points("d10");
    delete(d10.subList(0, 1));
    int d11 = points("d11").size();
    delete(points("d11"));
    int d12 = points("d12").size();
    set(points("d12"), PayloadFields.VERSION, ValueFactory.value(99L));
    set(points("d13").subList(0, 1), PayloadFields.MODEL_ID, ValueFactory.value("another-model"));
    stray("ghost", 3L);
    stray("ghost", null);
    stray("d0", 1L); // a deleted document
    assertThat(h.index()).isNotEqualTo(oracle.expectedIndex(h));

    Reconciler.Report report = reconciler.reconcile();
    assertThat(report.found())
        .containsEntry(Finding.MISSING, 1 + d11)
        .containsEntry(Finding.STALE, d12)
        .containsEntry(Finding.OFF_POLICY, 1)
        .containsEntry(Finding.ORPHAN, 3);
    assertThat(report.deleted()).isEqualTo(3);
    assertThat(report.reprocessed()).isEqualTo(4);
    assertThat(report.unrepairable()).isEmpty();
    assertThat(h.index()).isEqualTo(oracle.expectedIndex(h));
    assertThat(points("d12"))
        .allSatisfy(
            p ->
                assertThat(p.getPayloadMap().get(PayloadFields.VERSION).getIntegerValue()).isOne());
    assertThat(points("d13"))
        .allSatisfy(
            p ->
                assertThat(p.getPayloadMap().get(PayloadFields.MODEL_ID).getStringValue())
                    .isEqualTo(h.embedder.modelId()));

    Reconciler.Report after = reconciler.reconcile();
    assertThat(after.clean()).as("the round after the repair: %s", after).isTrue();
  }

  @Test
  void roundsWhileEventsFlowFindNothingAndTheIndexEndsAtTheOracle() throws Exception {
    Random random = new Random(52);
    PipelineEndToEndTest.Oracle oracle = indexed(random, 30);
    Reconciler reconciler = h.reconciler();
    List<Reconciler.Report> rounds = new CopyOnWriteArrayList<>();
    AtomicBoolean done = new AtomicBoolean();
    Thread loop =
        new Thread(
            () -> {
              while (!done.get()) {
                rounds.add(reconciler.reconcile());
              }
            });
    int before = oracle.events.size();
    for (int i = 0; i < 300; i++) {
      String id = "d" + random.nextInt(40);
      long version = 10L + i;
      if (random.nextInt(5) == 0) {
        oracle.delete(id, version);
      } else {
        oracle.upsert(id, version, PipelineEndToEndTest.text(random, 1 + random.nextInt(8)));
      }
    }
    loop.start();
    h.send(oracle.events.subList(before, oracle.events.size()));
    h.awaitStatuses(TIMEOUT);
    done.set(true);
    loop.join();
    assertThat(rounds).isNotEmpty();
    assertThat(rounds)
        .allSatisfy(
            r -> {
              assertThat(r.deleted()).as("%s", r).isZero();
              assertThat(r.reprocessed()).as("%s", r).isZero();
              assertThat(r.found().values()).as("%s", r).allMatch(n -> n == 0);
            });
    assertThat(h.index()).isEqualTo(oracle.expectedIndex(h));
    assertThat(reconciler.reconcile().clean()).isTrue();
  }

  @Test
  void aDocumentWhoseNewerWriteQdrantRefusedKeepsItsPointsWhenRepaired() throws Exception {
    PipelineEndToEndTest.Oracle oracle = indexed(new Random(55), 12);
    // A newer change of d10 that Qdrant refuses for good: it is dead-lettered, its manifest is
    // not kept, but its write had raised the document's fence token before the refusal.
    h.refusedTexts = t -> t.contains("refused change");
    int before = oracle.events.size();
    oracle.events.add(
        new String[] {
          "acme/d10",
          IndexerHarness.json("acme", "d10", "UPSERT", 5L, "A refused change.", "T", Map.of())
        });
    h.send(oracle.events.subList(before, oracle.events.size()));
    h.awaitStatuses(TIMEOUT);
    assertThat(h.index()).isEqualTo(oracle.expectedIndex(h));
    // Then one of d10's points is lost.
    List<RetrievedPoint> d10 = points("d10");
    assertThat(d10).hasSizeGreaterThan(1);
    delete(d10.subList(0, 1));

    Reconciler.Report report = h.reconciler().reconcile();
    assertThat(points("d10"))
        .as("a repair never leaves the document with fewer points than it found")
        .hasSizeGreaterThanOrEqualTo(d10.size() - 1);
    assertThat(report.unrepairable()).containsExactly("acme/d10");
  }

  @Test
  void aDocumentWhoseSourceTheTopicNoLongerHoldsIsListedNotGuessed() throws Exception {
    indexed(new Random(53), 12);
    Map<TopicPartition, RecordsToDelete> upToEnd = new HashMap<>();
    h.kafka
        .admin()
        .listOffsets(
            Map.of(
                new TopicPartition(h.topics.documents(), 0),
                org.apache.kafka.clients.admin.OffsetSpec.latest(),
                new TopicPartition(h.topics.documents(), 1),
                org.apache.kafka.clients.admin.OffsetSpec.latest(),
                new TopicPartition(h.topics.documents(), 2),
                org.apache.kafka.clients.admin.OffsetSpec.latest()))
        .all()
        .get()
        .forEach((tp, info) -> upToEnd.put(tp, RecordsToDelete.beforeOffset(info.offset())));
    h.kafka.admin().deleteRecords(upToEnd).all().get();
    delete(points("d7"));

    Reconciler.Report report = h.reconciler().reconcile();
    assertThat(report.unrepairable()).containsExactly("acme/d7");
    assertThat(report.reprocessed()).isZero();
    assertThat(report.found().get(Finding.MISSING)).isPositive();
  }

  @Test
  void aCollectionRestoredFromAnOlderSnapshotIsBroughtToThePresent() throws Exception {
    Random random = new Random(54);
    PipelineEndToEndTest.Oracle oracle = indexed(random, 30);
    // The snapshot: every point as it is now, vectors included.
    List<RetrievedPoint> snapshot = IndexContents.all(h.client, h.target, null, true);
    int before = oracle.events.size();
    for (int i = 0; i < 40; i++) {
      String id = "d" + random.nextInt(45); // updates, deletes and documents new since
      if (random.nextInt(4) == 0) {
        oracle.delete(id, 100L + i);
      } else {
        oracle.upsert(id, 100L + i, PipelineEndToEndTest.text(random, 1 + random.nextInt(8)));
      }
    }
    h.send(oracle.events.subList(before, oracle.events.size()));
    h.awaitStatuses(TIMEOUT);
    // The restore: the collection holds exactly the snapshot again.
    h.client.deleteAsync(h.target, Filter.getDefaultInstance()).get();
    List<PointStruct> restored = new java.util.ArrayList<>();
    for (RetrievedPoint p : snapshot) {
      restored.add(
          PointStruct.newBuilder()
              .setId(p.getId())
              .setVectors(
                  VectorsFactory.vectors(
                      com.google.common.primitives.Floats.toArray(
                          p.getVectors().getVector().getDense().getDataList())))
              .putAllPayload(p.getPayloadMap())
              .build());
    }
    h.client.upsertAsync(h.target, restored).get();
    assertThat(h.index()).isNotEqualTo(oracle.expectedIndex(h));

    Reconciler.Report report = h.reconciler().reconcile();
    assertThat(report.unrepairable()).isEmpty();
    assertThat(report.reprocessed()).isPositive();
    assertThat(h.index()).isEqualTo(oracle.expectedIndex(h));
    assertThat(h.reconciler().reconcile().clean()).isTrue();
  }
}
