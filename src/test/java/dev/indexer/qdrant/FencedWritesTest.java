package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.DocumentRef;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fence protocol on Qdrant local: whatever order two writers' changes of one document land in,
 * the change with the larger fence token is what Qdrant holds.
 */
class FencedWritesTest {

  static final DocumentRef DOC = new DocumentRef("acme", "doc");
  static final AtomicInteger COLLECTIONS = new AtomicInteger();

  static QdrantLocal qdrant;
  static QdrantClient client;
  String collection;
  PointWriter writer;

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
    client = qdrant.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    qdrant.close();
  }

  @BeforeEach
  void collection() throws Exception {
    collection = "fenced_" + COLLECTIONS.incrementAndGet();
    client
        .createCollectionAsync(
            collection + "_v1",
            VectorParams.newBuilder().setSize(2).setDistance(Distance.Cosine).build())
        .get();
    client.createAliasAsync(collection, collection + "_v1").get();
    IndexContents.createDocumentIndexes(client, collection + "_v1");
    Fences.ensure(client, collection, collection + "_v1");
    writer = new PointWriter(client, collection);
  }

  /** A change of token {@code fence} whose chunks are the given texts. */
  private DocumentWrite change(long fence, String... texts) {
    List<ChunkPoint> points = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put(PayloadFields.TENANT, DOC.tenant());
      payload.put(PayloadFields.DOCUMENT_ID, DOC.documentId());
      payload.put(PayloadFields.CHUNK_INDEX, i);
      payload.put(PayloadFields.TEXT, texts[i]);
      payload.put(PayloadFields.FENCE, fence);
      points.add(new ChunkPoint(PointIds.chunk(DOC, texts[i], 0), new float[] {1f, i}, payload));
    }
    return new DocumentWrite(DOC, fence, points);
  }

  private DocumentWrite delete(long fence) {
    return DocumentWrite.delete(DOC, fence);
  }

  private Map<String, List<String>> index() throws Exception {
    return IndexContents.texts(client, collection);
  }

  @Test
  void inOrderTheNewerChangeReplacesTheOlder() throws Exception {
    writer.write(List.of(change(1, "a", "b", "c")));
    writer.write(List.of(change(2, "a", "d")));
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("a", "d")));
    assertThat(writer.fence(DOC)).isEqualTo(2);
  }

  @Test
  void anOlderChangeLandingLateLeavesTheNewerOneExactly() throws Exception {
    writer.write(List.of(change(1, "a", "b")));
    writer.write(List.of(change(3, "a", "d")));
    writer.write(List.of(change(2, "a", "b", "c"))); // the zombie's
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("a", "d")));
    // The shared chunk keeps the newer change's payload.
    assertThat(IndexContents.document(client, collection, "acme", "doc"))
        .allSatisfy(
            p ->
                assertThat(p.getPayloadMap().get(PayloadFields.FENCE).getIntegerValue())
                    .isEqualTo(3));
    assertThat(writer.fence(DOC)).isEqualTo(3);
  }

  @Test
  void anOlderChangeLandingAfterADeleteDoesNotBringTheDocumentBack() throws Exception {
    writer.write(List.of(change(1, "a", "b")));
    writer.write(List.of(delete(2)));
    writer.write(List.of(change(1, "a", "b", "c")));
    assertThat(index()).isEmpty();
    assertThat(writer.fence(DOC)).isEqualTo(2);
  }

  @Test
  void theFencePointRecordsTheVersionAndDeletionOfTheNewestChange() throws Exception {
    assertThat(writer.fencePoint(DOC)).as("no change written yet").isNull();
    writer.write(List.of(change(1, "a").recording(10L)));
    assertThat(writer.fencePoint(DOC)).isEqualTo(new FencePoint(1, 10L, false));
    writer.write(List.of(delete(3).recording(12L)));
    writer.write(List.of(change(2, "a", "b").recording(11L))); // the zombie's
    assertThat(writer.fencePoint(DOC)).isEqualTo(new FencePoint(3, 12L, true));
    writer.write(List.of(delete(4)));
    assertThat(writer.fencePoint(DOC)).as("unversioned").isEqualTo(new FencePoint(4, null, true));
  }

  @Test
  void severalChangesOfADocumentInOneBatchEndAtTheNewest() throws Exception {
    writer.write(List.of(change(1, "a", "b"), change(2, "b", "c"), delete(3), change(4, "e")));
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("e")));
  }

  @Test
  void aReplayOfTheSameChangeChangesNothing() throws Exception {
    writer.write(List.of(change(1, "a", "b")));
    writer.write(List.of(change(2, "c")));
    writer.write(List.of(change(2, "c")));
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("c")));
  }

  @Test
  void pointsWrittenBeforeFencesExistedAreReplaced() throws Exception {
    // A point without a fence token, as written by earlier versions of the service.
    List<ChunkPoint> legacy =
        List.of(
            new ChunkPoint(
                PointIds.chunk(DOC, "old", 0),
                new float[] {1f, 0f},
                Map.of(
                    PayloadFields.TENANT, "acme",
                    PayloadFields.DOCUMENT_ID, "doc",
                    PayloadFields.CHUNK_INDEX, 0,
                    PayloadFields.TEXT, "old")));
    writer.send(
        List.of(
            PointWriter.replaceOperations(DOC, legacy, 1).get(0).toBuilder()
                .setUpsert(
                    PointWriter.replaceOperations(DOC, legacy, 1).get(0).getUpsert().toBuilder()
                        .clearUpdateFilter())
                .build()));
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("old")));
    assertThat(writer.fence(DOC)).isZero();
    writer.write(List.of(change(1, "new")));
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("new")));
  }

  /** Overwrites the text of the document's chunk {@code id} in place, keeping its fence token. */
  private void corrupt(String text, String replacement) throws Exception {
    client
        .setPayloadAsync(
            collection,
            Map.of(PayloadFields.TEXT, io.qdrant.client.ValueFactory.value(replacement)),
            List.of(io.qdrant.client.PointIdFactory.id(PointIds.chunk(DOC, text, 0))),
            true,
            null,
            null)
        .get();
  }

  @Test
  void aRepairReplacesPointsOfItsOwnTokenThatAnOrdinaryWriteLeaves() throws Exception {
    writer.write(List.of(change(2, "a", "b")));
    corrupt("a", "tampered");
    // An ordinary write of the same change never replaces a point of its own token: a zombie's
    // late copy of a change is the same change.
    writer.write(List.of(change(2, "a", "b")));
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("tampered", "b")));
    writer.write(List.of(change(2, "a", "b").asRepair()));
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("a", "b")));
    assertThat(writer.fence(DOC)).isEqualTo(2);
  }

  @Test
  void aRepairOfAnOlderChangeLeavesWhatANewerChangeWrote() throws Exception {
    writer.write(List.of(change(2, "a", "b")));
    writer.write(List.of(change(3, "c")));
    writer.write(List.of(change(2, "a", "b").asRepair()));
    assertThat(index()).isEqualTo(Map.of("acme/doc", List.of("c")));
    writer.write(List.of(delete(4)));
    writer.write(List.of(change(2, "a", "b").asRepair()));
    assertThat(index()).isEmpty();
  }
}
