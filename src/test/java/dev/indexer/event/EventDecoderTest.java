package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.event.DocumentChange.Operation;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.testkit.registry.InMemoryRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
  void aTombstoneDeletesTheDocumentOfItsKey() {
    DocumentChange c = decode("acme/doc-9", null);
    assertThat(c.operation()).isEqualTo(Operation.DELETE);
    assertThat(c.ref()).isEqualTo(new DocumentRef("acme", "doc-9"));
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
    assertThatThrownBy(() -> decode(null, "{\"tenant\":\"t\",\"documentId\":\"d\",\"operation\":\"MERGE\"}"))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_OPERATION));
  }

  @Test
  void rejectsAKeyThatNamesAnotherDocument() {
    assertThatThrownBy(() -> decode("acme/other", "{\"tenant\":\"acme\",\"documentId\":\"d\"}"))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.KEY_MISMATCH));
  }

  @Test
  void errorMessagesNeverQuoteEventContent() {
    String secret = "alice@example.com";
    assertThatThrownBy(() -> decode(null, "{\"tenant\":\"t\",\"documentId\":\"d\",\"operation\":\"" + secret + "\"}"))
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
    DocumentChange c = new EventDecoder(registry).decode("documents", new RecordHeaders(), key, value);
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
}
