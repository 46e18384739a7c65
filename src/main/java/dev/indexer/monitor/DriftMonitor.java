package dev.indexer.monitor;

import dev.indexer.embed.Embedder;
import dev.indexer.pipeline.IndexedVectors;
import dev.indexer.qdrant.CollectionManager;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Watches the vectors this generation's pipeline indexes for drift from the generation's reference
 * (its first {@code indexer.monitor.drift.reference-size} vectors, recorded in the collection's
 * metadata under {@value #REFERENCE_KEY} so that every replica and every restart compares with the
 * same one), over a sliding window of the latest vectors.
 *
 * <p>Gauges, tagged with the collection (NaN until there is a reference and the window holds {@code
 * min-vectors}): {@code indexer.drift.centroid.distance} (cosine distance of the window's centroid
 * from the reference's), {@code indexer.drift.norm.change} (relative change of the mean vector
 * length), {@code indexer.drift.pairwise.cosine.change} (change of the mean pairwise cosine),
 * {@code indexer.drift.window.vectors}. Content: {@code indexer.document.chunks}, a summary of the
 * chunks of each document version indexed.
 */
@ApplicationScoped
public class DriftMonitor implements IndexedVectors {

  /** The collection metadata entry holding the generation's reference. */
  public static final String REFERENCE_KEY = "drift_reference";

  private final CollectionManager collections;
  private final DriftConfig config;
  private final DriftWindow window;
  private final DriftWindow candidate;
  private final DistributionSummary chunks;
  private volatile EmbeddingStats reference;
  private volatile boolean recording;
  private volatile ScheduledExecutorService executor;

  @Inject
  public DriftMonitor(
      CollectionManager collections,
      Embedder embedder,
      DriftConfig config,
      MeterRegistry registry) {
    this.collections = collections;
    this.config = config;
    this.window = new DriftWindow(config.window(), embedder.dimension());
    this.candidate = new DriftWindow(config.referenceSize(), embedder.dimension());
    String collection = collections.collection();
    gauge(
        registry,
        "indexer.drift.centroid.distance",
        collection,
        "Cosine distance of the"
            + " centroid of recently indexed vectors from the generation's reference centroid",
        (w, r) -> w.centroidDistance(r));
    gauge(
        registry,
        "indexer.drift.norm.change",
        collection,
        "Relative change of the mean length"
            + " of recently indexed vectors from the generation's reference",
        (w, r) -> w.normChange(r));
    gauge(
        registry,
        "indexer.drift.pairwise.cosine.change",
        collection,
        "Change of the mean"
            + " pairwise cosine of recently indexed vectors from the generation's reference",
        (w, r) -> w.pairwiseCosineChange(r));
    Gauge.builder("indexer.drift.window.vectors", window, DriftWindow::size)
        .description("Indexed vectors in the drift window")
        .tag("collection", collection)
        .register(registry);
    this.chunks =
        DistributionSummary.builder("indexer.document.chunks")
            .description("Chunks of each document version indexed")
            .baseUnit("chunks")
            .tag("collection", collection)
            .register(registry);
  }

  private interface Measure {
    double of(EmbeddingStats window, EmbeddingStats reference);
  }

  private void gauge(
      MeterRegistry registry, String name, String collection, String description, Measure m) {
    ToDoubleFunction<DriftMonitor> value =
        self -> {
          EmbeddingStats r = self.reference;
          if (r == null || self.window.size() < self.config.minVectors()) {
            return Double.NaN;
          }
          return m.of(self.window.stats(), r);
        };
    Gauge.builder(name, this, value)
        .description(description)
        .tag("collection", collection)
        .register(registry);
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    executor = dev.indexer.pipeline.Daemons.scheduler("drift");
    executor.execute(this::loadReference);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  @Override
  public void indexed(List<float[]> vectors) {
    chunks.record(vectors.size());
    if (!config.enabled()) {
      return;
    }
    for (float[] v : vectors) {
      window.offer(v);
      if (reference == null && !candidate.full()) {
        candidate.offer(v);
      }
    }
    if (reference == null && candidate.full() && !recording && executor != null) {
      recording = true;
      executor.execute(this::recordReference);
    }
  }

  /** The reference compared with; empty before it is known. */
  public Optional<EmbeddingStats> reference() {
    return Optional.ofNullable(reference);
  }

  /** The summary of the window now; null while it holds fewer than two vectors. */
  public EmbeddingStats window() {
    return window.stats();
  }

  /** Reads the recorded reference; while the collection is not there yet, tries again later. */
  private void loadReference() {
    try {
      Optional<EmbeddingStats> recorded = recorded();
      recorded.ifPresent(r -> reference = r);
    } catch (RuntimeException e) {
      executor.schedule(this::loadReference, 30, TimeUnit.SECONDS);
    }
  }

  /**
   * Records the candidate as the reference unless another replica recorded one meanwhile (then that
   * one is adopted); if two record at once, the last write wins, and each is a fair reference.
   */
  void recordReference() {
    try {
      Optional<EmbeddingStats> recorded = recorded();
      if (recorded.isPresent()) {
        reference = recorded.get();
        return;
      }
      EmbeddingStats stats = candidate.stats();
      collections.putMetadata(collections.collection(), REFERENCE_KEY, stats.toValue());
      reference = stats;
      Log.infof(
          "Collection %s records its drift reference (%d vectors)",
          collections.collection(), stats.size());
    } catch (RuntimeException e) {
      Log.warnf(
          "Drift reference not recorded yet (%s); trying again", e.getClass().getSimpleName());
      recording = false;
    }
  }

  private Optional<EmbeddingStats> recorded() {
    return collections
        .metadata(collections.collection(), REFERENCE_KEY)
        .flatMap(EmbeddingStats::fromValue);
  }
}
