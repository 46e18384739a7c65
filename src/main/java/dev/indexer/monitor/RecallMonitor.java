package dev.indexer.monitor;

import dev.indexer.api.QueryEmbedders;
import dev.indexer.api.SearchConfig;
import dev.indexer.api.SearchResource;
import dev.indexer.auth.Callers;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.qdrant.CollectionManager;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.qdrant.client.QdrantClient;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs recall rounds on this generation's collection on a schedule and on demand, one at a time:
 * recall@k of the approximate index ({@link RecallProbe}) and, when a labelled query set is
 * configured, recall@k and MRR of the service's own search ({@link LabelledQueries}).
 *
 * <p>Gauges, tagged with the collection and k (NaN before the first round): {@code
 * indexer.index.recall}, {@code indexer.index.recall.queries}, {@code indexer.search.recall},
 * {@code indexer.search.mrr}; timer {@code indexer.recall.rounds}.
 */
@ApplicationScoped
public class RecallMonitor {

  /**
   * A round's report.
   *
   * @param index recall@k of the approximate index against exact search
   * @param search end-to-end quality over the labelled queries; null when none are configured
   */
  public record Report(
      String collection, int k, RecallProbe.Result index, LabelledQueries.Quality search) {}

  private final RecallConfig config;
  private final String collection;
  private final RecallProbe probe;
  private final LabelledQueries labelled;
  private final LabelledQueries.Search search;
  private final Timer rounds;
  private final SecureRandom random = new SecureRandom();
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile Report last;
  private volatile ScheduledExecutorService scheduler;

  @Inject
  public RecallMonitor(
      RecallConfig config,
      QdrantClient client,
      CollectionManager collections,
      QueryEmbedders queryEmbedders,
      PiiRedactor redactor,
      Callers callers,
      SearchConfig searchConfig,
      MeterRegistry registry) {
    this(
        config,
        client,
        collections.collection(),
        config.labelledQueries().map(LabelledQueries::read).orElse(null),
        searchOf(new SearchResource(queryEmbedders, redactor, client, callers, null, searchConfig)),
        registry);
  }

  /**
   * @param labelled the labelled queries; null for none
   * @param search the service's search they go through
   */
  public RecallMonitor(
      RecallConfig config,
      QdrantClient client,
      String collection,
      LabelledQueries labelled,
      LabelledQueries.Search search,
      MeterRegistry registry) {
    this.config = config;
    this.collection = collection;
    this.labelled = labelled;
    this.search = search;
    this.probe =
        new RecallProbe(
            client,
            collection,
            config.k(),
            config.maxTenants(),
            config.samplesPerTenant(),
            config.pointsPerSecond(),
            config.searchesPerSecond());
    String k = Integer.toString(config.k());
    gauge(
        registry,
        "indexer.index.recall",
        "Recall@k of the approximate index: the share of"
            + " exact search's top k that the collection's normal search finds",
        k,
        r -> r.index().recall());
    gauge(
        registry,
        "indexer.index.recall.queries",
        "Sampled points the last recall round used" + " as queries",
        k,
        r -> r.index().queries());
    gauge(
        registry,
        "indexer.search.recall",
        "Recall@k of the service's search over the" + " labelled query set",
        k,
        r -> r.search() == null ? Double.NaN : r.search().recall());
    gauge(
        registry,
        "indexer.search.mrr",
        "Mean reciprocal rank of the first relevant document"
            + " of the service's search over the labelled query set",
        k,
        r -> r.search() == null ? Double.NaN : r.search().mrr());
    this.rounds =
        Timer.builder("indexer.recall.rounds")
            .description("Recall rounds and how long they took")
            .tag("collection", collection)
            .register(registry);
  }

  private static LabelledQueries.Search searchOf(SearchResource resource) {
    return (caller, query, limit) -> resource.search(caller, query, limit, null);
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String description,
      String k,
      java.util.function.ToDoubleFunction<Report> value) {
    Gauge.builder(name, this, m -> m.last == null ? Double.NaN : value.applyAsDouble(m.last))
        .description(description)
        .tag("collection", collection)
        .tag("k", k)
        .register(registry);
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    scheduler = dev.indexer.pipeline.Daemons.scheduler("recall");
    long every = config.interval().toMillis();
    scheduler.scheduleWithFixedDelay(this::scheduled, every, every, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  private void scheduled() {
    try {
      measure();
    } catch (BusyException e) {
      Log.infof("Scheduled recall round skipped: %s", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // Transient (Qdrant unavailable, the collection not there yet): the next round tries again.
      Log.warnf(
          "Recall round failed (%s); the next one is in %s",
          e.getClass().getSimpleName(), config.interval());
    }
  }

  /** A round asked for while another is under way. */
  public static final class BusyException extends RuntimeException {
    BusyException() {
      super("a recall round is under way; GET /admin/monitor/recall shows the last one's report");
    }
  }

  /**
   * Runs a round now and returns its report.
   *
   * @throws BusyException while another round is under way
   */
  public Report measure() throws Exception {
    if (!running.compareAndSet(false, true)) {
      throw new BusyException();
    }
    Timer.Sample sample = Timer.start();
    try {
      RecallProbe.Result index = probe.measure(random);
      LabelledQueries.Quality quality =
          labelled == null ? null : labelled.evaluate(search, config.k());
      Report report = new Report(collection, config.k(), index, quality);
      last = report;
      Log.infof(
          "Recall@%d of %s: %.3f over %d queries of %d tenant(s)%s; %d ms",
          config.k(),
          collection,
          index.recall(),
          index.queries(),
          index.tenants(),
          quality == null
              ? ""
              : String.format(
                  "; search recall@%d %.3f, MRR %.3f over %d labelled queries",
                  config.k(), quality.recall(), quality.mrr(), quality.queries()),
          index.millis());
      return report;
    } finally {
      sample.stop(rounds);
      running.set(false);
    }
  }

  /** The last round's report; empty before the first. */
  public Optional<Report> last() {
    return Optional.ofNullable(last);
  }
}
