package dev.indexer.testkit.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QueryFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.SearchParams;
import io.qdrant.client.grpc.Points.SearchPoints;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The test hook that makes index searches miss points: Search and Query without {@code exact} leave
 * them out, with {@code exact=true} they find them; an empty set ends it.
 */
class MissByIndexTest {

  @Test
  void indexSearchesMissThePointsExactSearchesFindThem() throws Exception {
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      client
          .createCollectionAsync(
              "c", VectorParams.newBuilder().setSize(2).setDistance(Distance.Cosine).build())
          .get();
      client
          .upsertAsync(
              "c",
              List.of(point(1, 1f, 0f), point(2, 1f, 0.1f), point(3, 1f, 0.5f), point(4, 0f, 1f)))
          .get();
      qdrant.missByIndex(Set.of("1", "3"));

      assertThat(search(client, false)).containsExactly("2", "4");
      assertThat(search(client, true)).containsExactly("1", "2", "3", "4");
      assertThat(query(client, false)).containsExactly("2", "4");
      assertThat(query(client, true)).containsExactly("1", "2", "3", "4");

      qdrant.missByIndex(Set.of());
      assertThat(search(client, false)).containsExactly("1", "2", "3", "4");
    }
  }

  private static List<String> search(QdrantClient client, boolean exact) throws Exception {
    SearchPoints.Builder r =
        SearchPoints.newBuilder().setCollectionName("c").setLimit(10).addVector(1f).addVector(0f);
    if (exact) {
      r.setParams(SearchParams.newBuilder().setExact(true));
    }
    return ids(client.searchAsync(r.build()).get());
  }

  private static List<String> query(QdrantClient client, boolean exact) throws Exception {
    QueryPoints.Builder r =
        QueryPoints.newBuilder()
            .setCollectionName("c")
            .setLimit(10)
            .setQuery(QueryFactory.nearest(1f, 0f));
    if (exact) {
      r.setParams(SearchParams.newBuilder().setExact(true));
    }
    return ids(client.queryAsync(r.build()).get());
  }

  private static List<String> ids(List<ScoredPoint> hits) {
    return hits.stream().map(h -> Long.toString(h.getId().getNum())).toList();
  }

  private static PointStruct point(long id, float x, float y) {
    return PointStruct.newBuilder()
        .setId(PointIdFactory.id(id))
        .setVectors(VectorsFactory.vectors(x, y))
        .build();
  }
}
