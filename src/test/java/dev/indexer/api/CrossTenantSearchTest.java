package dev.indexer.api;

import static io.qdrant.client.PointIdFactory.id;
import static io.qdrant.client.ValueFactory.value;
import static io.qdrant.client.VectorsFactory.vectors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.auth.Caller;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.qdrant.QdrantConfig;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Points.PointStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of search under load: two tenants with 500 documents each, the same texts in
 * both (so any query without the tenant filter finds both tenants' chunks), 1,000 random queries
 * per tenant: no hit of the other tenant. A deterministic hash embedder stands in for the model.
 */
class CrossTenantSearchTest {

  static final int DOCUMENTS = 500;
  static final int QUERIES = 1000;
  static final List<String> TENANTS = List.of("tenant-a", "tenant-b");

  @Test
  void noQueryOfOneTenantFindsAnotherTenantsChunk() throws Exception {
    Random random = new Random(16);
    List<String> words = vocabulary(random);
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      HashEmbedder embedder = new HashEmbedder(32, 256);
      CollectionManager collections =
          new CollectionManager(client, config("cross_tenant"), embedder);
      collections.ensureCollection();
      List<PointStruct> points = new ArrayList<>();
      for (int d = 0; d < DOCUMENTS; d++) {
        String text = sentence(random, words, 8 + random.nextInt(20));
        float[] vector = embedder.embed(List.of(text)).get(0);
        for (int t = 0; t < TENANTS.size(); t++) {
          points.add(
              PointStruct.newBuilder()
                  .setId(id(d * TENANTS.size() + t + 1L))
                  .setVectors(vectors(vector))
                  .putPayload(PayloadFields.TENANT, value(TENANTS.get(t)))
                  .putPayload(PayloadFields.DOCUMENT_ID, value("doc-" + d))
                  .putPayload(PayloadFields.TEXT, value(text))
                  .build());
        }
      }
      client.upsertAsync(collections.alias(), points).get();
      SearchResource search = SearchResources.of(embedder, client, collections);

      int queries = 0;
      long hits = 0;
      long crossTenantHits = 0;
      for (String tenant : TENANTS) {
        Caller caller = Caller.ofTenant("user-of-" + tenant, tenant);
        for (int q = 0; q < QUERIES; q++) {
          List<SearchHit> found =
              search.search(
                  caller,
                  sentence(random, words, 1 + random.nextInt(6)),
                  1 + random.nextInt(20),
                  null);
          queries++;
          hits += found.size();
          crossTenantHits += found.stream().filter(h -> !tenant.equals(h.tenant())).count();
        }
      }
      // Without the tenant filter the same data answers with both tenants: the test can fail.
      Set<String> adminTenants = new TreeSet<>();
      for (int q = 0; q < 20; q++) {
        search
            .search(Caller.admin("ops"), sentence(random, words, 3), 10, null)
            .forEach(h -> adminTenants.add(h.tenant()));
      }
      System.out.printf(
          "cross-tenant search: %d documents, %d queries, %d hits, %d of another tenant%n",
          points.size(), queries, hits, crossTenantHits);
      assertThat(queries).isEqualTo(TENANTS.size() * QUERIES);
      assertThat(hits).isGreaterThan(queries);
      assertThat(crossTenantHits).isZero();
      assertThat(adminTenants).containsExactlyElementsOf(TENANTS);
    }
  }

  private static List<String> vocabulary(Random random) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder w = new StringBuilder();
      for (int c = 0; c < 3 + random.nextInt(6); c++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words.add(w.toString());
    }
    return words;
  }

  private static String sentence(Random random, List<String> words, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    return s.toString();
  }

  /** Qdrant settings with their defaults and the given collection alias. */
  static QdrantConfig config(String collection) {
    return dev.indexer.testkit.QdrantConfigs.withAlias(collection);
  }
}
