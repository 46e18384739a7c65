package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.qdrant.PayloadFields;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invariants of the design, each checked on the final Qdrant state against what the stages
 * compute for the newest content (the oracle), with the real topology on a TopologyTestDriver.
 */
class TopologyInvariantsTest {

  static QdrantLocal qdrant;
  IndexerHarness h;

  static final String V1 = "Alpha beta gamma delta. Epsilon zeta eta theta. Iota kappa lambda mu.";
  static final String V2_GROWN =
      V1 + " Nu xi omicron pi. Rho sigma tau upsilon. Phi chi psi omega.";
  static final String V3_SHRUNK = "Alpha beta gamma delta.";

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
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  private void assertMirror(String id, String newestContent, long version) throws Exception {
    List<String> expected = h.expectedTexts(newestContent);
    assertThat(h.texts(id)).containsExactlyElementsOf(expected);
    assertThat(h.points(id))
        .allSatisfy(
            p -> {
              assertThat(p.getPayloadMap().get(PayloadFields.VERSION).getIntegerValue())
                  .isEqualTo(version);
              assertThat(p.getPayloadMap().get(PayloadFields.CHUNK_COUNT).getIntegerValue())
                  .isEqualTo(expected.size());
            });
  }

  @Test
  void createIndexesEveryChunkOfTheDocument() throws Exception {
    h.upsert("d1", 1L, V1);
    assertThat(h.expectedTexts(V1)).hasSizeGreaterThan(1);
    assertMirror("d1", V1, 1);
    assertThat(h.statuses()).extracting(StatusEvent::outcome).containsExactly(Outcome.INDEXED);
  }

  @Test
  void growingUpdateAddsChunksAndKeepsNoStaleOnes() throws Exception {
    h.upsert("d1", 1L, V1);
    h.upsert("d1", 2L, V2_GROWN);
    assertMirror("d1", V2_GROWN, 2);
  }

  @Test
  void shrinkingUpdateLeavesNoStaleChunks() throws Exception {
    h.upsert("d1", 1L, V2_GROWN);
    h.upsert("d1", 2L, V3_SHRUNK);
    assertMirror("d1", V3_SHRUNK, 2);
    assertThat(h.count()).isEqualTo(h.expectedTexts(V3_SHRUNK).size());
  }

  @Test
  void deleteRemovesEveryPointAndRecordsTheDeletion() throws Exception {
    h.upsert("d1", 1L, V1);
    h.delete("d1", 2L);
    assertThat(h.points("d1")).isEmpty();
    assertThat(h.manifest("d1").deleted()).isTrue();
    assertThat(h.statuses())
        .extracting(StatusEvent::outcome)
        .containsExactly(Outcome.INDEXED, Outcome.DELETED);
  }

  @Test
  void tombstoneDeletesLikeDelete() throws Exception {
    h.upsert("d1", 1L, V1);
    h.tombstone("d1");
    assertThat(h.points("d1")).isEmpty();
  }

  @Test
  void recreateAfterDeleteIndexesTheNewVersion() throws Exception {
    h.upsert("d1", 1L, V1);
    h.delete("d1", 2L);
    h.upsert("d1", 3L, V3_SHRUNK);
    assertMirror("d1", V3_SHRUNK, 3);
  }

  @Test
  void olderVersionAfterNewerIsSkippedAndReported() throws Exception {
    h.upsert("d1", 5L, V1);
    h.upsert("d1", 3L, V2_GROWN);
    assertMirror("d1", V1, 5);
    assertThat(h.statuses())
        .extracting(StatusEvent::outcome)
        .containsExactly(Outcome.INDEXED, Outcome.SKIPPED_STALE);
  }

  @Test
  void olderCreateAfterDeleteIsSkipped() throws Exception {
    h.upsert("d1", 1L, V1);
    h.delete("d1", 4L);
    h.upsert("d1", 3L, V1);
    assertThat(h.points("d1")).isEmpty();
  }

  @Test
  void withoutVersionsKafkaOrderDecides() throws Exception {
    h.upsert("d1", null, V2_GROWN);
    h.upsert("d1", null, V3_SHRUNK);
    assertThat(h.texts("d1")).containsExactlyElementsOf(h.expectedTexts(V3_SHRUNK));
  }

  @Test
  void anUnversionedEventKeepsTheNewestVersionForTheGuard() throws Exception {
    h.upsert("d1", 5L, V1);
    h.upsert("d1", null, V2_GROWN);
    h.upsert("d1", 4L, V3_SHRUNK);
    assertThat(h.texts("d1")).containsExactlyElementsOf(h.expectedTexts(V2_GROWN));
    assertThat(h.manifest("d1").version()).isEqualTo(5L);
  }

