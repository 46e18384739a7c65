package dev.indexer.api;

import static io.qdrant.client.PointIdFactory.id;
import static io.qdrant.client.ValueFactory.value;
import static io.qdrant.client.VectorsFactory.vectors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.auth.Caller;
import dev.indexer.pii.Operator;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Points.PointStruct;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The query is redacted like documents before it is embedded: the address never reaches the
 * embedder, and a query for it finds the chunk where the indexer replaced it the same way.
 */
class SearchRedactionTest {

  static final String ADDRESS = "jane.roe@example.com";

  @Test
  void aQueryForAnAddressFindsItsPseudonymAndTheEmbedderNeverSeesIt() throws Exception {
    PiiRedactor redactor =
        PolicyPiiRedactor.of(
            PiiPolicy.builder()
                .operator(PiiType.EMAIL, Operator.HMAC)
                .hmacKey("0123456789abcdef-key")
                .build());
    List<String> seen = new ArrayList<>();
    HashEmbedder hash = new HashEmbedder(16, 256);
    dev.indexer.embed.Embedder recording =
        new dev.indexer.testkit.ForwardingEmbedder(hash) {
          @Override
          public List<float[]> embed(List<String> texts) {
            seen.addAll(texts);
            return hash.embed(texts);
          }
        };
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      CollectionManager collections =
          new CollectionManager(client, CrossTenantSearchTest.config("redaction"), hash);
      collections.ensureCollection();
      // What the indexer stores in tenant acme for "jane.roe@example.com" and for another address.
      String pseudonym = redactor.forTenant("acme").redact(ADDRESS).text();
      String other = redactor.forTenant("acme").redact("john.doe@example.com").text();
      assertThat(pseudonym).doesNotContain(ADDRESS).isNotEqualTo(other);
      client
          .upsertAsync(
              collections.alias(), List.of(point(1, pseudonym, hash), point(2, other, hash)))
          .get();

      SearchResource search = SearchResources.of(recording, redactor, client, collections);
      List<SearchHit> hits = search.search(Caller.ofTenant("u", "acme"), ADDRESS, 1, null);

      assertThat(hits).extracting(SearchHit::text).containsExactly(pseudonym);
      assertThat(seen).containsExactly(pseudonym).noneMatch(t -> t.contains(ADDRESS));
    }
  }

  private static PointStruct point(long id, String text, HashEmbedder embedder) {
    return PointStruct.newBuilder()
        .setId(id(id))
        .setVectors(vectors(embedder.embed(List.of(text)).get(0)))
        .putPayload(PayloadFields.TENANT, value("acme"))
        .putPayload(PayloadFields.TEXT, value(text))
        .build();
  }
}
