package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pipeline.ReconcilePlan.Finding;
import dev.indexer.pipeline.ReconcilePlan.IndexedPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reconciliation's decisions for one partition, case by case. */
class ReconcilePlanTest {

  private static final String MODEL = "model-a";
  private static final String POLICY = "pii-1";

  /** A document of {@code chunks} chunks "key#0".., version 2, written by fence {@code seq}. */
  private static Manifest manifest(String key, int chunks, long seq) {
    List<Manifest.ManifestChunk> list = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      list.add(new Manifest.ManifestChunk(key + "#" + i, "h" + i));
    }
    return new Manifest(2L, false, list, "a", MODEL, POLICY, Instant.EPOCH, seq);
  }

  private static List<IndexedPoint> points(String key, int chunks, long fence) {
    List<IndexedPoint> list = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      list.add(new IndexedPoint(key + "#" + i, key, fence, 2L, MODEL, POLICY));
    }
    return list;
  }

  @Test
  void aPartitionThatAgreesIsClean() {
    ReconcilePlan plan =
        ReconcilePlan.of(
            Map.of("t/a", manifest("t/a", 3, 10)), Map.of("t/a", points("t/a", 3, 10)), 20, MODEL);
    assertThat(plan.clean()).isTrue();
    assertThat(plan.counts().values()).allMatch(n -> n == 0);
  }

  @Test
  void pointsOfADocumentTheManifestsDoNotHoldOrHoldAsDeletedAreOrphans() {
    Manifest deleted = new Manifest(3L, true, List.of(), "a", MODEL, POLICY, Instant.EPOCH, 12);
    ReconcilePlan plan =
        ReconcilePlan.of(
            Map.of("t/gone", deleted),
            Map.of("t/stray", points("t/stray", 2, 5), "t/gone", points("t/gone", 1, 8)),
            20,
            MODEL);
    assertThat(plan.orphans()).containsExactlyInAnyOrder("t/stray#0", "t/stray#1", "t/gone#0");
    assertThat(plan.counts()).containsEntry(Finding.ORPHAN, 3);
    assertThat(plan.reprocess()).isEmpty();
  }

  @Test
  void aPointThatLostItsPolicyFieldIsOffPolicy() {
    // A payload edited outside the service: the point no longer says which PII policy wrote it.
    List<IndexedPoint> pts = new ArrayList<>(points("t/a", 1, 10));
    pts.add(new IndexedPoint("t/a#1", "t/a", 10, 2L, MODEL, null));
    ReconcilePlan plan =
        ReconcilePlan.of(Map.of("t/a", manifest("t/a", 2, 10)), Map.of("t/a", pts), 20, MODEL);
    assertThat(plan.counts()).containsEntry(Finding.OFF_POLICY, 1);
    assertThat(plan.reprocess()).containsExactly("t/a");
  }

  @Test
  void aPointNotAmongTheManifestsChunksIsAnOrphan() {
    List<IndexedPoint> pts = new ArrayList<>(points("t/a", 2, 10));
    pts.add(new IndexedPoint("t/a#7", "t/a", 4, 1L, MODEL, POLICY));
    ReconcilePlan plan =
        ReconcilePlan.of(Map.of("t/a", manifest("t/a", 2, 10)), Map.of("t/a", pts), 20, MODEL);
    assertThat(plan.orphans()).containsExactly("t/a#7");
    assertThat(plan.reprocess()).isEmpty();
  }

  @Test
  void missingChunksAndAWholeMissingDocumentNeedTheirSourceAgain() {
    ReconcilePlan plan =
        ReconcilePlan.of(
            Map.of("t/a", manifest("t/a", 3, 10), "t/b", manifest("t/b", 2, 11)),
            Map.of("t/a", points("t/a", 2, 10)),
            20,
            MODEL);
    assertThat(plan.reprocess()).containsExactlyInAnyOrder("t/a", "t/b");
    assertThat(plan.counts()).containsEntry(Finding.MISSING, 3);
    assertThat(plan.orphans()).isEmpty();
  }

  @Test
  void aChunkWrittenByAnotherChangeOrOfAnotherModelOrPolicyNeedsItsSourceAgain() {
    List<IndexedPoint> stale = new ArrayList<>(points("t/a", 1, 10));
    stale.add(new IndexedPoint("t/a#1", "t/a", 7, 1L, MODEL, POLICY));
    List<IndexedPoint> otherModel =
        List.of(new IndexedPoint("t/b#0", "t/b", 11, 2L, "m-b", POLICY));
    List<IndexedPoint> otherPolicy =
        List.of(new IndexedPoint("t/c#0", "t/c", 12, 2L, MODEL, "pii-0"));
    ReconcilePlan plan =
        ReconcilePlan.of(
            Map.of(
                "t/a", manifest("t/a", 2, 10),
                "t/b", manifest("t/b", 1, 11),
                "t/c", manifest("t/c", 1, 12)),
            Map.of("t/a", stale, "t/b", otherModel, "t/c", otherPolicy),
            20,
            MODEL);
    assertThat(plan.reprocess()).containsExactlyInAnyOrder("t/a", "t/b", "t/c");
    assertThat(plan.counts()).containsEntry(Finding.STALE, 1).containsEntry(Finding.OFF_POLICY, 2);
  }

  @Test
  void whatEventsStillInFlightWroteIsLeftForTheNextRound() {
    // A new document whose event is not committed yet: its points are above the committed offset.
    // A document whose manifest is newer than the committed offset: its write may be under way.
    ReconcilePlan plan =
        ReconcilePlan.of(
            Map.of("t/busy", manifest("t/busy", 2, 25)),
            Map.of("t/new", points("t/new", 2, 21), "t/busy", points("t/busy", 1, 25)),
            20,
            MODEL);
    assertThat(plan.clean()).isTrue();
    assertThat(plan.inFlight()).isEqualTo(2);
  }

  @Test
  void aCommittedDocumentWithAPointOfANewerEventIsLeftWholeForTheNextRound() {
    // The manifest was read before a newer event of the document wrote its points: the old chunks
    // the newer event removed are not missing, they are being replaced.
    List<IndexedPoint> replacing = new ArrayList<>(points("t/a", 1, 10));
    replacing.add(new IndexedPoint("t/a#9", "t/a", 23, 3L, MODEL, POLICY));
    ReconcilePlan plan =
        ReconcilePlan.of(
            Map.of("t/a", manifest("t/a", 3, 10)), Map.of("t/a", replacing), 20, MODEL);
    assertThat(plan.clean()).isTrue();
    assertThat(plan.counts().values()).allMatch(n -> n == 0);
    assertThat(plan.inFlight()).isEqualTo(1);
  }

  @Test
  void aPointWithoutAFenceTokenIsJudgedAsTheOldestWrite() {
    // Points written before fence tokens existed carry none: they are read as token 0.
    ReconcilePlan plan =
        ReconcilePlan.of(
            Map.of(),
            Map.of("t/old", List.of(new IndexedPoint("t/old#0", "t/old", 0, null, MODEL, POLICY))),
            20,
            MODEL);
    assertThat(plan.orphans()).containsExactly("t/old#0");
  }
}