  @Test
  void everyEventDeliveredTwiceLeavesTheSameStateAndEmbedsOnce() throws Exception {
    h.upsert("d1", 1L, V1);
    h.upsert("d1", 1L, V1);
    h.upsert("d1", 2L, V3_SHRUNK);
    h.upsert("d1", 2L, V3_SHRUNK);
    h.delete("d2", 1L);
    h.delete("d2", 1L);
    assertMirror("d1", V3_SHRUNK, 2);
    assertThat(h.points("d2")).isEmpty();
    // V3's single chunk is new text; nothing is embedded for the redeliveries.
    assertThat(h.embedder.embeddedCount())
        .isEqualTo(h.expectedTexts(V1).size() + h.expectedTexts(V3_SHRUNK).size());
    assertThat(h.statuses())
        .extracting(StatusEvent::outcome)
        .containsExactly(
            Outcome.INDEXED,
            Outcome.UNCHANGED,
            Outcome.INDEXED,
            Outcome.UNCHANGED,
            Outcome.DELETED,
            Outcome.UNCHANGED);
  }

  @Test
  void unchangedRepublishEmbedsNothingAndWritesNothing() throws Exception {
    h.upsert("d1", 1L, V2_GROWN);
    int embedded = h.embedder.embeddedCount();
    int operations = h.writer.operations.size();
    h.upsert("d1", 1L, V2_GROWN);
    assertThat(h.embedder.embeddedCount()).isEqualTo(embedded);
    assertThat(h.writer.operations).hasSize(operations);
    assertMirror("d1", V2_GROWN, 1);
  }

  @Test
  void newVersionWithSameTextReusesEveryVector() throws Exception {
    h.upsert("d1", 1L, V2_GROWN);
    int embedded = h.embedder.embeddedCount();
    h.upsert("d1", 2L, V2_GROWN);
    assertThat(h.embedder.embeddedCount()).isEqualTo(embedded);
    assertMirror("d1", V2_GROWN, 2);
    List<StatusEvent> statuses = h.statuses();
    assertThat(statuses.get(1).embedded()).isZero();
    assertThat(statuses.get(1).reused()).isEqualTo(h.expectedTexts(V2_GROWN).size());
  }

