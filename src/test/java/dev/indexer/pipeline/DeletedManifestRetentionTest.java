package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.testkit.qdrant.QdrantLocal;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * State that does not grow forever: the manifests of deleted documents are dropped once their grace
 * period is over, and the version guard still holds for the document afterwards (its fence point in
 * Qdrant stands in for the dropped manifest). Real topology on a TopologyTestDriver, real Qdrant
 * local; sweeps run on the driver's wall-clock time. (After a restart: {@link
 * DeletedManifestRestartTest}, on a real broker.)
 */
class DeletedManifestRetentionTest {

  static final Duration GRACE = Duration.ofHours(1);
  static final Duration INTERVAL = Duration.ofSeconds(10);
  static final String V1 = TopologyInvariantsTest.V1;
  static final String V3 = TopologyInvariantsTest.V3_SHRUNK;

  static QdrantLocal qdrant;
  IndexerHarness h;

  @BeforeAll
  static void startQdrant() {
    qdrant = QdrantLocal.start();
  }

  @AfterAll
  static void stopQdrant() {
    qdrant.close();
  }

  @BeforeEach
  void setUp() throws Exception {
    h = new IndexerHarness(qdrant);
    retention(ManifestRetention.DEFAULT_SLICE);
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  /** Restarts the harness (same state) with retention of {@link #GRACE} in slices of {@code n}. */
  private void retention(int slice) {
    h.retention = new ManifestRetention(GRACE, INTERVAL, slice, ManifestRetention.unregistered());
    h.stop();
    h.start();
  }

  /** Past the grace of everything deleted until now, with one sweep run. */
  private void pastTheGrace() {
    h.advanceWallClock(GRACE.plus(INTERVAL));
  }

  private List<Outcome> outcomes() throws Exception {
    return h.statuses().stream().map(StatusEvent::outcome).toList();
  }

  @Test
  void aDeletedDocumentsManifestIsDroppedAfterTheGraceAndCounted() throws Exception {
    h.upsert("d1", 1L, V1);
    h.delete("d1", 2L);
    assertThat(h.manifest("d1").deleted()).isTrue();
    pastTheGrace();
    assertThat(h.manifest("d1")).isNull();
    assertThat(h.retention.dropped().count()).isEqualTo(1.0);
  }

  @Test
  void aLateOlderEventAfterTheDropIsSkippedAsStaleAndNothingIsWritten() throws Exception {
    h.upsert("d1", 1L, V1);
    h.delete("d1", 4L);
    pastTheGrace();
    assertThat(h.manifest("d1")).isNull();
    h.statuses();

    h.upsert("d1", 3L, V1);

    assertThat(outcomes()).containsExactly(Outcome.SKIPPED_STALE);
    assertThat(h.points("d1")).isEmpty();
    assertThat(h.count()).isZero();
    assertThat(h.manifest("d1")).as("a skipped event brings no manifest back").isNull();
    assertThat(h.deadLetters()).isEmpty();
  }

  @Test
  void theSameDeleteAgainAfterTheDropIsUnchanged() throws Exception {
    h.upsert("d1", 1L, V1);
    h.delete("d1", 4L);
    pastTheGrace();
    h.statuses();

    h.delete("d1", 4L);

    assertThat(outcomes()).containsExactly(Outcome.UNCHANGED);
    assertThat(h.manifest("d1")).isNull();
  }

  @Test
  void aNewerVersionAfterTheDropIsIndexed() throws Exception {
    h.upsert("d1", 1L, V1);
    h.delete("d1", 4L);
    pastTheGrace();
    h.statuses();

    h.upsert("d1", 5L, V3);

    assertThat(outcomes()).containsExactly(Outcome.INDEXED);
    assertThat(h.texts("d1")).containsExactlyElementsOf(h.expectedTexts(V3));
    assertThat(h.manifest("d1").version()).isEqualTo(5L);
    assertThat(h.manifest("d1").deleted()).isFalse();
  }

  @Test
  void aDocumentDeletedLessThanTheGraceAgoKeepsItsManifest() throws Exception {
    h.upsert("old", 1L, V1);
    h.delete("old", 2L);
    h.advanceWallClock(GRACE.dividedBy(2));
    h.upsert("recent", 1L, V1);
    h.delete("recent", 2L);
    assertThat(h.manifest("old")).as("within its grace").isNotNull();

    h.advanceWallClock(GRACE.dividedBy(2).plus(INTERVAL));

    assertThat(h.manifest("old")).isNull();
    assertThat(h.manifest("recent").deleted()).isTrue();
  }

  @Test
  void manifestsOfLiveDocumentsAreNeverDropped() throws Exception {
    h.upsert("live", 1L, V1);
    h.upsert("empty", 1L, "");
    for (int i = 0; i < 5; i++) {
      h.advanceWallClock(GRACE.multipliedBy(10));
    }
    assertThat(h.manifest("live").deleted()).isFalse();
    assertThat(h.manifest("empty").deleted()).isFalse();
    assertThat(h.retention.dropped().count()).isZero();
  }

  @Test
  void aDeletedManifestWhoseFencePointRecordsNoDeleteIsKept() throws Exception {
    // As an earlier release left it: its fence point records no version, so nothing could stand in
    // for the manifest once it were dropped.
    h.putManifest(
        "legacy",
        new Manifest(2L, true, List.of(), null, "m", "p", h.clock.instant().minus(GRACE), 7));
    pastTheGrace();
    assertThat(h.manifest("legacy")).isNotNull();
  }

  @Test
  void aManifestOfAnEarlierReleaseReadsAsNotRecordedOnTheFencePoint() {
    byte[] earlier =
        ("{\"version\":2,\"deleted\":true,\"chunks\":[],\"modelId\":\"m\","
                + "\"indexedAt\":\"2026-01-01T00:00:00Z\",\"seq\":7}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Manifest m = new JsonSerde<>(Manifest.class).deserializer().deserialize("t", earlier);
    assertThat(m.deleted()).isTrue();
    assertThat(m.recordedOnFence()).isFalse();
  }

  @Test
  void newDocumentsReadNoFencePointUntilTheStoreHasDroppedAManifest() throws Exception {
    IntStream.range(0, 20).forEach(i -> h.upsert("new" + i, 1L, V1));
    h.delete("gone", 1L);
    assertThat(h.writer.fenceReads).as("a bulk load asks Qdrant nothing more").isZero();

    pastTheGrace();
    assertThat(h.manifest("gone")).isNull();
    h.upsert("newer", 1L, V1);

    assertThat(h.writer.fenceReads)
        .as("a document without a manifest, once drops happened")
        .isEqualTo(1);
    h.upsert("newer", 2L, V3);
    assertThat(h.writer.fenceReads).as("a document with a manifest").isEqualTo(1);
  }

  @Test
  void aTransientFaultReadingTheFencePointIsRetriedNotDeadLettered() throws Exception {
    h.upsert("d1", 1L, V1);
    h.delete("d1", 4L);
    pastTheGrace();
    h.statuses();
    h.writer.fenceReadFailuresToInject = 2;

    h.upsert("d1", 3L, V1);

    assertThat(outcomes()).containsExactly(Outcome.SKIPPED_STALE);
    assertThat(h.deadLetters()).isEmpty();
    assertThat(h.faults).hasSize(3).last().isEqualTo("recovered");
    assertThat(h.points("d1")).isEmpty();
  }

  @Test
  void withoutVersionsKafkaOrderStillDecidesAfterTheDrop() throws Exception {
    // Unversioned events: the newest event in the topic wins, so a re-create after the delete is
    // applied, with or without the delete's manifest.
    h.upsert("d1", null, V1);
    h.delete("d1", null);
    pastTheGrace();
    assertThat(h.manifest("d1")).isNull();
    h.statuses();

    h.upsert("d1", null, V3);

    assertThat(outcomes()).containsExactly(Outcome.INDEXED);
    assertThat(h.texts("d1")).containsExactlyElementsOf(h.expectedTexts(V3));
  }

  @Test
  void afterTheGraceTheStoreHoldsOnlyLiveDocuments() throws Exception {
    IntStream.range(0, 30).forEach(i -> h.upsert("doc" + i, 1L, V1));
    IntStream.range(0, 30).filter(i -> i % 3 != 0).forEach(i -> h.delete("doc" + i, 2L));
    assertThat(h.manifestKeys()).hasSize(30);

    pastTheGrace();

    List<String> expected =
        IntStream.range(0, 30).filter(i -> i % 3 == 0).mapToObj(i -> "acme/doc" + i).toList();
    assertThat(h.manifestKeys()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(h.retention.dropped().count()).isEqualTo(20.0);
    assertThat(h.count()).isEqualTo(10L * h.expectedTexts(V1).size());
  }

  @Test
  void aSmallSliceSweepsTheStoreOverSeveralPunctuations() throws Exception {
    retention(4);
    IntStream.range(0, 10).forEach(i -> h.delete("doc" + i, 1L));
    h.upsert("live", 1L, V1);

    pastTheGrace();
    assertThat(h.manifestKeys()).as("one slice of 4 manifests read").hasSize(11 - 4);
    h.advanceWallClock(INTERVAL);
    assertThat(h.manifestKeys()).hasSize(11 - 8);
    h.advanceWallClock(INTERVAL);
    assertThat(h.manifestKeys()).containsExactly("acme/live");
    assertThat(h.retention.dropped().count()).isEqualTo(10.0);

    h.delete("doc0", 2L);
    h.advanceWallClock(GRACE.plus(INTERVAL));
    assertThat(h.manifestKeys())
        .as("the next pass starts from the beginning again")
        .containsExactly("acme/live");
  }
}
