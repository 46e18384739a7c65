package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.avro.DocumentChangeEvent;
import dev.indexer.event.avro.DocumentKey;
import dev.indexer.event.avro.Operation;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.AvroSerdes;
import dev.indexer.testkit.registry.InMemoryRegistry;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Avro events framed the Confluent way go through the real topology (TopologyTestDriver, Qdrant
 * local) and end exactly as the same events framed the Apicurio way; broken framings are
 * dead-lettered with their reasons and change nothing.
 */
class ConfluentTopologyTest {

  static QdrantLocal qdrant;

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
  }

  @AfterAll
  static void stop() {
    qdrant.close();
  }

  static final String LONG =
      "Kafka Streams keeps a manifest per document. Qdrant stores the vectors of the chunks. "
          + "Each chunk has a point id derived from stable fields. Updates write new chunks first.";

  static List<SpecificRecord[]> events() {
    return List.of(
        pair("doc-1", Operation.UPSERT, 1L, LONG),
        pair("doc-2", Operation.UPSERT, 1L, "A short one."),
        pair("doc-1", Operation.UPSERT, 2L, LONG + " And a new last sentence."),
        pair("doc-2", Operation.DELETE, 2L, null),
        pair("doc-3", Operation.UPSERT, 5L, "# Title\n\nSome *markdown* text."),
        pair("doc-3", Operation.UPSERT, 4L, "An older version, skipped."));
  }

  static SpecificRecord[] pair(String id, Operation op, long version, String content) {
    return new SpecificRecord[] {
      new DocumentKey("acme", id),
      DocumentChangeEvent.newBuilder()
          .setEventId("e-" + id + "-" + version)
          .setDocumentId(id)
          .setTenant("acme")
          .setOperation(op)
          .setVersion(version)
          .setEventTime(Instant.parse("2026-01-01T00:00:00Z"))
          .setTitle("Title " + id)
          .setContent(content)
          .setContentType("text/markdown")
          .setMetadata(Map.of("lang", "en"))
          .build()
    };
  }

  @Test
  void confluentFramedEventsAreIndexedExactlyLikeApicurioFramedOnes() throws Exception {
    InMemoryRegistry registry = new InMemoryRegistry();
    int keyId = registry.registerConfluent("documents-key", DocumentKey.getClassSchema());
    int valueId =
        registry.registerConfluent("documents-value", DocumentChangeEvent.getClassSchema());
    try (TopologyRig confluent =
            new TopologyRig(qdrant, new EventDecoder(registry, registry, AvroFraming.AUTO));
        TopologyRig apicurio =
            new TopologyRig(qdrant, new EventDecoder(registry, registry, AvroFraming.APICURIO))) {
      for (SpecificRecord[] e : events()) {
        confluent.send(
            ConfluentFramingTest.framed(keyId, e[0]), ConfluentFramingTest.framed(valueId, e[1]));
        apicurio.send(
            AvroSerdes.<Object>serializer(registry, true).serialize("documents", e[0]),
            AvroSerdes.<Object>serializer(registry, false).serialize("documents", e[1]));
      }
      assertThat(confluent.deadLetters()).isEmpty();
      assertThat(apicurio.deadLetters()).isEmpty();
      assertThat(outcomes(confluent.statuses())).isEqualTo(outcomes(apicurio.statuses()));
      // The exact mirror: doc-1 at version 2, doc-2 deleted, doc-3 at version 5.
      Map<String, List<String>> expected =
          Map.of(
              "acme/doc-1",
              confluent.expected(LONG + " And a new last sentence.", "text/markdown"),
              "acme/doc-3",
              confluent.expected("# Title\n\nSome *markdown* text.", "text/markdown"));
      assertThat(confluent.index()).isEqualTo(expected);
      assertThat(apicurio.index()).isEqualTo(expected);
      for (String id : List.of("doc-1", "doc-3")) {
        assertThat(payloads(confluent.points("acme", id)))
            .isEqualTo(payloads(apicurio.points("acme", id)));
      }
    }
  }

  @Test
  void anUnknownIdAWrongMagicByteAndTruncatedBytesAreDeadLetteredWithTheirReasons()
      throws Exception {
    InMemoryRegistry registry = new InMemoryRegistry();
    int valueId =
        registry.registerConfluent("documents-value", DocumentChangeEvent.getClassSchema());
    byte[] good =
        ConfluentFramingTest.framed(valueId, pair("doc-1", Operation.UPSERT, 1L, LONG)[1]);
    byte[] unknownId = good.clone();
    ByteBuffer.wrap(unknownId).putInt(1, 4242);
    byte[] wrongMagic = good.clone();
    wrongMagic[0] = 7;
    byte[] truncatedHeader = Arrays.copyOf(good, 4);
    byte[] truncatedBody = Arrays.copyOf(good, good.length - 10);
    int referencing = ConfluentFramingTest.registerWithReferences(registry);
    registry.deleteConfluentVersion("origin", 1);
    byte[] unresolvedReference = ConfluentFramingTest.referencingValue(referencing, "doc-1", LONG);
    try (TopologyRig rig =
        new TopologyRig(qdrant, new EventDecoder(registry, registry, AvroFraming.CONFLUENT))) {
      for (byte[] bad :
          List.of(unknownId, wrongMagic, truncatedHeader, truncatedBody, unresolvedReference)) {
        rig.send("acme/doc-1".getBytes(), bad);
      }
      List<TestRecord<byte[], byte[]>> dead = rig.deadLetters();
      assertThat(dead).hasSize(5);
      assertThat(dead.stream().map(TopologyRig::reason).toList())
          .satisfiesExactly(
              r -> assertThat(r).startsWith("UNDECODABLE").contains("does not know"),
              r -> assertThat(r).startsWith("UNDECODABLE").contains("magic byte"),
              r -> assertThat(r).startsWith("UNDECODABLE").contains("truncated"),
              r -> assertThat(r).startsWith("UNDECODABLE").contains("truncated"),
              r ->
                  assertThat(r)
                      .startsWith("UNDECODABLE")
                      .contains("references a schema the registry does not know"));
      assertThat(rig.faults).as("nothing waited: none is a transient fault").isEmpty();
      assertThat(rig.index()).isEmpty();
      rig.send("acme/doc-1".getBytes(), good); // the stream moved on
      assertThat(rig.index()).containsOnlyKeys("acme/doc-1");
    }
  }

  @Test
  void eventsOfASchemaWithReferencesAreIndexed() throws Exception {
    InMemoryRegistry registry = new InMemoryRegistry();
    int id = ConfluentFramingTest.registerWithReferences(registry);
    try (TopologyRig rig =
        new TopologyRig(qdrant, new EventDecoder(registry, registry, AvroFraming.AUTO))) {
      rig.send("acme/doc-1".getBytes(), ConfluentFramingTest.referencingValue(id, "doc-1", LONG));
      rig.send(
          "acme/doc-2".getBytes(), ConfluentFramingTest.referencingValue(id, "doc-2", "Short."));
      assertThat(rig.deadLetters()).isEmpty();
      assertThat(rig.index())
          .isEqualTo(
              Map.of(
                  "acme/doc-1", rig.expected(LONG, "text/plain"),
                  "acme/doc-2", rig.expected("Short.", "text/plain")));
    }
  }

  static List<String> outcomes(List<String> statuses) {
    return statuses.stream().map(s -> s.replaceAll(".*\"outcome\":\"([A-Z_]+)\".*", "$1")).toList();
  }

  /** The payloads of points without the time they were indexed, in chunk order. */
  static List<Map<String, String>> payloads(List<RetrievedPoint> points) {
    return points.stream()
        .map(
            p -> {
              Map<String, String> m = new java.util.TreeMap<>();
              p.getPayloadMap()
                  .forEach(
                      (k, v) -> {
                        if (!k.equals(PayloadFields.INDEXED_AT)) {
                          m.put(k, v.toString());
                        }
                      });
              m.put("id", p.getId().toString());
              return m;
            })
        .toList();
  }
}
