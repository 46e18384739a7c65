package dev.indexer.qdrant;

import static io.qdrant.client.ConditionFactory.isEmpty;
import static io.qdrant.client.ConditionFactory.range;

import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.Range;

/**
 * The fence collection beside an index collection: one point per document (a one-dimensional
 * vector, no search) holding the largest fence token any writer has written for it, deletes
 * included. It is how a writer that lost its partition (a zombie) finds out, after its writes, that
 * a newer owner has been there, even when that owner deleted the document and left no point behind.
 * Each physical collection {@code X} has its own {@code X_fences}, reached through the alias {@code
 * <alias>_fences}.
 */
public final class Fences {

  private Fences() {}

  /** The fence collection (or alias) beside the index collection (or alias) {@code collection}. */
  public static String of(String collection) {
    return collection + "_fences";
  }

  /**
   * Creates the fence collection of {@code physical} if missing and points {@code alias}'s fence
   * alias at it.
   */
  public static void ensure(QdrantClient client, String alias, String physical) {
    String fences = of(physical);
    if (!QdrantCalls.await(client.collectionExistsAsync(fences), "collection exists")) {
      QdrantCalls.await(
          client.createCollectionAsync(
              fences, VectorParams.newBuilder().setSize(1).setDistance(Distance.Dot).build()),
          "create collection");
    }
    if (!of(alias).equals(fences)) {
      // Creating an alias that exists re-points it.
      QdrantCalls.await(client.createAliasAsync(of(alias), fences), "create alias");
    }
  }

  /**
   * Points whose fence token is below {@code fence}, or that have none (written before fences
   * existed): what a change of token {@code fence} may replace or remove.
   */
  static Filter olderThan(long fence) {
    return Filter.newBuilder()
        .addShould(range(PayloadFields.FENCE, Range.newBuilder().setLt(fence).build()))
        .addShould(isEmpty(PayloadFields.FENCE))
        .build();
  }

  /** Points whose fence token is at most {@code fence}, or that have none. */
  static Filter atMost(long fence) {
    return Filter.newBuilder()
        .addShould(range(PayloadFields.FENCE, Range.newBuilder().setLte(fence).build()))
        .addShould(isEmpty(PayloadFields.FENCE))
        .build();
  }
}
