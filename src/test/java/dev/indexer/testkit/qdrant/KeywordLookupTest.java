package dev.indexer.testkit.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.PointIdFactory.id;
import static io.qdrant.client.ValueFactory.list;
import static io.qdrant.client.ValueFactory.value;
import static io.qdrant.client.VectorsFactory.vectors;
import static org.assertj.core.api.Assertions.assertThat;

import io.qdrant.client.QdrantClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Keyword indexes only narrow the candidates of a filter: a collection with them answers every
 * filtered read and delete exactly as a twin collection without them.
 */
class KeywordLookupTest {

  private static final String[] VALUES = {"a", "b", "c", "d"};

  @Test
  void indexedAndUnindexedCollectionsAgreeThroughRandomWrites() throws Exception {
    try (QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      VectorParams params = VectorParams.newBuilder().setSize(2).setDistance(Distance.Dot).build();
      client.createCollectionAsync("plain", params).get();
      client.createCollectionAsync("indexed", params).get();
      Random random = new Random(11);
      for (int step = 0; step < 300; step++) {
        if (step == 40) {
          client
              .createPayloadIndexAsync(
                  "indexed", "doc", PayloadSchemaType.Keyword, null, true, null, null)
              .get();
        }
        int op = random.nextInt(10);
        for (String c : List.of("plain", "indexed")) {
          Random same = new Random(step);
          if (op < 6) {
            client.upsertAsync(c, List.of(point(same))).get();
          } else if (op < 8) {
            Map<String, Value> payload = new HashMap<>();
            payload.put("doc", value(VALUES[same.nextInt(VALUES.length)]));
            try {
              client
                  .setPayloadAsync(c, payload, List.of(id(same.nextInt(30))), true, null, null)
                  .get();
            } catch (java.util.concurrent.ExecutionException missingPoint) {
              // NOT_FOUND for an id not written yet, in both collections alike
            }
          } else {
            client
                .deleteAsync(
                    c,
                    Filter.newBuilder()
                        .addMust(matchKeyword("doc", VALUES[same.nextInt(VALUES.length)]))
                        .build())
                .get();
          }
        }
        for (String v : VALUES) {
          Filter f = Filter.newBuilder().addMust(matchKeyword("doc", v)).build();
          assertThat(ids(client, "indexed", f))
              .as("step %d value %s", step, v)
              .isEqualTo(ids(client, "plain", f));
          assertThat(client.countAsync("indexed", f, true).get())
              .isEqualTo(client.countAsync("plain", f, true).get());
        }
      }
    }
  }

  private static PointStruct point(Random random) {
    PointStruct.Builder p =
        PointStruct.newBuilder()
            .setId(id(random.nextInt(30)))
            .setVectors(vectors(random.nextFloat(), random.nextFloat()));
    switch (random.nextInt(4)) {
      case 0 -> p.putPayload("doc", value(VALUES[random.nextInt(VALUES.length)]));
      case 1 ->
          p.putPayload(
              "doc",
              list(
                  List.of(
                      value(VALUES[random.nextInt(VALUES.length)]),
                      value(VALUES[random.nextInt(VALUES.length)]))));
      case 2 -> p.putPayload("doc", value(random.nextInt(3)));
      default -> p.putPayload("other", value("x"));
    }
    return p.build();
  }

  private static List<Long> ids(QdrantClient client, String collection, Filter filter)
      throws Exception {
    return client
        .scrollAsync(
            ScrollPoints.newBuilder()
                .setCollectionName(collection)
                .setFilter(filter)
                .setLimit(100)
                .setWithPayload(WithPayloadSelectorFactory.enable(false))
                .build())
        .get()
        .getResultList()
        .stream()
        .map(RetrievedPoint::getId)
        .map(i -> i.getNum())
        .toList();
  }
}
