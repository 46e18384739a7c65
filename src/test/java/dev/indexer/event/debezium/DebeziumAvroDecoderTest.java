package dev.indexer.event.debezium;

import static dev.indexer.event.debezium.DebeziumDecoderTest.doc;
import static dev.indexer.event.debezium.DebeziumDecoderTest.mapping;
import static dev.indexer.event.debezium.Envelopes.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.event.AvroFraming;
import dev.indexer.event.AvroRecords;
import dev.indexer.event.ConfluentSchemas;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentChange.Operation;
import dev.indexer.event.DocumentRef;
import dev.indexer.event.GuardedRegistry;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import dev.indexer.event.RegistryStatus;
import dev.indexer.event.RegistryUnavailableException;
import dev.indexer.event.debezium.AvroEnvelopes.Framing;
import dev.indexer.testkit.registry.InMemoryRegistry;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Debezium change events written by Debezium's Avro converter (envelope, row and key as Avro
 * records), in the Confluent and the Apicurio framing, decode to exactly the changes their JSON
 * form decodes to: one mapping for both.
 */
class DebeziumAvroDecoderTest {

  final InMemoryRegistry registry = new InMemoryRegistry();

  DebeziumDecoder decoder(Framing framing, VersionSource version) {
    return decoder(framing, mapping(version));
  }

  DebeziumDecoder decoder(Framing framing, DebeziumMapping mapping) {
    return new DebeziumDecoder(
        mapping,
        new AvroRecords(
            registry,
            registry,
            framing == Framing.CONFLUENT ? AvroFraming.CONFLUENT : AvroFraming.APICURIO));
  }

  /** The same changes in both forms, with the same LSNs and commit times. */
  static List<Object[]> changes() {
    List<Object[]> all = new ArrayList<>();
    all.add(new Object[] {"r", null, doc(1, "Snapshot.", 0)});
    all.add(new Object[] {"c", null, doc(2, "Created.", 3)});
    all.add(new Object[] {"u", null, doc(1, "Updated without the row before.", 4)});
    all.add(new Object[] {"u", doc(1, "a", 4), doc(1, "Updated with the row before.", 4)});
    all.add(new Object[] {"u", doc(1, "a", 4), doc(1, "a", 5)}); // only an unmapped column
    all.add(new Object[] {"d", doc(2, "Created.", 3), null});
    all.add(new Object[] {"d", row("id", 1, "tenant", "acme"), null}); // key-only row before
    return all;
  }

