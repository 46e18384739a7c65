package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import io.qdrant.client.PointIdFactory;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PointWriterMessagesTest {

  @Test
  void denseVectorsAreTheMessagesTheClientFactoryBuilds() {
    Random random = new Random(7);
    for (int dimension : new int[] {1, 3, 384, 1024}) {
      float[] v = new float[dimension];
      for (int i = 0; i < dimension; i++) {
        v[i] = (float) random.nextGaussian();
      }
      v[0] = -0f;
      PointStruct struct =
          PointWriter.structs(List.of(new ChunkPoint(UUID.randomUUID(), v, Map.of()))).get(0);
      assertThat(struct.getVectors()).isEqualTo(VectorsFactory.vectors(v));
      assertThat(struct.getVectors().toByteArray())
          .isEqualTo(VectorsFactory.vectors(v).toByteArray());
    }
  }

  @Test
  void pointsSharingPayloadValuesGetEachTheirOwnPayloadExactly() {
    // Equal values of different types must not be taken for one another when values are shared.
    List<ChunkPoint> points =
        List.of(
            point(0, Map.of("n", 1, "long", 1L, "real", 1.0, "text", "1", "flag", true)),
            point(1, Map.of("n", 2, "long", 1, "real", 2.5, "text", "one", "flag", false)),
            point(2, Map.of("n", 1L, "long", 1L, "real", 1.0, "text", "1", "flag", true)));

    List<PointStruct> structs = PointWriter.structs(points);

    assertThat(structs).hasSize(3);
    for (int i = 0; i < 3; i++) {
      ChunkPoint p = points.get(i);
      PointStruct expected =
          PointStruct.newBuilder()
              .setId(PointIdFactory.id(p.id()))
              .setVectors(VectorsFactory.vectors(p.vector()))
              .putAllPayload(expectedPayload(p.payload()))
              .build();
      assertThat(structs.get(i)).isEqualTo(expected); // map fields compare as maps, in any order
    }
    assertThat(structs.get(0).getPayloadMap().get("real").getDoubleValue()).isEqualTo(1.0);
    assertThat(structs.get(0).getPayloadMap().get("n").getIntegerValue()).isEqualTo(1);
    assertThat(structs.get(0).getPayloadMap().get("text").getStringValue()).isEqualTo("1");
    assertThat(structs.get(1).getPayloadMap().get("tenant").getStringValue()).isEqualTo("acme");
    assertThat(structs.get(1).getPayloadMap().get("metadata").getStructValue().getFieldsMap())
        .containsEntry("team", ValueFactory.value("search"));
  }

  private static ChunkPoint point(int index, Map<String, Object> own) {
    Map<String, Object> payload = new LinkedHashMap<>(own);
    payload.put("tenant", "acme");
    payload.put("document_id", "doc-" + index % 2);
    payload.put("heading_path", List.of("Guide", "Setup"));
    payload.put("metadata", new LinkedHashMap<>(Map.of("team", "search", "level", 3)));
    payload.put("chunk_text", "chunk " + index);
    float[] vector = {index, 1f, -index};
    return new ChunkPoint(UUID.nameUUIDFromBytes(new byte[] {(byte) index}), vector, payload);
  }

  /** The payload as the client's own factories build it, one value per field. */
  private static Map<String, Value> expectedPayload(Map<String, Object> payload) {
    Map<String, Value> values = new LinkedHashMap<>();
    payload.forEach((k, v) -> values.put(k, expected(v)));
    return values;
  }

  private static Value expected(Object v) {
    if (v instanceof String s) {
      return ValueFactory.value(s);
    } else if (v instanceof Integer || v instanceof Long) {
      return ValueFactory.value(((Number) v).longValue());
    } else if (v instanceof Double d) {
      return ValueFactory.value(d);
    } else if (v instanceof Boolean b) {
      return ValueFactory.value(b);
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Value> nested = new LinkedHashMap<>();
      m.forEach((k, x) -> nested.put((String) k, expected(x)));
      return ValueFactory.value(nested);
    } else if (v instanceof List<?> l) {
      return ValueFactory.list(l.stream().map(PointWriterMessagesTest::expected).toList());
    }
    throw new IllegalArgumentException(String.valueOf(v));
  }
}
