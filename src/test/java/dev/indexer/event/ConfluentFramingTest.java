package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.event.avro.DocumentChangeEvent;
import dev.indexer.event.avro.DocumentKey;
import dev.indexer.event.avro.Operation;
import dev.indexer.testkit.registry.AvroSerdes;
import dev.indexer.testkit.registry.InMemoryRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * Avro keys and values in the Confluent wire format (magic byte 0, 4-byte big-endian schema id,
 * Avro binary), built here byte by byte as the format defines them, resolved through the in-memory
 * registry's Confluent-compatible API.
 */
class ConfluentFramingTest {

  private final InMemoryRegistry registry = new InMemoryRegistry();

  static DocumentChangeEvent event(String content) {
    return DocumentChangeEvent.newBuilder()
        .setEventId("e1")
        .setDocumentId("doc-1")
        .setTenant("acme")
        .setOperation(Operation.UPSERT)
        .setVersion(7L)
        .setEventTime(Instant.parse("2026-01-01T00:00:00Z"))
        .setTitle("Title")
        .setContent(content)
        .setContentType("text/markdown")
        .setMetadata(Map.of("lang", "en"))
        .build();
  }

  /** The Confluent framing of {@code record} under schema {@code id}. */
  static byte[] framed(int id, SpecificRecord record) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(0);
      out.write(ByteBuffer.allocate(4).putInt(id).array());
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] confluentKey() {
    return framed(
        registry.registerConfluent("documents-key", DocumentKey.getClassSchema()),
        new DocumentKey("acme", "doc-1"));
  }

  byte[] confluentValue(String content) {
    return framed(
        registry.registerConfluent("documents-value", DocumentChangeEvent.getClassSchema()),
        event(content));
  }

  EventDecoder decoder(AvroFraming framing) {
    return new EventDecoder(registry, registry, framing);
  }

  private static Reason reason(Runnable decode) {
    try {
      decode.run();
    } catch (InvalidEventException e) {
      return e.reason();
    }
    throw new AssertionError("not rejected");
  }

  @Test
  void aConfluentFramedKeyAndValueDecodeLikeTheApicurioFramedOnes() {
    DocumentChange confluent =
        decoder(AvroFraming.CONFLUENT)
            .decode("documents", new RecordHeaders(), confluentKey(), confluentValue("Hello."));
    byte[] apicurioKey =
        AvroSerdes.<Object>serializer(registry, true)
            .serialize("documents", new DocumentKey("acme", "doc-1"));
    byte[] apicurioValue =
        AvroSerdes.<Object>serializer(registry, false).serialize("documents", event("Hello."));
    DocumentChange apicurio =
        decoder(AvroFraming.APICURIO)
            .decode("documents", new RecordHeaders(), apicurioKey, apicurioValue);
    assertThat(confluent).isEqualTo(apicurio);
    assertThat(confluent.content()).isEqualTo("Hello.");
    assertThat(confluent.version()).isEqualTo(7L);
    assertThat(confluent.metadata()).containsEntry("lang", "en");
  }

  @Test
  void autoReadsConfluentFramingAndApicurioRecordsWithTheirHeaders() {
    DocumentChange c =
        decoder(AvroFraming.AUTO)
            .decode("documents", new RecordHeaders(), confluentKey(), confluentValue("Hi."));
    assertThat(c.content()).isEqualTo("Hi.");
    // An Apicurio serializer with headers names the global id in a header; the id in the body is
    // then not a Confluent id: AUTO leaves such a record to the Apicurio path.
    FlakyConfluent never = new FlakyConfluent(registry);
    never.down = true;
    byte[] apicurioValue =
        AvroSerdes.<Object>serializer(registry, false).serialize("documents", event("Hey."));
    RecordHeaders headers = new RecordHeaders();
    headers.add("apicurio.value.encoding", "BINARY".getBytes());
    DocumentChange viaApicurio =
        new EventDecoder(registry, never, AvroFraming.AUTO)
            .decode("documents", headers, null, apicurioValue);
    assertThat(viaApicurio.content()).isEqualTo("Hey.");
    assertThat(never.calls).hasValue(0);
  }

  @Test
  void anUnknownSchemaIdIsDeadLetteredWithItsReasonNeverQuotingData() {
    byte[] value = confluentValue("secret jane.doe@example.com");
    ByteBuffer.wrap(value).putInt(1, 99_999);
    assertThatThrownBy(() -> decoder(AvroFraming.CONFLUENT).decode("documents", null, null, value))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .hasMessageContaining("schema id the registry does not know")
        .hasMessageNotContaining("jane.doe");
  }

  @Test
  void aWrongMagicByteIsRejected() {
    byte[] value = confluentValue("Hello.");
    value[0] = 1;
    assertThatThrownBy(() -> decoder(AvroFraming.AUTO).decode("documents", null, null, value))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .hasMessageContaining("magic byte");
    byte[] key = confluentKey();
    key[0] = 2;
    assertThatThrownBy(
            () ->
                decoder(AvroFraming.CONFLUENT)
                    .decode("documents", null, key, confluentValue("Hello.")))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("magic byte");
  }

  @Test
  void truncatedBytesAreRejected() {
    byte[] value = confluentValue("Hello, a body long enough to cut.");
    for (int length : new int[] {1, 3, 5, value.length / 2, value.length - 1}) {
      byte[] cut = Arrays.copyOf(value, length);
      assertThat(reason(() -> decoder(AvroFraming.CONFLUENT).decode("documents", null, null, cut)))
          .as("cut at %d bytes", length)
          .isEqualTo(Reason.UNDECODABLE);
    }
    assertThatThrownBy(
            () ->
                decoder(AvroFraming.CONFLUENT)
                    .decode("documents", null, null, Arrays.copyOf(value, 3)))
        .hasMessageContaining("truncated");
    assertThatThrownBy(
            () ->
                decoder(AvroFraming.CONFLUENT)
                    .decode("documents", null, null, Arrays.copyOf(value, value.length - 3)))
        .hasMessageContaining("truncated");
  }

  @Test
  void aRegistryOutageIsTransientAndASchemaIsFetchedOnce() {
    FlakyConfluent flaky = new FlakyConfluent(registry);
    RegistryStatus status = new RegistryStatus();
    EventDecoder decoder =
        new EventDecoder(
            new GuardedRegistry(registry, status, Duration.ofSeconds(2)),
            flaky,
            AvroFraming.CONFLUENT);
    byte[] value = confluentValue("Hello.");
    flaky.down = true;
    assertThatThrownBy(() -> decoder.decode("documents", null, null, value))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageContaining("ConnectException");
    assertThat(status.fault()).isNotNull();
    flaky.down = false;
    assertThat(decoder.decode("documents", null, null, value).content()).isEqualTo("Hello.");
    flaky.down = true; // the schema is kept: no call needed any more
    assertThat(decoder.decode("documents", null, null, value).content()).isEqualTo("Hello.");
    assertThat(flaky.calls).hasValue(2);
  }

  @Test
  void confluentFramingWithoutAConfluentRegistryNamesTheProperty() {
    EventDecoder decoder =
        new EventDecoder(
            registry, RegistryClientProducer.unconfiguredConfluent(), AvroFraming.CONFLUENT);
    assertThatThrownBy(() -> decoder.decode("documents", null, null, confluentValue("Hello.")))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("indexer.registry.confluent-url");
  }

  static final String OPERATION =
      "{\"type\":\"enum\",\"name\":\"Operation\",\"namespace\":\"dev.indexer.event.avro\","
          + "\"symbols\":[\"UPSERT\",\"DELETE\"]}";
  static final String ORIGIN =
      "{\"type\":\"record\",\"name\":\"Origin\",\"namespace\":\"acme\",\"fields\":["
          + "{\"name\":\"system\",\"type\":\"string\"},"
          + "{\"name\":\"lastOperation\",\"type\":\"dev.indexer.event.avro.Operation\"}]}";
  static final String EVENT =
      "{\"type\":\"record\",\"name\":\"Change\",\"namespace\":\"acme\",\"fields\":["
          + "{\"name\":\"eventId\",\"type\":\"string\"},"
          + "{\"name\":\"tenant\",\"type\":\"string\"},"
          + "{\"name\":\"documentId\",\"type\":\"string\"},"
          + "{\"name\":\"operation\",\"type\":\"dev.indexer.event.avro.Operation\"},"
          + "{\"name\":\"content\",\"type\":[\"null\",\"string\"],\"default\":null},"
          + "{\"name\":\"origin\",\"type\":\"acme.Origin\"}]}";

  /**
   * A value schema with Confluent schema references, two levels deep: the event names {@code
   * acme.Origin} (subject {@code origin}), which names the {@code Operation} enum (subject {@code
   * operation}), which the event names too. Returns the value's id.
   */
  static int registerWithReferences(InMemoryRegistry registry) {
    registry.registerConfluent("operation", OPERATION, List.of());
    registry.registerConfluent(
        "origin",
        ORIGIN,
        List.of(
            new ConfluentSchemas.Reference("dev.indexer.event.avro.Operation", "operation", 1)));
    return registry.registerConfluent(
        "documents-value",
        EVENT,
        List.of(
            new ConfluentSchemas.Reference("acme.Origin", "origin", 1),
            new ConfluentSchemas.Reference("dev.indexer.event.avro.Operation", "operation", 1)));
  }

  /** An event of {@link #EVENT}, written with the whole schema, framed under {@code id}. */
  static byte[] referencingValue(int id, String documentId, String content) {
    Schema.Parser parser = new Schema.Parser();
    parser.parse(OPERATION);
    parser.parse(ORIGIN);
    Schema schema = parser.parse(EVENT);
    Schema operation = parser.getTypes().get("dev.indexer.event.avro.Operation");
    GenericRecord origin = new GenericData.Record(parser.getTypes().get("acme.Origin"));
    origin.put("system", "cms");
    origin.put("lastOperation", new GenericData.EnumSymbol(operation, "UPSERT"));
    GenericRecord event = new GenericData.Record(schema);
    event.put("eventId", "e-" + documentId);
    event.put("tenant", "acme");
    event.put("documentId", documentId);
    event.put("operation", new GenericData.EnumSymbol(operation, "UPSERT"));
    event.put("content", content);
    event.put("origin", origin);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(0);
      out.write(ByteBuffer.allocate(4).putInt(id).array());
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<GenericRecord>(schema).write(event, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aSchemaWithReferencesIsResolvedRecursivelyAndKept() {
    int id = registerWithReferences(registry);
    FlakyConfluent counting = new FlakyConfluent(registry);
    EventDecoder decoder = new EventDecoder(registry, counting, AvroFraming.CONFLUENT);
    DocumentChange c =
        decoder.decode("documents", null, null, referencingValue(id, "doc-1", "Hello."));
    assertThat(c.ref()).isEqualTo(new DocumentRef("acme", "doc-1"));
    assertThat(c.operation()).isEqualTo(DocumentChange.Operation.UPSERT);
    assertThat(c.content()).isEqualTo("Hello.");
    // The id, then origin and operation once each, though two schemas reference operation.
    assertThat(counting.calls).hasValue(3);
    counting.down = true;
    assertThat(decoder.decode("documents", null, null, referencingValue(id, "doc-2", "Hi.")))
        .extracting(DocumentChange::content)
        .isEqualTo("Hi.");
  }

  @Test
  void aReferenceThatDoesNotResolveIsDeadLetteredWithItsReason() {
    int id = registerWithReferences(registry);
    registry.deleteConfluentVersion("origin", 1);
    assertThatThrownBy(
            () ->
                decoder(AvroFraming.CONFLUENT)
                    .decode("documents", null, null, referencingValue(id, "doc-1", "jane.doe")))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .hasMessageContaining("references a schema the registry does not know")
        .hasMessageNotContaining("jane.doe");
    // A referenced schema that does not define the named type leaves the schema unparsable.
    int broken =
        registry.registerConfluent(
            "broken-value",
            EVENT,
            List.of(new ConfluentSchemas.Reference("acme.Origin", "operation", 1)));
    assertThatThrownBy(
            () ->
                decoder(AvroFraming.CONFLUENT)
                    .decode("documents", null, null, referencingValue(broken, "doc-1", "a")))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .hasMessageContaining("not a valid Avro schema");
  }

  @Test
  void aRegistryOutageWhileResolvingReferencesIsTransient() {
    int id = registerWithReferences(registry);
    FlakyConfluent flaky = new FlakyConfluent(registry);
    EventDecoder decoder =
        new EventDecoder(
            new GuardedRegistry(registry, new RegistryStatus(), Duration.ofSeconds(2)),
            flaky,
            AvroFraming.CONFLUENT);
    byte[] value = referencingValue(id, "doc-1", "Hello.");
    flaky.referencesDown = true;
    assertThatThrownBy(() -> decoder.decode("documents", null, null, value))
        .isInstanceOf(RegistryUnavailableException.class);
    flaky.referencesDown = false;
    assertThat(decoder.decode("documents", null, null, value).content()).isEqualTo("Hello.");
  }

  /** The in-memory registry's Confluent API, down (connection refused) while {@link #down}. */
  static final class FlakyConfluent implements ConfluentSchemas {
    final ConfluentSchemas delegate;
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean down;
    volatile boolean referencesDown;

    FlakyConfluent(ConfluentSchemas delegate) {
      this.delegate = delegate;
    }

    @Override
    public RegisteredSchema schemaById(int id) {
      calls.incrementAndGet();
      if (down) {
        throw new UncheckedIOException(new ConnectException("Connection refused"));
      }
      return delegate.schemaById(id);
    }

    @Override
    public RegisteredSchema schemaByVersion(String subject, int version) {
      calls.incrementAndGet();
      if (down || referencesDown) {
        throw new UncheckedIOException(new ConnectException("Connection refused"));
      }
      return delegate.schemaByVersion(subject, version);
    }
  }
}