  @ParameterizedTest
  @EnumSource(Framing.class)
  void avroEnvelopesDecodeExactlyLikeTheirJsonForm(Framing framing) {
    for (VersionSource version : VersionSource.values()) {
      AvroEnvelopes avro = new AvroEnvelopes(registry, framing);
      Envelopes json = new Envelopes(false);
      DebeziumDecoder decoder = decoder(framing, version);
      for (Object[] c : changes()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) c[1];
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) c[2];
        int id = (Integer) (after != null ? after : before).get("id");
        DocumentChange fromAvro =
            decoder.decode(
                AvroEnvelopes.TOPIC,
                null,
                avro.key("acme", id),
                avro.value((String) c[0], before, after));
        DocumentChange fromJson =
            decoder.decode(
                "t", null, json.key("acme", id), json.value((String) c[0], before, after));
        assertThat(fromAvro).as("op %s, version from %s", c[0], version).isEqualTo(fromJson);
      }
      DocumentChange tombstone =
          decoder.decode(AvroEnvelopes.TOPIC, null, avro.key("acme", 7), null);
      assertThat(tombstone).isEqualTo(DocumentChange.tombstone(new DocumentRef("acme", "7")));
    }
  }

  @ParameterizedTest
  @EnumSource(Framing.class)
  void theColumnsMapAsTheyDoInJson(Framing framing) {
    AvroEnvelopes avro = new AvroEnvelopes(registry, framing);
    DocumentChange c =
        decoder(framing, VersionSource.LSN)
            .decode(
                AvroEnvelopes.TOPIC,
                null,
                avro.key("acme", 1),
                avro.value("c", null, doc(1, "Hi.", 0)));
    assertThat(c.ref()).isEqualTo(new DocumentRef("acme", "1"));
    assertThat(c.operation()).isEqualTo(Operation.UPSERT);
    assertThat(c.version()).isEqualTo(avro.lsn);
    assertThat(c.eventId()).isEqualTo("lsn:" + avro.lsn);
    assertThat(c.title()).isEqualTo("T1");
    assertThat(c.content()).isEqualTo("Hi.");
    assertThat(c.contentType()).isEqualTo("text/markdown");
    assertThat(c.sourceUri()).isEqualTo("https://x/1");
    assertThat(c.metadata()).containsExactly(Map.entry("lang", "en"));
  }

  @Test
  void aColumnAddedToTheTableIsReadUnderItsNewSchemaId() {
    AvroEnvelopes avro = new AvroEnvelopes(registry, Framing.CONFLUENT);
    DebeziumDecoder decoder = decoder(Framing.CONFLUENT, VersionSource.LSN);
    decoder.decode(
        AvroEnvelopes.TOPIC, null, avro.key("acme", 1), avro.value("c", null, doc(1, "a", 0)));
    int before = avro.lastValueId;
    // ALTER TABLE documents ADD COLUMN summary text: Debezium registers a new writer schema.
    avro.columns.put("summary", "string");
    Map<String, Object> withSummary = doc(1, "b", 0);
    withSummary.put("summary", "short");
    DocumentChange c =
        decoder.decode(
            AvroEnvelopes.TOPIC,
            null,
            avro.key("acme", 1),
            avro.value("u", doc(1, "a", 0), withSummary));
    assertThat(avro.lastValueId).isNotEqualTo(before);
    assertThat(c.content()).isEqualTo("b");
    assertThat(c.metadata()).doesNotContainKey("summary");
  }

  static DebeziumMapping versionColumn(String column, List<String> metadata) {
    DebeziumMapping m = mapping(VersionSource.COLUMN);
    return new DebeziumMapping(
        m.documentIdColumn(),
        m.tenantColumn(),
        m.tenant(),
        m.titleColumn(),
        m.contentColumn(),
        m.contentTypeColumn(),
        m.contentType(),
        m.sourceUriColumn(),
        metadata,
        VersionSource.COLUMN,
        Optional.of(column));
  }

  @ParameterizedTest
  @EnumSource(Framing.class)
  void debeziumsLogicalTypesOfAVersionColumnAreWholeNumbers(Framing framing) {
    AvroEnvelopes avro = new AvroEnvelopes(registry, framing);
    avro.columns.put("updated_at", "timestamp");
    avro.columns.put("changed_us", "micro-timestamp");
    avro.columns.put("revision", "decimal:0");
    avro.columns.put("price", "decimal:2");
    avro.columns.put("serial", "variable-decimal");
    Map<String, Object> row = doc(1, "a", 0);
    row.put("updated_at", 1_767_225_600_123L);
    row.put("changed_us", 1_767_225_600_123_456L);
    row.put("revision", new BigDecimal("90071992547409930"));
    row.put("price", new BigDecimal("12.50"));
    row.put("serial", new BigDecimal("4711"));
    byte[] key = avro.key("acme", 1);
    byte[] value = avro.value("u", null, row);
    assertThat(version(framing, "updated_at", key, value)).isEqualTo(1_767_225_600_123L);
    assertThat(version(framing, "changed_us", key, value)).isEqualTo(1_767_225_600_123_456L);
    assertThat(version(framing, "revision", key, value)).isEqualTo(90_071_992_547_409_930L);
    assertThat(version(framing, "serial", key, value)).isEqualTo(4711L);
    // A decimal with a fraction is no whole number: rejected, the value not quoted.
    assertThatThrownBy(() -> version(framing, "price", key, value))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .hasMessageContaining("not a whole number")
        .hasMessageNotContaining("12");
    // Decimals in the metadata read as their plain number, timestamps as the number Debezium sent.
    DocumentChange c =
        decoder(framing, versionColumn("views", List.of("price", "updated_at", "serial")))
            .decode(AvroEnvelopes.TOPIC, null, key, value);
    assertThat(c.metadata())
        .containsEntry("price", "12.50")
        .containsEntry("updated_at", "1767225600123")
        .containsEntry("serial", "4711");
  }

  @Test
  void aVariableScaleDecimalOfAHugeExponentIsUndecodableNotWrittenOut() {
    AvroEnvelopes avro = new AvroEnvelopes(registry, Framing.CONFLUENT);
    avro.columns.put("serial", "variable-decimal");
    Map<String, Object> row = doc(1, "a", 0);
    // 1E+2000000000: sixteen bytes on the wire, two billion digits written out.
    row.put("serial", new BigDecimal(java.math.BigInteger.ONE, -2_000_000_000));
    byte[] key = avro.key("acme", 1);
    byte[] value = avro.value("u", null, row);
    assertThatThrownBy(
            () ->
                decoder(Framing.CONFLUENT, versionColumn("views", List.of("serial")))
                    .decode(AvroEnvelopes.TOPIC, null, key, value))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
  }

  @Test
  void aVariableScaleDecimalWithoutDigitsIsUndecodable() {
    AvroEnvelopes avro = new AvroEnvelopes(registry, Framing.CONFLUENT);
    avro.columns.put("serial", "variable-decimal");
    Map<String, Object> row = doc(1, "a", 0);
    avro.columns.put("revision", "decimal:0");
    row.put("serial", ByteBuffer.allocate(0));
    row.put("revision", ByteBuffer.allocate(0));
    byte[] key = avro.key("acme", 1);
    byte[] value = avro.value("u", null, row);
    for (String column : List.of("serial", "revision")) {
      assertThatThrownBy(() -> version(Framing.CONFLUENT, column, key, value))
          .as(column)
          .isInstanceOfSatisfying(
              InvalidEventException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
    }
  }

  @Test
  void anAvroKeyNamingAnotherRowIsAKeyMismatch() {
    AvroEnvelopes avro = new AvroEnvelopes(registry, Framing.CONFLUENT);
    assertThatThrownBy(
            () ->
                decoder(Framing.CONFLUENT, VersionSource.LSN)
                    .decode(
                        AvroEnvelopes.TOPIC,
                        null,
                        avro.key("acme", 2),
                        avro.value("c", null, doc(1, "a", 0))))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.KEY_MISMATCH));
  }

  private Long version(Framing framing, String column, byte[] key, byte[] value) {
    return decoder(framing, versionColumn(column, List.of()))
        .decode(AvroEnvelopes.TOPIC, null, key, value)
        .version();
  }

  @Test
  void anUnknownSchemaIdIsUndecodableWithItsReason() {
    AvroEnvelopes avro = new AvroEnvelopes(registry, Framing.CONFLUENT);
    byte[] value = avro.value("c", null, doc(1, "jane.doe@example.com", 0));
    ByteBuffer.wrap(value).putInt(1, 4242);
    assertThatThrownBy(
            () ->
                decoder(Framing.CONFLUENT, VersionSource.LSN)
                    .decode(AvroEnvelopes.TOPIC, null, avro.key("acme", 1), value))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .hasMessageContaining("does not know")
        .hasMessageNotContaining("jane.doe");
  }

  @Test
  void aRegistryOutageIsTransient() {
    AvroEnvelopes avro = new AvroEnvelopes(registry, Framing.CONFLUENT);
    byte[] key = avro.key("acme", 1);
    byte[] value = avro.value("c", null, doc(1, "Hello.", 0));
    Down down = new Down(registry);
    GuardedRegistry guard =
        new GuardedRegistry(registry, new RegistryStatus(), Duration.ofSeconds(2));
    DebeziumDecoder decoder =
        new DebeziumDecoder(
            mapping(VersionSource.LSN), new AvroRecords(guard, down, AvroFraming.CONFLUENT));
    down.down = true;
    assertThatThrownBy(() -> decoder.decode(AvroEnvelopes.TOPIC, null, key, value))
        .isInstanceOf(RegistryUnavailableException.class);
    down.down = false;
    assertThat(decoder.decode(AvroEnvelopes.TOPIC, null, key, value).content()).isEqualTo("Hello.");
    guard.close();
  }

  @Test
  void avroWithoutARegistryIsUndecodableNamingTheProperty() {
    AvroEnvelopes avro = new AvroEnvelopes(registry, Framing.APICURIO);
    assertThatThrownBy(
            () ->
                new DebeziumDecoder(mapping(VersionSource.LSN))
                    .decode(
                        AvroEnvelopes.TOPIC,
                        null,
                        avro.key("acme", 1),
                        avro.value("c", null, doc(1, "a", 0))))
        .isInstanceOfSatisfying(
            InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
        .hasMessageContaining("indexer.registry.url");
  }

  /** The registry's Confluent-compatible API, refusing connections while {@link #down}. */
  static final class Down implements ConfluentSchemas {
    final ConfluentSchemas delegate;
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean down;

    Down(ConfluentSchemas delegate) {
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
      if (down) {
        throw new UncheckedIOException(new ConnectException("Connection refused"));
      }
      return delegate.schemaByVersion(subject, version);
    }
  }
}
