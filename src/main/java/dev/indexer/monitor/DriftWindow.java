package dev.indexer.monitor;

/**
 * The last {@code capacity} vectors offered, summarised as {@link EmbeddingStats} at any time. Sums
 * are kept as vectors come and go, so offering a vector costs O(dimension) and allocates nothing,
 * and so does a summary apart from its centroid. Thread-safe.
 */
public final class DriftWindow {

  private final int capacity;
  private final int dimension;
  private final float[] units;
  private final double[] norms;
  private final double[] sum;
  private double normSum;
  private double normSquares;
  private int next;
  private int size;

  public DriftWindow(int capacity, int dimension) {
    this.capacity = capacity;
    this.dimension = dimension;
    this.units = new float[capacity * dimension];
    this.norms = new double[capacity];
    this.sum = new double[dimension];
  }

  /** Adds a vector, dropping the oldest when full; vectors of another dimension are ignored. */
  public synchronized void offer(float[] vector) {
    if (vector.length != dimension) {
      return;
    }
    double squares = 0;
    for (float x : vector) {
      squares += (double) x * x;
    }
    double norm = Math.sqrt(squares);
    if (norm == 0) {
      return;
    }
    int at = next * dimension;
    if (size == capacity) {
      for (int i = 0; i < dimension; i++) {
        sum[i] -= units[at + i];
      }
      normSum -= norms[next];
      normSquares -= norms[next] * norms[next];
    } else {
      size++;
    }
    for (int i = 0; i < dimension; i++) {
      float u = (float) (vector[i] / norm);
      units[at + i] = u;
      sum[i] += u;
    }
    norms[next] = norm;
    normSum += norm;
    normSquares += squares;
    next = (next + 1) % capacity;
  }

  /** How many vectors it holds. */
  public synchronized int size() {
    return size;
  }

  /** Whether it holds {@code capacity} vectors. */
  public synchronized boolean full() {
    return size == capacity;
  }

  /** The summary of the vectors it holds; null when it holds fewer than two. */
  public synchronized EmbeddingStats stats() {
    if (size < 2) {
      return null;
    }
    float[] centroid = new float[dimension];
    double squares = 0;
    for (int i = 0; i < dimension; i++) {
      centroid[i] = (float) (sum[i] / size);
      squares += sum[i] * sum[i];
    }
    // The sum over all ordered pairs of u_i . u_j is |sum u|^2; the n pairs i = j add 1 each.
    double pairwise = (squares - size) / ((double) size * (size - 1));
    double mean = normSum / size;
    double variance = Math.max(0, normSquares / size - mean * mean);
    return new EmbeddingStats(centroid, pairwise, mean, Math.sqrt(variance), size);
  }
}