  @Test
  void metadataOnlyChangeUpdatesPayloadWithoutEmbedding() throws Exception {
    h.send(
        "d1",
        IndexerHarness.json("acme", "d1", "UPSERT", 1L, V1, "Old title", Map.of("team", "a")));
    int embedded = h.embedder.embeddedCount();
    h.send(
        "d1",
        IndexerHarness.json("acme", "d1", "UPSERT", 2L, V1, "New title", Map.of("team", "b")));
    assertThat(h.embedder.embeddedCount()).isEqualTo(embedded);
    assertThat(h.points("d1"))
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.getPayloadMap().get(PayloadFields.TITLE).getStringValue())
                  .isEqualTo("New title");
              assertThat(
                      p.getPayloadMap()
                          .get(PayloadFields.METADATA)
                          .getStructValue()
                          .getFieldsMap()
                          .get("team")
                          .getStringValue())
                  .isEqualTo("b");
            });
  }

  @Test
  void aOneParagraphEditEmbedsOnlyTheChangedChunks() throws Exception {
    String doc =
        IntStream.range(0, 20)
            .mapToObj(i -> "Paragraph " + i + " has exactly six words.")
            .collect(Collectors.joining("\n\n"));
    h.upsert("d1", 1L, doc);
    assertThat(h.expectedTexts(doc)).hasSize(20);
    int embedded = h.embedder.embeddedCount();
    String edited =
        doc.replace("Paragraph 7 has exactly six words.", "Paragraph 7 now says something else.");
    h.upsert("d1", 2L, edited);
    assertThat(h.embedder.embeddedCount() - embedded).isEqualTo(1);
    assertMirror("d1", edited, 2);
  }

  @Test
  void updateWritesNewChunksBeforeDeletingOldOnes() throws Exception {
    h.upsert("d1", 1L, V2_GROWN);
    h.writer.operations.clear();
    h.upsert("d1", 2L, V3_SHRUNK);
    assertThat(h.writer.operations).containsExactly("upsert:1", "delete-older");
  }

  @Test
  void pointsOrphanedByALostManifestAreSwept() throws Exception {
    h.upsert("d1", 1L, V2_GROWN);
    // A new instance with empty state, as after losing the manifest store.
    h.close();
    h = new IndexerHarness(qdrant, h.collection);
    // The documents topic goes on where it was (a new test driver starts its offsets at 0 again;
    // fence tokens follow the log's positions, see README "Guarantees").
    h.upsert("other", 1L, V1);
    h.upsert("d1", 2L, V3_SHRUNK);
    assertMirror("d1", V3_SHRUNK, 2);
  }

  @Test
  void emptyContentHasNoPoints() throws Exception {
    h.upsert("d1", 1L, V1);
    h.upsert("d1", 2L, "   \n\t ");
    assertThat(h.points("d1")).isEmpty();
    h.upsert("d2", 1L, "");
    assertThat(h.points("d2")).isEmpty();
  }

  @Test
  void anUnsupportedContentTypeIsRejectedWhenTheEventArrivesNotOnlyWhenItWouldBeApplied()
      throws Exception {
    // Validation comes right after decoding: an older event of an unsupported type is dead-lettered
    // for its type, not skipped as stale (where its fault would go unnoticed), and nothing is
    // embedded or read for it.
    h.upsert("d1", 5L, V1);
    h.send(
        "d1",
        "{\"tenant\":\"acme\",\"documentId\":\"d1\",\"version\":3,\"contentType\":\"application/pdf\",\"content\":\"%PDF\"}");
    assertMirror("d1", V1, 5);
    assertThat(h.deadLetters())
        .extracting(
            r -> new String(r.headers().lastHeader("x-reason").value(), StandardCharsets.UTF_8))
        .containsExactly("UNKNOWN_CONTENT_TYPE");
    assertThat(h.statuses())
        .extracting(StatusEvent::outcome)
        .containsExactly(Outcome.INDEXED, Outcome.REJECTED);
  }

  @Test
  void poisonEventsAreDeadLetteredWithReasonsAndNeighboursIndexed() throws Exception {
    h.upsert("d1", 1L, V1);
    h.sendRaw(
        "acme/bad1".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8));
    h.send("bad2", "{\"tenant\":\"acme\",\"content\":\"no id\"}");
    h.send("bad3", IndexerHarness.json("acme", "bad3", "MERGE", 1L, "x", null, Map.of()));
    h.send(
        "bad4",
        "{\"tenant\":\"acme\",\"documentId\":\"bad4\",\"contentType\":\"application/pdf\",\"content\":\"%PDF\"}");
    h.upsert("d2", 1L, V3_SHRUNK);
    assertMirror("d1", V1, 1);
    assertMirror("d2", V3_SHRUNK, 1);
    List<TestRecord<byte[], byte[]>> dead = h.deadLetters();
    assertThat(dead)
        .extracting(
            r -> new String(r.headers().lastHeader("x-reason").value(), StandardCharsets.UTF_8))
        .containsExactly(
            "UNDECODABLE", "MISSING_DOCUMENT_ID", "UNKNOWN_OPERATION", "UNKNOWN_CONTENT_TYPE");
    assertThat(dead)
        .allSatisfy(
            r -> {
              assertThat(r.headers().lastHeader("x-source-topic").value())
                  .isEqualTo("documents".getBytes(StandardCharsets.UTF_8));
              assertThat(r.value()).as("original bytes are not kept by default").isNull();
            });
  }

  @Test
  void piiNeverReachesThePayload() throws Exception {
    h.send(
        "d1",
        IndexerHarness.json(
            "acme",
            "d1",
            "UPSERT",
            1L,
            "Write to jane.doe@example.com about card 4111 1111 1111 1111.",
            "Mail jane.doe@example.com",
            Map.of("owner", "jane.doe@example.com")));
    List<RetrievedPoint> points = h.points("d1");
    assertThat(points).isNotEmpty();
    assertThat(points.toString()).doesNotContain("jane.doe@example.com").doesNotContain("4111");
    assertThat(String.join(" ", h.embedder.embeddedTexts()))
        .doesNotContain("jane.doe")
        .contains("<EMAIL>");
  }

  @Test
  void transientQdrantFailuresAreRetriedNotDeadLettered() throws Exception {
    h.writer.failuresToInject = 3;
    h.upsert("d1", 1L, V1);
    assertMirror("d1", V1, 1);
    assertThat(h.deadLetters()).isEmpty();
    assertThat(h.faults).hasSize(4).last().isEqualTo("recovered");
  }

  @Test
  void eventsOverTheSizeLimitAreDeadLettered() throws Exception {
    h.upsert("big", 1L, "word ".repeat(250_000));
    h.upsert("d1", 1L, V1);
    assertThat(h.points("big")).isEmpty();
    assertMirror("d1", V1, 1);
    assertThat(h.deadLetters())
        .extracting(
            r -> new String(r.headers().lastHeader("x-reason").value(), StandardCharsets.UTF_8))
        .containsExactly("CONTENT_TOO_LARGE");
  }

  @Test
  void originalBytesAreKeptInTheDeadLetterOnlyWhenConfigured() throws Exception {
    h.stop();
    h.keepOriginal = true;
    h.start();
    h.sendRaw(
        "acme/bad".getBytes(StandardCharsets.UTF_8), "{broken".getBytes(StandardCharsets.UTF_8));
    TestRecord<byte[], byte[]> dead = h.deadLetters().get(0);
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{broken");
    assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("acme/bad");
  }

  @Test
  void deadLetterHeadersNeverQuoteTheEvent() throws Exception {
    String secret = "jane.doe@example.com";
    h.send("p1", "{\"tenant\":\"acme\",\"documentId\":\"p1\",\"operation\":\"" + secret + "\"}");
    h.send("p2", "{\"tenant\":\"acme\",\"documentId\":\"p2\",\"contentType\":\"" + secret + "\"}");
    h.sendRaw(
        ("acme/" + secret).getBytes(StandardCharsets.UTF_8),
        ("{\"x\":\"" + secret).getBytes(StandardCharsets.UTF_8));
    List<TestRecord<byte[], byte[]>> dead = h.deadLetters();
    assertThat(dead).hasSize(3);
    for (TestRecord<byte[], byte[]> r : dead) {
      for (var header : r.headers()) {
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain(secret);
      }
      assertThat(r.key()).isNull();
      assertThat(r.value()).isNull();
    }
    assertThat(h.statuses().toString()).doesNotContain(secret);
  }

  @Test
  void qdrantRefusalsThatAnOperatorFixesAreRetried() throws Exception {
    // What the Qdrant adapter makes of a missing collection (see QdrantCallsTest).
    h.writer.failure =
        () ->
            new dev.indexer.qdrant.QdrantUnavailableException(
                "upsert: Qdrant unavailable (NOT_FOUND)", null);
    h.writer.failuresToInject = 2;
    h.upsert("d1", 1L, V1);
    assertMirror("d1", V1, 1);
    assertThat(h.deadLetters()).isEmpty();
    assertThat(h.faults)
        .containsExactly(
            "upsert: Qdrant unavailable (NOT_FOUND)",
            "upsert: Qdrant unavailable (NOT_FOUND)",
            "recovered");
  }

  @Test
  void pointsQdrantCallsInvalidAreDeadLetteredAndTheStreamGoesOn() throws Exception {
    h.writer.failure =
        () ->
            new dev.indexer.qdrant.QdrantRequestException(
                "upsert: Qdrant refused (INVALID_ARGUMENT)",
                io.grpc.Status.Code.INVALID_ARGUMENT,
                null);
    h.writer.failuresToInject = 1;
    h.upsert("bad", 1L, V1);
    h.upsert("d1", 1L, V1);
    assertMirror("d1", V1, 1);
    assertThat(h.deadLetters())
        .extracting(
            r -> new String(r.headers().lastHeader("x-reason").value(), StandardCharsets.UTF_8))
        .containsExactly("QDRANT_REJECTED");
    assertThat(h.manifest("bad")).as("no manifest for an event that was not indexed").isNull();
  }

  @Test
  void aStageFailingOnOneEventDeadLettersItWithoutItsText() throws Exception {
    h.writer.failure = () -> new IllegalStateException("cannot handle jane.doe@example.com");
    h.writer.failuresToInject = 1;
    h.upsert("bad", 1L, V1);
    h.upsert("d1", 1L, V1);
    assertMirror("d1", V1, 1);
    TestRecord<byte[], byte[]> dead = h.deadLetters().get(0);
    assertThat(new String(dead.headers().lastHeader("x-reason").value(), StandardCharsets.UTF_8))
        .isEqualTo("PROCESSING_FAILED");
    assertThat(new String(dead.headers().lastHeader("x-message").value(), StandardCharsets.UTF_8))
        .contains("IllegalStateException at ")
        .as("names the code that threw, for the operator")
        .contains(getClass().getName())
        .doesNotContain("jane.doe");
  }
}
