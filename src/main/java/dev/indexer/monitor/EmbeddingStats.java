package dev.indexer.monitor;

import io.qdrant.client.ValueFactory;
import io.qdrant.client.grpc.JsonWithInt.ListValue;
import io.qdrant.client.grpc.JsonWithInt.Struct;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.Map;
import java.util.Optional;

/**
 * What a set of embeddings looks like, as far as drift goes: the direction of their mean (the
 * centroid of their unit vectors), how alike they are (mean pairwise cosine) and their lengths.
 *
 * @param centroid mean of the unit vectors (its length is at most 1)
 * @param meanPairwiseCosine mean cosine similarity over all pairs of distinct vectors
 * @param meanNorm mean Euclidean length of the vectors as the model gave them
 * @param normStdDev standard deviation of those lengths
 * @param size how many vectors they summarise
 */
public record EmbeddingStats(
    float[] centroid, double meanPairwiseCosine, double meanNorm, double normStdDev, int size) {

  /** Cosine distance of the centroids' directions: 0 same, 1 unrelated, 2 opposite. */
  public double centroidDistance(EmbeddingStats other) {
    double dot = 0, a = 0, b = 0;
    for (int i = 0; i < centroid.length; i++) {
      dot += centroid[i] * other.centroid[i];
      a += centroid[i] * centroid[i];
      b += other.centroid[i] * other.centroid[i];
    }
    return a == 0 || b == 0 ? Double.NaN : 1 - dot / Math.sqrt(a * b);
  }

  /** Relative change of the mean length from {@code reference}: 0.1 is 10% longer. */
  public double normChange(EmbeddingStats reference) {
    return (meanNorm - reference.meanNorm) / reference.meanNorm;
  }

  /** Change of the mean pairwise cosine from {@code reference} (positive: more alike). */
  public double pairwiseCosineChange(EmbeddingStats reference) {
    return meanPairwiseCosine - reference.meanPairwiseCosine;
  }

  /** As a Qdrant payload/metadata value (a struct), for the collection that the stats describe. */
  public Value toValue() {
    ListValue.Builder list = ListValue.newBuilder();
    for (float f : centroid) {
      list.addValues(ValueFactory.value(f));
    }
    return Value.newBuilder()
        .setStructValue(
            Struct.newBuilder()
                .putFields("centroid", Value.newBuilder().setListValue(list).build())
                .putFields("mean_pairwise_cosine", ValueFactory.value(meanPairwiseCosine))
                .putFields("mean_norm", ValueFactory.value(meanNorm))
                .putFields("norm_sd", ValueFactory.value(normStdDev))
                .putFields("size", ValueFactory.value(size)))
        .build();
  }

  /** Read back from {@link #toValue()}; empty for anything else. */
  public static Optional<EmbeddingStats> fromValue(Value value) {
    if (value == null || !value.hasStructValue()) {
      return Optional.empty();
    }
    Map<String, Value> f = value.getStructValue().getFieldsMap();
    Value c = f.get("centroid");
    if (c == null || !c.hasListValue() || !f.containsKey("mean_norm")) {
      return Optional.empty();
    }
    float[] centroid = new float[c.getListValue().getValuesCount()];
    for (int i = 0; i < centroid.length; i++) {
      centroid[i] = (float) number(c.getListValue().getValues(i));
    }
    return Optional.of(
        new EmbeddingStats(
            centroid,
            number(f.get("mean_pairwise_cosine")),
            number(f.get("mean_norm")),
            number(f.get("norm_sd")),
            (int) number(f.get("size"))));
  }

  private static double number(Value v) {
    if (v == null) {
      return Double.NaN;
    }
    return v.hasIntegerValue() ? v.getIntegerValue() : v.getDoubleValue();
  }
}
