package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.event.DocumentChange.Operation;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.testkit.registry.InMemoryRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** JSON and text-key decoding; Avro decoding is covered with the real serdes elsewhere. */
class EventDecoderTest {

  private final EventDecoder decoder = new EventDecoder(new InMemoryRegistry());

  private DocumentChange decode(String key, String value) {
    return decoder.decode(
        "documents",
        new RecordHeaders(),
        key == null ? null : key.getBytes(StandardCharsets.UTF_8),
        value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodesAJsonUpsertWithEveryField() {
    DocumentChange c =
        decode(
            "acme/doc-1",
            """
            {"eventId":"e1","documentId":"doc-1","tenant":"acme","operation":"UPSERT",
             "version":42,"eventTime":1767225600000,"title":"T","content":"Hello.",
             "contentType":"text/markdown","sourceUri":"https://x/1","metadata":{"lang":"en"}}
            """);
    assertThat(c.ref()).isEqualTo(new DocumentRef("acme", "doc-1"));
    assertThat(c.operation()).isEqualTo(Operation.UPSERT);
    assertThat(c.version()).isEqualTo(42L);
    assertThat(c.eventTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(c.content()).isEqualTo("Hello.");
    assertThat(c.contentType()).isEqualTo("text/markdown");
    assertThat(c.metadata()).containsEntry("lang", "en");
  }

  @Test
  void optionalJsonFieldsTakeTheirDefaults() {
    DocumentChange c = decode(null, "{\"documentId\":\"d\",\"tenant\":\"t\"}");
    assertThat(c.operation()).isEqualTo(Operation.UPSERT);
    assertThat(c.version()).isNull();
    assertThat(c.contentType()).isEqualTo("text/plain");
    assertThat(c.metadata()).isEmpty();
  }

  @Test
  void aVersionOrATimeWrittenAsTextIsReadOrRejectedNeverDropped() {
    DocumentChange c =
        decode(
            null,
            "{\"documentId\":\"d\",\"tenant\":\"t\",\"version\":\"17\","
                + "\"eventTime\":\"2026-01-01T00:00:00Z\"}");
    assertThat(c.version()).isEqualTo(17L);
    assertThat(c.eventTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(
            decode(null, "{\"documentId\":\"d\",\"tenant\":\"t\",\"eventTime\":\"1767225600000\"}")
                .eventTime())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    for (String version : List.of("\"not-a-number\"", "1.5", "true", "{}")) {
      assertThatThrownBy(
              () ->
                  decode(
                      null, "{\"documentId\":\"d\",\"tenant\":\"t\",\"version\":" + version + "}"))
          .isInstanceOfSatisfying(
              InvalidEventException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(InvalidEventException.Reason.UNDECODABLE);
                assertThat(e.getMessage()).contains("version").doesNotContain("not-a-number");
              });
    }
    assertThatThrownBy(
            () ->
                decode(null, "{\"documentId\":\"d\",\"tenant\":\"t\",\"eventTime\":\"yesterday\"}"))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidEventException.Reason.UNDECODABLE));
    assertThat(decode(null, "{\"documentId\":\"d\",\"tenant\":\"t\",\"version\":null}").version())
        .isNull();
  }

  @Test
  void aTombstoneDeletesTheDocumentOfItsKey() {
    DocumentChange c = decode("acme/doc-9", null);
    assertThat(c.operation()).isEqualTo(Operation.DELETE);
    assertThat(c.ref()).isEqualTo(new DocumentRef("acme", "doc-9"));
  }

  @Test
  void readsTheOutboxEventRoutersRecords() {
    String event =
        "{\"tenant\":\"acme\",\"documentId\":\"doc-1\",\"version\":3,\"content\":\"Hi.\"}";
    String asString = decoderJson(event);
    List<String> values =
        List.of(
            event, // table.expand.json.payload=true
            asString, // the payload column as a string
            "{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":" + asString + "}");
    for (String value : values) {
      DocumentChange c = decode("\"acme/doc-1\"", value);
      assertThat(c.ref()).isEqualTo(new DocumentRef("acme", "doc-1"));
      assertThat(c.version()).isEqualTo(3L);
      assertThat(c.content()).isEqualTo("Hi.");
    }
    assertThatThrownBy(() -> decode("\"acme/doc-2\"", asString))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.KEY_MISMATCH));
    assertThatThrownBy(() -> decode(null, "\"not an event\""))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
  }

  private static String decoderJson(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rejectsBytesThatAreNeitherAvroNorJson() {
    assertThatThrownBy(() -> decode(null, "not json at all"))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
  }

  @Test
  void rejectsAMissingDocumentId() {
    assertThatThrownBy(() -> decode(null, "{\"tenant\":\"t\",\"content\":\"x\"}"))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_DOCUMENT_ID));
  }

  @Test
  void rejectsAnUnknownOperation() {
    assertThatThrownBy(
            () -> decode(null, "{\"tenant\":\"t\",\"documentId\":\"d\",\"operation\":\"MERGE\"}"))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_OPERATION));
  }

  @Test
  void rejectsAKeyThatNamesAnotherDocument() {
    assertThatThrownBy(() -> decode("acme/other", "{\"tenant\":\"acme\",\"documentId\":\"d\"}"))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.KEY_MISMATCH));
  }

  @Test
  void errorMessagesNeverQuoteEventContent() {
    String secret = "alice@example.com";
    assertThatThrownBy(
            () ->
                decode(
                    null,
                    "{\"tenant\":\"t\",\"documentId\":\"d\",\"operation\":\"" + secret + "\"}"))
        .hasMessageNotContaining(secret);
  }

  private static dev.indexer.event.avro.DocumentChangeEvent avroEvent(String content) {
    return dev.indexer.event.avro.DocumentChangeEvent.newBuilder()
        .setEventId("e1")
        .setDocumentId("doc-1")
        .setTenant("acme")
        .setOperation(dev.indexer.event.avro.Operation.UPSERT)
        .setVersion(7L)
        .setEventTime(Instant.parse("2026-01-01T00:00:00Z"))
        .setContent(content)
        .setMetadata(java.util.Map.of("lang", "en"))
        .build();
  }

  @Test
  void decodesAvroKeyAndValueThroughTheRegistry() {
    InMemoryRegistry registry = new InMemoryRegistry();
    byte[] key =
        dev.indexer.testkit.registry.AvroSerdes.<Object>serializer(registry, true)
            .serialize("documents", new dev.indexer.event.avro.DocumentKey("acme", "doc-1"));
    byte[] value =
        dev.indexer.testkit.registry.AvroSerdes.<Object>serializer(registry, false)
            .serialize("documents", avroEvent("Hello."));
    DocumentChange c =
        new EventDecoder(registry).decode("documents", new RecordHeaders(), key, value);
    assertThat(c.ref()).isEqualTo(new DocumentRef("acme", "doc-1"));
    assertThat(c.version()).isEqualTo(7L);
    assertThat(c.content()).isEqualTo("Hello.");
    assertThat(c.metadata()).containsEntry("lang", "en");
    assertThat(c.contentType()).isEqualTo("text/plain");
  }

  @Test
  void avroWhoseSchemaTheRegistryDoesNotKnowIsUndecodable() {
    InMemoryRegistry writerRegistry = new InMemoryRegistry();
    byte[] value =
        dev.indexer.testkit.registry.AvroSerdes.<Object>serializer(writerRegistry, false)
            .serialize("documents", avroEvent("secret jane.doe@example.com"));
    // The reader's registry has never seen the writer's schema id.
    EventDecoder reader = new EventDecoder(new InMemoryRegistry());
    assertThatThrownBy(() -> reader.decode("documents", new RecordHeaders(), null, value))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .hasMessageNotContaining("jane.doe");
  }

  @Test
  void avroThatDeclaresAHugeCollectionOrStringIsRefusedBeforeAnythingIsAllocated() {
    AvroLimits.apply();
    assertThat(AvroLimits.effective()).as("Avro's limits are in force").isTrue();
    InMemoryRegistry registry = new InMemoryRegistry();
    byte[] value =
        dev.indexer.testkit.registry.AvroSerdes.<Object>serializer(registry, false)
            .serialize("documents", avroEvent("Hello."));
    // 2^30 as Avro writes a long (zig-zag, then 7 bits a byte).
    byte[] huge = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
    // The metadata map {"lang": "en"}: a block of 1 entry (zig-zag 2), "lang", "en", end (0).
    byte[] manyEntries = forge(value, new byte[] {2, 8, 'l', 'a', 'n', 'g', 4, 'e', 'n', 0}, huge);
    // The content "Hello." (length 6, zig-zag 12): a gigabyte string in 5 bytes.
    byte[] longString = forge(value, new byte[] {12, 'H', 'e', 'l', 'l', 'o', '.'}, huge);
    for (byte[] forged : List.of(manyEntries, longString)) {
      assertThatThrownBy(
              () ->
                  new EventDecoder(registry).decode("documents", new RecordHeaders(), null, forged))
          .isInstanceOfSatisfying(
              InvalidEventException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
    }
  }

  /** {@code value} with the first byte of {@code at}'s occurrence replaced by {@code length}. */
  private static byte[] forge(byte[] value, byte[] at, byte[] length) {
    int i = indexOf(value, at);
    assertThat(i).isPositive();
    byte[] forged = new byte[value.length - 1 + length.length];
    System.arraycopy(value, 0, forged, 0, i);
    System.arraycopy(length, 0, forged, i, length.length);
    System.arraycopy(value, i + 1, forged, i + length.length, value.length - i - 1);
    return forged;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
