package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.event.avro.DocumentChangeEvent;
import dev.indexer.event.avro.DocumentKey;
import dev.indexer.event.avro.Operation;
import dev.indexer.testkit.registry.AvroSerdes;
import dev.indexer.testkit.registry.InMemoryRegistry;
import dev.indexer.testkit.registry.RegistryProblem;
import io.apicurio.registry.resolver.client.RegistryArtifactReference;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys and values of the documents topic through the real Apicurio 3.1 Avro serdes, backed by the
 * in-memory registry.
 */
class AvroSerdesRoundTripTest {

  private static final String TOPIC = "documents";

  private InMemoryRegistry registry;
  private Serde<DocumentKey> keySerde;
  private Serde<DocumentChangeEvent> valueSerde;

  @BeforeEach
  void serdes() {
    registry = new InMemoryRegistry();
    keySerde = AvroSerdes.serde(registry, true);
    valueSerde = AvroSerdes.serde(registry, false);
  }

  @Test
  void upsertWithEveryFieldRoundTrips() {
    DocumentKey key = new DocumentKey("acme", "doc-42");
    DocumentChangeEvent event = upsert();

    assertThat(roundTrip(keySerde, key)).isEqualTo(key);
    assertThat(roundTrip(valueSerde, event)).isEqualTo(event);
    // The same through the header-aware methods Kafka clients call.
    assertThat(roundTripWithHeaders(valueSerde, event)).isEqualTo(event);
    DocumentChangeEvent decoded = roundTrip(valueSerde, event);
    assertThat(decoded.getMetadata())
        .containsExactlyInAnyOrderEntriesOf(Map.of("team", "docs", "lang", "en"));
    assertThat(decoded.getEventTime()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123Z"));
    assertThat(decoded.getOperation()).isEqualTo(Operation.UPSERT);
  }

  @Test
  void upsertWithNullOptionalFieldsRoundTrips() {
    DocumentChangeEvent sparse =
        DocumentChangeEvent.newBuilder()
            .setEventId("evt-2")
            .setDocumentId("doc-43")
            .setTenant("acme")
            .setOperation(Operation.UPSERT)
            .setVersion(null)
            .setEventTime(Instant.ofEpochMilli(1_700_000_000_000L))
            .setTitle(null)
            .setContent("plain text")
            .setSourceUri(null)
            .build(); // contentType and metadata from their defaults

    DocumentChangeEvent decoded = roundTrip(valueSerde, sparse);

    assertThat(decoded).isEqualTo(sparse);
    assertThat(decoded.getVersion()).isNull();
    assertThat(decoded.getTitle()).isNull();
    assertThat(decoded.getSourceUri()).isNull();
    assertThat(decoded.getContentType()).isEqualTo("text/plain");
    assertThat(decoded.getMetadata()).isEmpty();
  }

  @Test
  void deleteRoundTrips() {
    DocumentChangeEvent delete =
        DocumentChangeEvent.newBuilder()
            .setEventId("evt-3")
            .setDocumentId("doc-42")
            .setTenant("acme")
            .setOperation(Operation.DELETE)
            .setVersion(8L)
            .setEventTime(Instant.parse("2025-03-02T00:00:00Z"))
            .build();

    DocumentChangeEvent decoded = roundTrip(valueSerde, delete);

    assertThat(decoded).isEqualTo(delete);
    assertThat(decoded.getOperation()).isEqualTo(Operation.DELETE);
    assertThat(decoded.getContent()).isNull();
  }

  @Test
  void tombstoneStaysNull() {
    assertThat(valueSerde.serializer().serialize(TOPIC, null)).isNull();
    assertThat(valueSerde.serializer().serialize(TOPIC, new RecordHeaders(), null)).isNull();
    assertThat(valueSerde.deserializer().deserialize(TOPIC, null)).isNull();
    assertThat(valueSerde.deserializer().deserialize(TOPIC, new RecordHeaders(), (byte[]) null))
        .isNull();
  }

  @Test
  void wireFormatIsMagicByteThenContentIdWithReferencesInTheRegistry() {
    byte[] bytes = valueSerde.serializer().serialize(TOPIC, upsert());

    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    assertThat(buffer.get()).as("magic byte").isZero();
    long contentId = buffer.getInt();

    // The registry holds the value schema under <topic>-value and the nested enum as its own
    // artifact, referenced by name.
    assertThat(registry.artifactIds(null))
        .contains("documents-value", "dev.indexer.event.avro.Operation");
    List<RegistryArtifactReference> references = registry.getReferencesByContentId(contentId);
    assertThat(references)
        .extracting(RegistryArtifactReference::getName)
        .containsExactly("dev.indexer.event.avro.Operation");
    assertThat(registry.getSchemaByContentId(contentId)).doesNotContain("\"symbols\"");
    assertThat(SchemaNormalization.parsingFingerprint64(registry.avroSchemaByContentId(contentId)))
        .isEqualTo(SchemaNormalization.parsingFingerprint64(DocumentChangeEvent.getClassSchema()));
    assertThat(
            registry.getSchemaByGlobalId(
                registry.getVersionCoordinatesByGAV(null, "documents-value", null).getGlobalId(),
                true))
        .contains("\"symbols\"");
  }

  @Test
  void aFreshDeserializerResolvesTheSchemaAndItsReferencesFromTheRegistry() {
    byte[] bytes = valueSerde.serializer().serialize(TOPIC, upsert());
    Deserializer<DocumentChangeEvent> fresh = AvroSerdes.deserializer(registry, false);
    assertThat(fresh.deserialize(TOPIC, bytes)).isEqualTo(upsert());
  }

  @Test
  void decodingAnIdTheRegistryDoesNotKnowFailsPermanently() {
    byte[] bytes = valueSerde.serializer().serialize(TOPIC, upsert());
    Deserializer<DocumentChangeEvent> elsewhere =
        AvroSerdes.deserializer(new InMemoryRegistry(), false);

    assertThatThrownBy(() -> elsewhere.deserialize(TOPIC, bytes))
        .isInstanceOf(RuntimeException.class)
        .satisfies(
            e ->
                assertThat(rootCause(e))
                    .isInstanceOf(RegistryProblem.class)
                    .satisfies(
                        p ->
                            assertThat(((RegistryProblem) p).getResponseStatusCode())
                                .isEqualTo(404)));
  }

  @Test
  void garbageIsRejected() {
    assertThatThrownBy(() -> valueSerde.deserializer().deserialize(TOPIC, new byte[] {1, 2, 3}))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void serializerWithoutAutoRegisterFindsTheRegisteredSchemaByContent() {
    byte[] registered = valueSerde.serializer().serialize(TOPIC, upsert());
    Serializer<DocumentChangeEvent> lookupOnly =
        AvroSerdes.serializer(
            registry, false, Map.of(SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, false));

    byte[] bytes = lookupOnly.serialize(TOPIC, upsert());

    assertThat(bytes).isEqualTo(registered);
    Serializer<DocumentChangeEvent> unregistered =
        AvroSerdes.serializer(
            new InMemoryRegistry(),
            false,
            Map.of(SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, false));
    assertThatThrownBy(() -> unregistered.serialize(TOPIC, upsert()))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void concurrentSerdesAgreeOnOneContentId() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(
            () -> {
              Serializer<DocumentChangeEvent> serializer = AvroSerdes.serializer(registry, false);
              return ByteBuffer.wrap(serializer.serialize(TOPIC, upsert())).position(1).getInt();
            });
      }
      Map<Integer, Integer> ids = new HashMap<>();
      for (Future<Integer> id : pool.invokeAll(tasks)) {
        ids.merge(id.get(), 1, Integer::sum);
      }
      assertThat(ids).hasSize(1);
      assertThat(registry.versions(null, "documents-value")).containsExactly("1");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void serdeIgnoresReconfiguration() {
    valueSerde.configure(Map.of("apicurio.registry.url", "http://nowhere.invalid"), false);
    assertThat(roundTrip(valueSerde, upsert())).isEqualTo(upsert());
  }

  private static DocumentChangeEvent upsert() {
    return DocumentChangeEvent.newBuilder()
        .setEventId("evt-1")
        .setDocumentId("doc-42")
        .setTenant("acme")
        .setOperation(Operation.UPSERT)
        .setVersion(7L)
        .setEventTime(Instant.parse("2025-03-01T10:15:30.123Z"))
        .setTitle("Release notes")
        .setContent("# Heading\n\nSome text with ünïcödé.")
        .setContentType("text/markdown")
        .setSourceUri("https://wiki.example.com/doc-42")
        .setMetadata(Map.of("team", "docs", "lang", "en"))
        .build();
  }

  private static <T> T roundTrip(Serde<T> serde, T value) {
    byte[] bytes = serde.serializer().serialize(TOPIC, value);
    assertThat(bytes).isNotNull();
    return serde.deserializer().deserialize(TOPIC, bytes);
  }

  private static <T> T roundTripWithHeaders(Serde<T> serde, T value) {
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serde.serializer().serialize(TOPIC, headers, value);
    return serde.deserializer().deserialize(TOPIC, headers, bytes);
  }

  private static Throwable rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
