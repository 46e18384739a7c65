package dev.indexer.event.debezium;

import static dev.indexer.event.debezium.Envelopes.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentChange.Operation;
import dev.indexer.event.DocumentRef;
import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebeziumDecoderTest {

  static DebeziumMapping mapping(VersionSource version) {
    return new DebeziumMapping(
        "id",
        Optional.of("tenant"),
        Optional.empty(),
        Optional.of("title"),
        "body",
        Optional.of("content_type"),
        "text/plain",
        Optional.of("url"),
        List.of("lang"),
        version,
        version == VersionSource.COLUMN ? Optional.of("views") : Optional.empty());
  }

  static Map<String, Object> doc(int id, String body, int views) {
    return row(
        "id",
        id,
        "tenant",
        "acme",
        "title",
        "T" + id,
        "body",
        body,
        "content_type",
        "text/markdown",
        "url",
        "https://x/" + id,
        "lang",
        "en",
        "views",
        views);
  }

  private final DebeziumDecoder decoder = new DebeziumDecoder(mapping(VersionSource.LSN));

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aCreateMapsTheColumnsWithOrWithoutSchemas(boolean withSchema) {
    Envelopes e = new Envelopes(withSchema);
    DocumentChange c =
        decoder.decode("documents", null, e.key("acme", 1), e.value("c", null, doc(1, "Hi.", 0)));
    assertThat(c.ref()).isEqualTo(new DocumentRef("acme", "1"));
    assertThat(c.operation()).isEqualTo(Operation.UPSERT);
    assertThat(c.version()).isEqualTo(e.lsn);
    assertThat(c.eventTime()).isEqualTo(Instant.ofEpochMilli(e.tsMs));
    assertThat(c.title()).isEqualTo("T1");
    assertThat(c.content()).isEqualTo("Hi.");
    assertThat(c.contentType()).isEqualTo("text/markdown");
    assertThat(c.sourceUri()).isEqualTo("https://x/1");
    assertThat(c.metadata()).containsExactly(Map.entry("lang", "en"));
  }

  @Test
  void snapshotReadsAndUpdatesAreUpsertsDeletesAndTombstonesDelete() {
    Envelopes e = new Envelopes(true);
    assertThat(decoder.decode("t", null, e.key("acme", 1), e.value("r", null, doc(1, "a", 0))))
        .extracting(DocumentChange::operation)
        .isEqualTo(Operation.UPSERT);
    DocumentChange update =
        decoder.decode("t", null, e.key("acme", 1), e.value("u", null, doc(1, "b", 0)));
    assertThat(update.content()).isEqualTo("b");
    DocumentChange delete =
        decoder.decode("t", null, e.key("acme", 1), e.value("d", doc(1, "b", 0), null));
    assertThat(delete.operation()).isEqualTo(Operation.DELETE);
    assertThat(delete.version()).isEqualTo(e.lsn);
    // The default replica identity: the row before a delete holds the primary key only.
    DocumentChange keyOnly =
        decoder.decode(
            "t", null, e.key("acme", 2), e.value("d", row("id", 2, "tenant", "acme"), null));
    assertThat(keyOnly.ref()).isEqualTo(new DocumentRef("acme", "2"));
    DocumentChange tombstone = decoder.decode("t", null, e.key("acme", 1), null);
    assertThat(tombstone.operation()).isEqualTo(Operation.DELETE);
    assertThat(tombstone.ref()).isEqualTo(new DocumentRef("acme", "1"));
  }

  @Test
  void anUpdateOfUnmappedColumnsOnlyIsAnUpsertThatSaysSo() {
    Envelopes e = new Envelopes(false);
    DocumentChange unmapped =
        decoder.decode("t", null, e.key("acme", 1), e.value("u", doc(1, "a", 1), doc(1, "a", 2)));
    assertThat(unmapped.operation()).isEqualTo(Operation.UPSERT);
    assertThat(unmapped.fieldsUnchanged()).isTrue();
    assertThat(unmapped.version()).isEqualTo(e.lsn);
    assertThat(unmapped.content()).isEqualTo("a");
    // Without the row before (PostgreSQL's default replica identity) it cannot be told apart.
    assertThat(decoder.decode("t", null, e.key("acme", 1), e.value("u", null, doc(1, "a", 2))))
        .extracting(DocumentChange::fieldsUnchanged)
        .isEqualTo(false);
    // A mapped column that changed makes it a change.
    assertThat(
            decoder.decode(
                "t", null, e.key("acme", 1), e.value("u", doc(1, "a", 1), doc(1, "b", 1))))
        .extracting(DocumentChange::fieldsUnchanged)
        .isEqualTo(false);
  }

  @Test
  void theVersionComesFromWhereTheMappingSays() {
    Envelopes e = new Envelopes(false);
    byte[] value = e.value("u", null, doc(1, "a", 42));
    assertThat(new DebeziumDecoder(mapping(VersionSource.TS_MS)).decode("t", null, null, value))
        .extracting(DocumentChange::version)
        .isEqualTo(e.tsMs);
    assertThat(new DebeziumDecoder(mapping(VersionSource.COLUMN)).decode("t", null, null, value))
        .extracting(DocumentChange::version)
        .isEqualTo(42L);
    assertThat(new DebeziumDecoder(mapping(VersionSource.NONE)).decode("t", null, null, value))
        .extracting(DocumentChange::version)
        .isNull();
  }

  @Test
  void badEnvelopesAreRejectedWithTheirReasonNeverQuotingData() {
    Envelopes e = new Envelopes(false);
    assertThat(reason(e.key("acme", 1), "jane.doe@example.com is not json"))
        .isEqualTo(Reason.UNDECODABLE);
    assertThat(reason(e.key("acme", 1), "{\"op\":\"t\",\"before\":null,\"after\":null}"))
        .isEqualTo(Reason.UNKNOWN_OPERATION);
    assertThat(reason(e.key("acme", 1), "{\"op\":\"c\",\"after\":null}"))
        .isEqualTo(Reason.UNDECODABLE);
    assertThat(
            reason(
                e.key("acme", 2),
                new String(e.value("c", null, doc(1, "a", 0)), StandardCharsets.UTF_8)))
        .isEqualTo(Reason.KEY_MISMATCH);
    Map<String, Object> noTenant = doc(1, "a", 0);
    noTenant.put("tenant", null);
    assertThat(reason(null, new String(e.value("c", null, noTenant), StandardCharsets.UTF_8)))
        .isEqualTo(Reason.MISSING_TENANT);
    assertThatThrownBy(() -> decoder.decode("t", null, null, "jane.doe@example.com".getBytes()))
        .hasMessageNotContaining("jane.doe");
  }

  @Test
  void aMappingWithoutATenantOrAVersionColumnNamesTheProperty() {
    assertThatThrownBy(
            () ->
                new DebeziumMapping(
                    "id",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "body",
                    Optional.empty(),
                    "text/plain",
                    Optional.empty(),
                    List.of(),
                    VersionSource.LSN,
                    Optional.empty()))
        .hasMessageContaining("indexer.debezium.tenant");
    assertThatThrownBy(
            () ->
                new DebeziumMapping(
                    "id",
                    Optional.empty(),
                    Optional.of("acme"),
                    Optional.empty(),
                    "body",
                    Optional.empty(),
                    "text/plain",
                    Optional.empty(),
                    List.of(),
                    VersionSource.COLUMN,
                    Optional.empty()))
        .hasMessageContaining("indexer.debezium.columns.version");
  }

  private Reason reason(byte[] key, String value) {
    try {
      decoder.decode("t", null, key, value.getBytes(StandardCharsets.UTF_8));
    } catch (InvalidEventException e) {
      return e.reason();
    }
    throw new AssertionError("not rejected");
  }
}
