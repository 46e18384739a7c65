package dev.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.auth.Caller;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentRef;
import dev.indexer.pii.Operator;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pipeline.DocumentIndexer;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.TokenChunker;
import io.qdrant.client.QdrantClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pseudonyms are scoped to a tenant from indexing to search: the same address in two tenants is
 * stored as two pseudonyms, and each tenant's query for the address finds its own document.
 */
class PerTenantPseudonymSearchTest {

  static final String ADDRESS = "jane.roe@example.com";

  final PolicyPiiRedactor redactor =
      PolicyPiiRedactor.of(
          PiiPolicy.builder()
              .operator(PiiType.EMAIL, Operator.HMAC)
              .hmacKey("0123456789abcdef-key")
              .build());

  @Test
  void theSameAddressInTwoTenantsIsTwoPseudonymsAndEachTenantFindsItsOwn() throws Exception {
    HashEmbedder embedder = new HashEmbedder(16, 256);
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      CollectionManager collections =
          new CollectionManager(
              client, CrossTenantSearchTest.config("tenant_pseudonyms"), embedder);
      collections.ensureCollection();
      PointWriter writer = new PointWriter(client, collections.alias());
      DocumentIndexer indexer =
          new DocumentIndexer(
              new MarkupNormaliser(),
              redactor,
              new TokenChunker(HashEmbedder.WORDS, 64, 48, 0),
              embedder,
              writer,
              Clock.systemUTC());
      for (String tenant : List.of("acme", "globex")) {
        DocumentIndexer.Prepared prepared = indexer.prepare(change(tenant), null, 0);
        assertThat(prepared.manifest().policyVersion())
            .isEqualTo(redactor.forTenant(tenant).policyVersion());
        writer.write(List.of(prepared.write()));
      }

      SearchResource search = SearchResources.of(embedder, redactor, client, collections);
      SearchHit acme = search.search(Caller.ofTenant("u", "acme"), ADDRESS, 1, null).get(0);
      SearchHit globex = search.search(Caller.ofTenant("v", "globex"), ADDRESS, 1, null).get(0);

      assertThat(acme.text())
          .isEqualTo(redactor.forTenant("acme").redact(ADDRESS).text())
          .doesNotContain(ADDRESS);
      assertThat(globex.text()).isEqualTo(redactor.forTenant("globex").redact(ADDRESS).text());
      assertThat(acme.text()).as("two tenants, two pseudonyms").isNotEqualTo(globex.text());
      assertThat(acme.text())
          .as("not the unscoped pseudonym")
          .isNotEqualTo(redactor.redact(ADDRESS).text());
      assertThat(acme.documentId()).isEqualTo("doc-acme");
      assertThat(globex.documentId()).isEqualTo("doc-globex");
      assertThat(acme.score()).isGreaterThan(0.99f);
      assertThat(globex.score()).isGreaterThan(0.99f);
    }
  }

  private static DocumentChange change(String tenant) {
    return new DocumentChange(
        new DocumentRef(tenant, "doc-" + tenant),
        DocumentChange.Operation.UPSERT,
        "e-" + tenant,
        1L,
        Instant.parse("2026-01-01T00:00:00Z"),
        null,
        ADDRESS,
        "text/plain",
        null,
        Map.of());
  }
}
