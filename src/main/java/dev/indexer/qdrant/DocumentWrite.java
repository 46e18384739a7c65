package dev.indexer.qdrant;

import dev.indexer.event.DocumentRef;
import io.qdrant.client.grpc.Points.PointsUpdateOperation;
import java.util.List;

/**
 * The Qdrant writes of one document change, fenced by a token that grows with every change of the
 * document (see {@link PointWriter}).
 *
 * @param ref the document
 * @param fence the change's fence token: every point it writes carries it, and it removes only
 *     points of smaller tokens
 * @param operations the data collection's operations, in order
 */
public record DocumentWrite(DocumentRef ref, long fence, List<PointsUpdateOperation> operations) {

  public DocumentWrite {
    operations = List.copyOf(operations);
  }

  /** Points the write upserts or removes (a delete counts as one). */
  public int points() {
    int points = 0;
    for (PointsUpdateOperation op : operations) {
      points += op.hasUpsert() ? op.getUpsert().getPointsCount() : 1;
    }
    return points;
  }
}
