package dev.indexer.event.debezium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.AvroFraming;
import dev.indexer.event.AvroRecords;
import dev.indexer.event.ConfluentSchemas;
import dev.indexer.event.GuardedRegistry;
import dev.indexer.event.RegistryStatus;
import dev.indexer.event.TopologyRig;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.InMemoryRegistry;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariant 1 (exact mirror) for Debezium change events of a documents table, through the real
 * topology (TopologyTestDriver, Qdrant local): snapshot reads, creates, updates, deletes with their
 * tombstones and a schema change that adds a column end with Qdrant holding exactly what an oracle
 * that replays the rows says; an update of unmapped columns changes nothing in Qdrant.
 */
class DebeziumTopologyTest {

  static QdrantLocal qdrant;

  @BeforeAll
  static void start() {
    qdrant = QdrantLocal.start();
  }

  @AfterAll
  static void stop() {
    qdrant.close();
  }

  static final String A =
      "# Manifests\n\nKafka Streams keeps a manifest per document. Qdrant stores the vectors.";
  static final String B = "Each chunk has a point id derived from stable fields of the chunk.";
  static final String C = "Updates write new chunks first, then delete what the new version lost.";

  /** Replays the table's rows: document id to body, or absent when deleted. */
  final Map<Integer, String> oracle = new HashMap<>();

  ChangeEvents table;
  TopologyRig rig;

  /**
   * The table's events in one of Debezium's forms: {@code json} and {@code json-schema} (the JSON
   * converter without and with schemas), {@code avro-confluent} and {@code avro-apicurio} (the Avro
   * converter, framed for either registry API); and the decoder that reads them.
   */
  DebeziumDecoder form(String form) {
    DebeziumMapping mapping = DebeziumDecoderTest.mapping(VersionSource.LSN);
    InMemoryRegistry registry = new InMemoryRegistry();
    return switch (form) {
      case "json", "json-schema" -> {
        table = new Envelopes(form.equals("json-schema"));
        yield new DebeziumDecoder(mapping);
      }
      case "avro-confluent" -> {
        table = new AvroEnvelopes(registry, AvroEnvelopes.Framing.CONFLUENT);
        yield new DebeziumDecoder(mapping, new AvroRecords(registry, registry, AvroFraming.AUTO));
      }
      case "avro-apicurio" -> {
        table = new AvroEnvelopes(registry, AvroEnvelopes.Framing.APICURIO);
        yield new DebeziumDecoder(
            mapping, new AvroRecords(registry, registry, AvroFraming.APICURIO));
      }
      default -> throw new IllegalArgumentException(form);
    };
  }

  void change(String op, Map<String, Object> before, Map<String, Object> after) {
    int id = (Integer) (after != null ? after : before).get("id");
    rig.send(table.key("acme", id), table.value(op, before, after));
    if (op.equals("d")) {
      oracle.remove(id);
    } else {
      oracle.put(id, (String) after.get("body"));
    }
  }

  void tombstone(int id) {
    rig.send(table.key("acme", id), null);
    oracle.remove(id);
  }

