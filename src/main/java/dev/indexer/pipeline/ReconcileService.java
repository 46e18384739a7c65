package dev.indexer.pipeline;

import dev.indexer.event.ChangeDecoder;
import dev.indexer.event.EventConfig;
import dev.indexer.event.EventIntake;
import dev.indexer.event.EventLimits;
import dev.indexer.pipeline.ReconcilePlan.Finding;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.IndexScan;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.qdrant.client.QdrantClient;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs reconciliation rounds ({@link Reconciler}) of this instance's partitions on a schedule and
 * on demand, one at a time; counts what they find and repair as metrics and says so in the log
 * (counts only: the documents a round could not repair are listed by the admin call, never logged).
 *
 * <p>Metrics: {@code indexer_reconcile_found_total{finding}} (orphan, missing, stale, off_policy),
 * {@code indexer_reconcile_repaired_total{action}} (deleted, reprocessed, unrepairable), {@code
 * indexer_reconcile_rounds_seconds} (a timer of whole rounds).
 */
@ApplicationScoped
public class ReconcileService {

  private final Reconciler reconciler;
  private final ReconcileConfig config;
  private final String collection;
  private final Map<Finding, Counter> found = new EnumMap<>(Finding.class);
  private final Map<String, Counter> repaired = new HashMap<>();
  private final Timer rounds;
  private final IndexerTopology topology;
  private final String applicationId;
  private volatile Admin admin;
  private volatile ScheduledExecutorService scheduler;
  private volatile Reconciler.Report last;
  private final java.util.concurrent.atomic.AtomicBoolean running =
      new java.util.concurrent.atomic.AtomicBoolean();

  @Inject
  public ReconcileService(
      ReconcileConfig config,
      IndexerTopology topology,
      Instance<KafkaStreams> streams,
      TopicsConfig topics,
      EventConfig events,
      ChangeDecoder decoder,
      DocumentIndexer indexer,
      QdrantClient client,
      CollectionManager collections,
      MeterRegistry registry,
      @ConfigProperty(name = "quarkus.kafka-streams.application-id") String applicationId) {
    this.config = config;
    this.topology = topology;
    this.applicationId = applicationId;
    this.collection = collections.collection();
    this.reconciler =
        new Reconciler(
            streams::get,
            this::admin,
            this::consumer,
            applicationId,
            topics.documents(),
            new EventIntake(decoder, EventLimits.of(events), indexer.mediaTypes()),
            indexer,
            new IndexScan(client, collection, config.pageSize(), config.pointsPerSecond()));
    for (Finding f : Finding.values()) {
      found.put(
          f,
          Counter.builder("indexer.reconcile.found")
              .description("Disagreements between the manifests and Qdrant found by reconciliation")
              .tag("finding", f.name().toLowerCase(java.util.Locale.ROOT))
              .register(registry));
    }
    for (String action : new String[] {"deleted", "reprocessed", "unrepairable"}) {
      repaired.put(
          action,
          Counter.builder("indexer.reconcile.repaired")
              .description("What reconciliation did about them")
              .tag("action", action)
              .register(registry));
    }
    this.rounds =
        Timer.builder("indexer.reconcile.rounds")
            .description("Reconciliation rounds and how long they took")
            .register(registry);
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    scheduler = Daemons.scheduler("reconcile");
    long every = config.interval().toMillis();
    scheduler.scheduleWithFixedDelay(this::scheduled, every, every, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }

  private void scheduled() {
    try {
      reconcile();
    } catch (Reconciler.NotRunningException | BusyException e) {
      Log.infof("Scheduled reconciliation skipped: %s", e.getMessage());
    } catch (RuntimeException e) {
      // Transient (Qdrant or Kafka unavailable): the next round tries again.
      Log.warnf(
          "Reconciliation round failed (%s); the next one is in %s",
          ProcessingFailure.describe(e), config.interval());
    }
  }

  /** A round asked for while another is under way. */
  public static final class BusyException extends RuntimeException {
    BusyException() {
      super(
          "a reconciliation round is under way; GET /admin/reconcile shows the last one's report");
    }
  }

  /**
   * Runs a round now and returns what it found and did.
   *
   * @throws BusyException while another round is under way
   * @throws Reconciler.NotRunningException while Kafka Streams is not running
   */
  public Reconciler.Report reconcile() {
    if (!running.compareAndSet(false, true)) {
      throw new BusyException();
    }
    Reconciler.Report report;
    Timer.Sample sample = Timer.start();
    try {
      report = reconciler.reconcile();
    } finally {
      sample.stop(rounds);
      running.set(false);
    }
    report.found().forEach((f, n) -> found.get(f).increment(n));
    repaired.get("deleted").increment(report.deleted());
    repaired.get("reprocessed").increment(report.reprocessed());
    repaired.get("unrepairable").increment(report.unrepairable().size());
    last = report;
    log(report);
    return report;
  }

  /** The last round's report; empty before the first. */
  public Optional<Reconciler.Report> last() {
    return Optional.ofNullable(last);
  }

  private void log(Reconciler.Report r) {
    String found =
        String.format(
            "orphans %d, missing %d, stale %d, off-policy %d",
            r.found().get(Finding.ORPHAN),
            r.found().get(Finding.MISSING),
            r.found().get(Finding.STALE),
            r.found().get(Finding.OFF_POLICY));
    if (r.clean()) {
      Log.infof(
          "Reconciliation of %s (%d partition(s), %d points): in sync; %d document(s) in flight"
              + " left for the next round; %d ms",
          collection, r.partitions(), r.points(), r.inFlight(), r.millis());
      return;
    }
    Log.warnf(
        "Reconciliation of %s (%d partition(s), %d points) found %s; deleted %d orphan(s),"
            + " reprocessed %d document(s), %d unrepairable (listed by GET /admin/reconcile);"
            + " %d ms",
        collection,
        r.partitions(),
        r.points(),
        found,
        r.deleted(),
        r.reprocessed(),
        r.unrepairable().size(),
        r.millis());
  }

  private Admin admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          Map<String, Object> own = new HashMap<>(known(topology.clients().adminConfig()));
          own.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationId + "-reconcile");
          admin = Admin.create(own);
        }
      }
    }
    return admin;
  }

  /** A consumer of source records with Kafka Streams' own connection settings. */
  private Consumer<byte[], byte[]> consumer() {
    Map<String, Object> own = new HashMap<>(known(topology.clients().restoreConsumerConfig()));
    own.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationId + "-reconcile");
    own.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    own.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    own.remove(ConsumerConfig.GROUP_ID_CONFIG);
    return new KafkaConsumer<>(own, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static Map<String, Object> known(Optional<Map<String, Object>> config) {
    return config.orElseThrow(
        () -> new Reconciler.NotRunningException("Kafka Streams has not connected yet"));
  }
}
