package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.event.EventLimits;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.testkit.HashEmbedder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Hostile and oversized records on the real broker (exactly-once v2) and Qdrant local. Invariant:
 * no single record stalls a partition or stops a stream thread; each hostile record is
 * dead-lettered with its reason, in order, and every good record between them is indexed exactly.
 */
class HostileRecordsTest extends BrokerBackedTest {

  static final Duration TIMEOUT = Duration.ofSeconds(120);
  static final ObjectMapper JSON = new ObjectMapper();

  /** Small enough that an oversized event still fits the broker's default message size. */
  static final int MAX_EVENT_BYTES = 400_000;

  /** One record of the documents topic and the dead-letter reason it must get (null: indexed). */
  record Case(String name, byte[] key, byte[] value, String reason) {}

  static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  static ObjectNode event(String tenant, String id) {
    ObjectNode n = JSON.createObjectNode();
    n.put("eventId", "e-" + id);
    n.put("tenant", tenant);
    n.put("documentId", id);
    n.put("operation", "UPSERT");
    n.put("version", 1);
    n.put("content", "A short text about " + id + ". It has two sentences.");
    return n;
  }

  static Case json(String name, String key, String reason, Consumer<ObjectNode> edit) {
    ObjectNode n = event("acme", name);
    edit.accept(n);
    return new Case(name, utf8(key), utf8(n.toString()), reason);
  }

  static String repeat(char c, int n) {
    return String.valueOf(c).repeat(n);
  }

  /** The hostile records: at least 25 kinds, each with the reason it must be dead-lettered for. */
  static List<Case> hostile() {
    List<Case> cases = new ArrayList<>();
    // Not an event at all.
    cases.add(new Case("not-json", utf8("acme/x1"), utf8("{this is not json"), "UNDECODABLE"));
    cases.add(new Case("json-array", utf8("acme/x2"), utf8("[1,2,3]"), "UNDECODABLE"));
    cases.add(new Case("json-null", utf8("acme/x3"), utf8("null"), "UNDECODABLE"));
    cases.add(new Case("deep-nesting", utf8("acme/x4"), utf8("[".repeat(100_000)), "UNDECODABLE"));
    cases.add(
        new Case(
            "avro-garbage", utf8("acme/x5"), new byte[] {0, 0, 0, 0, 7, 1, 2, 3}, "UNDECODABLE"));
    byte[] badUtf8 = utf8("{\"tenant\":\"acme\",\"documentId\":\"x6\",\"content\":\"AB\"}");
    badUtf8[badUtf8.length - 4] = (byte) 0xC3; // a lead byte followed by an ASCII byte
    cases.add(new Case("invalid-utf8", utf8("acme/x6"), badUtf8, "UNDECODABLE"));
    cases.add(json("key-without-slash", "acme-x7", "UNDECODABLE", n -> {}));
    cases.add(json("empty-key", "", "UNDECODABLE", n -> {}));
    // Identity missing, ambiguous or hostile.
    cases.add(
        json("no-document-id", "acme/x9", "MISSING_DOCUMENT_ID", n -> n.remove("documentId")));
    cases.add(new Case("tombstone-without-key", null, null, "MISSING_DOCUMENT_ID"));
    cases.add(json("empty-tenant", null, "MISSING_TENANT", n -> n.put("tenant", "")));
    cases.add(json("slash-in-tenant", null, "INVALID_ID", n -> n.put("tenant", "ac/me")));
    cases.add(json("long-tenant", null, "INVALID_ID", n -> n.put("tenant", repeat('t', 200))));
    cases.add(
        json("long-document-id", null, "INVALID_ID", n -> n.put("documentId", repeat('d', 600))));
    cases.add(json("long-event-id", null, "INVALID_ID", n -> n.put("eventId", repeat('e', 300))));
    cases.add(json("nul-in-document-id", null, "INVALID_ID", n -> n.put("documentId", "x\u0000y")));
    cases.add(json("newline-in-tenant", null, "INVALID_ID", n -> n.put("tenant", "ac\nme")));
    cases.add(json("key-mismatch", "acme/somebody-else", "KEY_MISMATCH", n -> {}));
    cases.add(
        json("unknown-operation", null, "UNKNOWN_OPERATION", n -> n.put("operation", "PATCH")));
    cases.add(
        json(
            "unknown-content-type",
            null,
            "UNKNOWN_CONTENT_TYPE",
            n -> n.put("contentType", "application/pdf")));
    // Oversized parts.
    cases.add(
        json(
            "over-max-bytes",
            null,
            "CONTENT_TOO_LARGE",
            n -> n.put("content", repeat('a', MAX_EVENT_BYTES + 50_000))));
    cases.add(
        json(
            "many-metadata-entries",
            null,
            "FIELD_TOO_LARGE",
            n -> {
              ObjectNode m = n.putObject("metadata");
              for (int i = 0; i < 500; i++) {
                m.put("k" + i, "v");
              }
            }));
    cases.add(
        json(
            "long-metadata-key",
            null,
            "FIELD_TOO_LARGE",
            n -> n.putObject("metadata").put(repeat('k', 300), "v")));
    cases.add(
        json(
            "long-metadata-value",
            null,
            "FIELD_TOO_LARGE",
            n -> n.putObject("metadata").put("k", repeat('v', 10_000))));
    cases.add(
        json(
            "metadata-total",
            null,
            "FIELD_TOO_LARGE",
            n -> {
              ObjectNode m = n.putObject("metadata");
              for (int i = 0; i < 60; i++) {
                m.put("k" + i, repeat('v', 4_000));
              }
            }));
    cases.add(json("long-title", null, "FIELD_TOO_LARGE", n -> n.put("title", repeat('T', 5_000))));
    cases.add(
        json(
            "long-source-uri",
            null,
            "FIELD_TOO_LARGE",
            n -> n.put("sourceUri", "https://x.test/" + repeat('u', 10_000))));
    cases.add(
        json(
            "ten-thousand-sections",
            null,
            "TOO_MANY_CHUNKS",
            n -> {
              StringBuilder md = new StringBuilder();
              for (int i = 0; i < 10_000; i++) {
                md.append("## S").append(i).append("\n\nWord ").append(i).append(".\n\n");
              }
              n.put("content", md.toString());
              n.put("contentType", "text/markdown");
            }));
    return cases;
  }