  Map<String, List<String>> expectedIndex() {
    Map<String, List<String>> out = new TreeMap<>();
    oracle.forEach((id, body) -> out.put("acme/" + id, rig.expected(body, "text/markdown")));
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"json-schema", "json", "avro-confluent", "avro-apicurio"})
  void aTablesChangesEndAsAnExactMirror(String form) throws Exception {
    try (TopologyRig r = new TopologyRig(qdrant, form(form))) {
      rig = r;
      change("r", null, DebeziumDecoderTest.doc(1, A, 0));
      change("r", null, DebeziumDecoderTest.doc(2, B, 0));
      change("c", null, DebeziumDecoderTest.doc(3, C, 0));
      change("u", DebeziumDecoderTest.doc(1, A, 0), DebeziumDecoderTest.doc(1, A + " " + C, 0));
      change("u", null, DebeziumDecoderTest.doc(2, C + " " + B, 5));
      change("d", DebeziumDecoderTest.doc(3, C, 0), null);
      tombstone(3);
      // ALTER TABLE documents ADD COLUMN summary text: the events name the new column.
      table.columns().put("summary", "string");
      Map<String, Object> withSummary = DebeziumDecoderTest.doc(1, B, 0);
      withSummary.put("summary", "short");
      change("u", DebeziumDecoderTest.doc(1, A + " " + C, 0), withSummary);
      change("c", null, DebeziumDecoderTest.doc(4, A, 0));

      assertThat(rig.deadLetters()).isEmpty();
      assertThat(rig.statuses()).hasSize(9);
      assertThat(rig.index()).isEqualTo(expectedIndex());
      RetrievedPoint first = rig.points("acme", "1").get(0);
      assertThat(first.getPayloadMap().get(PayloadFields.TITLE).getStringValue()).isEqualTo("T1");
      assertThat(first.getPayloadMap().get(PayloadFields.SOURCE_URI).getStringValue())
          .isEqualTo("https://x/1");
      assertThat(first.getPayloadMap().get(PayloadFields.METADATA).toString()).contains("lang");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json-schema", "json", "avro-confluent", "avro-apicurio"})
  void anUpdateOfAnUnmappedColumnChangesNothingInQdrant(String form) throws Exception {
    try (TopologyRig r = new TopologyRig(qdrant, form(form))) {
      rig = r;
      change("c", null, DebeziumDecoderTest.doc(1, A, 0));
      change("c", null, DebeziumDecoderTest.doc(2, B, 0));
      List<String> before = points();
      assertThat(rig.statuses()).hasSize(2);
      change("u", DebeziumDecoderTest.doc(1, A, 0), DebeziumDecoderTest.doc(1, A, 17));
      change("u", DebeziumDecoderTest.doc(2, B, 0), DebeziumDecoderTest.doc(2, B, 3));
      assertThat(points()).as("every point and payload as it was").isEqualTo(before);
      // Whoever waits for the status of its change to the row gets one: nothing changed.
      assertThat(rig.statuses())
          .extracting(s -> s.replaceAll(".*\"outcome\":\"([A-Z_]+)\".*", "$1"))
          .containsExactly("UNCHANGED", "UNCHANGED");
      // A row the index does not have yet (created before the connector's snapshot was taken, or
      // rejected once) is indexed by its first update, whatever columns that changed.
      change("u", DebeziumDecoderTest.doc(5, C, 0), DebeziumDecoderTest.doc(5, C, 1));
      assertThat(rig.statuses())
          .extracting(s -> s.replaceAll(".*\"outcome\":\"([A-Z_]+)\".*", "$1"))
          .containsExactly("INDEXED");
      assertThat(rig.deadLetters()).isEmpty();
      assertThat(rig.index()).isEqualTo(expectedIndex());
    }
  }

  @Test
  void anAvroChangeSentWhileTheRegistryIsDownIsIndexedOnceItIsBackNotDeadLettered()
      throws Exception {
    InMemoryRegistry registry = new InMemoryRegistry();
    table = new AvroEnvelopes(registry, AvroEnvelopes.Framing.CONFLUENT);
    // Refuses the first three lookups (connection refused), then answers.
    AtomicInteger refusals = new AtomicInteger(3);
    ConfluentSchemas flaky =
        new ConfluentSchemas() {
          @Override
          public RegisteredSchema schemaById(int id) {
            if (refusals.getAndDecrement() > 0) {
              throw new UncheckedIOException(new ConnectException("Connection refused"));
            }
            return registry.schemaById(id);
          }

          @Override
          public RegisteredSchema schemaByVersion(String subject, int version) {
            return registry.schemaByVersion(subject, version);
          }
        };
    GuardedRegistry guard =
        new GuardedRegistry(registry, new RegistryStatus(), Duration.ofSeconds(2));
    try (TopologyRig r =
        new TopologyRig(
            qdrant,
            new DebeziumDecoder(
                DebeziumDecoderTest.mapping(VersionSource.LSN),
                new AvroRecords(guard, flaky, AvroFraming.CONFLUENT)))) {
      rig = r;
      change("c", null, DebeziumDecoderTest.doc(1, A, 0));
      assertThat(rig.faults).hasSizeGreaterThan(1).endsWith("recovered");
      assertThat(rig.faults.get(0)).contains("schema registry unavailable");
      assertThat(rig.deadLetters()).isEmpty();
      assertThat(rig.index()).isEqualTo(expectedIndex());
    } finally {
      guard.close();
    }
  }

  /** Every point of the collection with its whole payload, in a stable order. */
  List<String> points() throws Exception {
    List<String> all = new java.util.ArrayList<>();
    for (String id : List.of("1", "2")) {
      rig.points("acme", id)
          .forEach(p -> all.add(p.getId() + " " + new TreeMap<>(p.getPayloadMap())));
    }
    return all;
  }
}
