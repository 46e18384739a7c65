package dev.indexer.embed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Counter {@code indexer.chunks} by {@code source}: {@code embedded} (sent to the model), {@code
 * reused} (vector read back from Qdrant, or the document was unchanged) and {@code cached} (vector
 * from the in-memory cache, or being embedded for another document already); and {@code
 * indexer.embedding.batch.texts}, the texts of each call of the pipeline's embedding batches (its
 * count is the calls, its mean the batch fill). Labels never carry text or ids.
 */
public final class EmbeddingMetrics {

  private final Counter embedded;
  private final Counter reused;
  private final Counter cached;
  private final DistributionSummary batchTexts;

  public EmbeddingMetrics(MeterRegistry registry) {
    this.embedded = counter(registry, "embedded");
    this.reused = counter(registry, "reused");
    this.cached = counter(registry, "cached");
    this.batchTexts =
        DistributionSummary.builder("indexer.embedding.batch.texts")
            .description("Texts in each call of the pipeline's embedding batches")
            .baseUnit("texts")
            .register(registry);
  }

  /** Counters kept in a registry nobody reads, for tests and tools. */
  public static EmbeddingMetrics unregistered() {
    return new EmbeddingMetrics(new SimpleMeterRegistry());
  }

  private static Counter counter(MeterRegistry registry, String source) {
    return Counter.builder("indexer.chunks")
        .description("Chunks of indexed documents by where their vector came from")
        .tag("source", source)
        .register(registry);
  }

  public void embedded(int n) {
    embedded.increment(n);
  }

  public void reused(int n) {
    reused.increment(n);
  }

  public void cached(int n) {
    cached.increment(n);
  }

  /** One call of the embedding batches with {@code texts} texts. */
  public void call(int texts) {
    batchTexts.record(texts);
  }

  /** Calls of the embedding batches so far. */
  public long calls() {
    return batchTexts.count();
  }

  /** Texts those calls carried. */
  public double callTexts() {
    return batchTexts.totalAmount();
  }

  public double embeddedCount() {
    return embedded.count();
  }

  public double reusedCount() {
    return reused.count();
  }

  public double cachedCount() {
    return cached.count();
  }
}