  @Test
  void everyHostileRecordIsDeadLetteredWithItsReasonAndItsNeighboursAreIndexed() throws Exception {
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 64), 1);
    h.limits = EventLimits.defaults().withMaxEventBytes(MAX_EVENT_BYTES);
    List<Case> hostile = hostile();
    assertThat(hostile).hasSizeGreaterThanOrEqualTo(25);
    Random r = new Random(3);
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    Map<String, String> good = new LinkedHashMap<>();
    for (int i = 0; i <= hostile.size(); i++) {
      String id = "good" + i;
      String content = PipelineEndToEndTest.text(r, 4);
      good.put("acme/" + id, content);
      records.add(
          record(
              h,
              utf8("acme/" + id),
              utf8(IndexerHarness.json("acme", id, "UPSERT", 1L, content, "T", Map.of()))));
      if (i < hostile.size()) {
        records.add(record(h, hostile.get(i).key(), hostile.get(i).value()));
      }
    }
    h.kafka.produce(
        h.topics.documents(), new ByteArraySerializer(), new ByteArraySerializer(), records);
    h.start();

    List<ConsumerRecord<byte[], byte[]>> dead = h.deadLetters(hostile.size(), TIMEOUT);
    assertThat(dead)
        .extracting(d -> header(d, "x-reason"))
        .as("dead-letter reasons in order")
        .containsExactlyElementsOf(hostile.stream().map(Case::reason).toList());
    // Reasons never quote the event: no header carries the hostile values.
    for (ConsumerRecord<byte[], byte[]> d : dead) {
      assertThat(header(d, "x-message"))
          .doesNotContain("somebody-else", "ac/me", "kkkkk", "vvvvv", "uuuuu", "TTTTT");
    }
    Map<String, List<String>> expected = new LinkedHashMap<>();
    good.forEach((key, content) -> expected.put(key, h.expected(content)));
    awaitIndex(expected);
    assertThat(h.transitions).noneMatch(t -> t.contains("ERROR"));
    assertThat(h.statusCount()).isEqualTo(records.size());
  }

  @Test
  void aManifestThatNoLongerParsesIsReplacedAndTheDocumentIndexed() throws Exception {
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 64), 1);
    // A corrupt manifest in the changelog, restored into the store before the first event.
    String changelog = h.applicationId + "-" + IndexerTopology.MANIFEST_STORE + "-changelog";
    h.kafka.createCompactedTopic(1, changelog);
    h.kafka.produce(
        changelog,
        new ByteArraySerializer(),
        new ByteArraySerializer(),
        List.of(
            new ProducerRecord<>(
                changelog, utf8("acme/doc"), utf8("{\"version\": [not a manifest"))));
    Random r = new Random(4);
    String first = PipelineEndToEndTest.text(r, 6);
    String second = PipelineEndToEndTest.text(r, 3);
    h.send(
        List.of(
            new String[] {
              "acme/doc", IndexerHarness.json("acme", "doc", "UPSERT", 5L, first, "T", Map.of())
            },
            new String[] {
              "acme/doc", IndexerHarness.json("acme", "doc", "UPSERT", 6L, second, "T", Map.of())
            },
            new String[] {
              "acme/other", IndexerHarness.json("acme", "other", "UPSERT", 1L, first, "T", Map.of())
            }));
    h.start();
    h.awaitStatuses(TIMEOUT);
    awaitIndex(Map.of("acme/doc", h.expected(second), "acme/other", h.expected(first)));
    assertThat(h.deadLetters()).isEmpty();
    assertThat(h.transitions).noneMatch(t -> t.contains("ERROR"));
  }

  @Test
  void aDeadLetterWhoseOriginalExceedsTheTopicLimitKeepsItsReasonWithoutTheOriginal()
      throws Exception {
    h =
        new StreamsHarness(
            qdrant,
            new HashEmbedder(8, 64),
            1,
            Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "100000"));
    h.deadLetterOriginalBytes = 90_000;
    Random r = new Random(5);
    String content = PipelineEndToEndTest.text(r, 3);
    ObjectNode big = event("acme", "big");
    big.put("contentType", "application/pdf");
    big.put("content", repeat('a', 300_000));
    ObjectNode small = event("acme", "small");
    small.put("contentType", "application/pdf");
    h.send(
        List.of(
            new String[] {"acme/big", big.toString()},
            new String[] {"acme/small", small.toString()},
            new String[] {
              "acme/good", IndexerHarness.json("acme", "good", "UPSERT", 1L, content, "T", Map.of())
            }));
    h.start();
    h.awaitStatuses(TIMEOUT);
    List<ConsumerRecord<byte[], byte[]>> dead = h.deadLetters(2, TIMEOUT);
    assertThat(dead)
        .extracting(d -> header(d, "x-reason"))
        .containsExactly("UNKNOWN_CONTENT_TYPE", "UNKNOWN_CONTENT_TYPE");
    assertThat(dead.get(0).value()).isNull();
    assertThat(header(dead.get(0), "x-original"))
        .isEqualTo("omitted: larger than the dead-letter limit");
    assertThat(dead.get(1).value()).isEqualTo(utf8(small.toString()));
    awaitIndex(Map.of("acme/good", h.expected(content)));
    assertThat(h.transitions).noneMatch(t -> t.contains("ERROR"));
  }

  @Test
  void aDocumentOfManyLargeChunksIsWrittenAndUpdatedInBoundedRequests() throws Exception {
    // 1,500 chunks of 1,024-dimensional vectors: about 7 MB of vectors, above gRPC's 4 MiB
    // default message size, read back when the document is edited.
    h = new StreamsHarness(qdrant, new HashEmbedder(1024, 64), 1);
    StringBuilder doc = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      doc.append("## Part ")
          .append(i)
          .append("\n\nPart ")
          .append(i)
          .append(" says something of its own.\n\n");
    }
    String edited = doc.toString().replace("Part 700 says", "Part 700 now says");
    ObjectNode v1 = event("acme", "long");
    v1.put("content", doc.toString());
    v1.put("contentType", "text/markdown");
    ObjectNode v2 = v1.deepCopy();
    v2.put("version", 2);
    v2.put("content", edited);
    h.send(List.<String[]>of(new String[] {"acme/long", v1.toString()}));
    h.start();
    h.awaitStatuses(TIMEOUT);
    h.send(List.<String[]>of(new String[] {"acme/long", v2.toString()}));
    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses)
        .extracting(StatusEvent::outcome)
        .containsExactly(Outcome.INDEXED, Outcome.INDEXED);
    assertThat(statuses.get(1).chunks()).isEqualTo(1_500);
    assertThat(statuses.get(1).embedded()).isLessThanOrEqualTo(3);
    assertThat(h.index().get("acme/long"))
        .hasSize(1_500)
        .anyMatch(t -> t.endsWith("Part 700 now says something of its own."))
        .noneMatch(t -> t.endsWith("Part 700 says something of its own."));
    assertThat(h.largestWriteBytes.get()).isLessThanOrEqualTo(PointWriter.MAX_REQUEST_BYTES);
  }

  private void awaitIndex(Map<String, List<String>> expected) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!h.index().equals(expected) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(h.index()).isEqualTo(expected);
  }

  private static ProducerRecord<byte[], byte[]> record(StreamsHarness h, byte[] key, byte[] value) {
    return new ProducerRecord<>(h.topics.documents(), key, value);
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    var header = r.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
