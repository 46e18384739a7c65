package dev.indexer.pipeline;

import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.GenerationConfig;
import dev.indexer.qdrant.GenerationSettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The generations of the index as an operator sees them: which exist, which is live, how far each
 * one's pipeline has read the documents topic, and the promotion of one (the alias switch) once it
 * has caught up. While this service's own generation is built beside the live one, a line every few
 * seconds says how far it is, how fast it goes and when it will be done, and the same figures are
 * metrics; a line says when it is ready to promote.
 */
@ApplicationScoped
public class Generations {

  /** A generation: its collection, whether the alias points at it, what built it, its progress. */
  public record Generation(
      int number,
      String collection,
      boolean live,
      Optional<GenerationSettings> settings,
      Optional<TopicProgress.Progress> progress) {}

  /** A promotion: the generation that was live, the one that is, and how long the switch took. */
  public record Promotion(Optional<Integer> previous, int live, long switchMillis) {}

  /** A promotion refused because the generation has not caught up. */
  public static final class NotCaughtUpException extends RuntimeException {
    NotCaughtUpException(String message) {
      super(message);
    }
  }

  private final CollectionManager collections;
  private final Supplier<Optional<Map<String, Object>>> adminConfig;
  private final String topic;
  private final String applicationId;
  private final Duration interval;
  private final Duration retention;

  private final MeterRegistry registry;
  private final Map<Integer, AtomicLong> partitionLags =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Retired generations whose pipeline was found stopped at the last look. */
  private final java.util.Set<Integer> stoppedOnce =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong lag = new AtomicLong(-1);
  private volatile Admin admin;
  private volatile ScheduledExecutorService reporter;
  private volatile Sample last;
  private volatile boolean readyReported;
  private volatile boolean replayChecked;

  private record Sample(long done, long nanos) {}

  @Inject
  public Generations(
      CollectionManager collections,
      IndexerTopology topology,
      TopicsConfig topics,
      MeterRegistry registry,
      GenerationConfig generation,
      @ConfigProperty(name = "quarkus.kafka-streams.application-id") String applicationId) {
    this(
        collections,
        () -> topology.clients().adminConfig(),
        topics.documents(),
        registry,
        generation.progressInterval(),
        applicationId,
        generation.retention());
  }

  /**
   * @param adminConfig the Kafka admin settings, once known (Kafka Streams' own, in the service)
   * @param topic the documents topic
   * @param applicationId this service's Kafka Streams application id
   */
  public Generations(
      CollectionManager collections,
      Supplier<Optional<Map<String, Object>>> adminConfig,
      String topic,
      MeterRegistry registry,
      Duration interval,
      String applicationId) {
    this(collections, adminConfig, topic, registry, interval, applicationId, Duration.ZERO);
  }

  /**
   * @param retention how long a generation replaced by a promotion is kept for a rollback before
   *     the live generation's service deletes it (once its pipeline has stopped); 0: until deleted
   *     by hand
   */
  public Generations(
      CollectionManager collections,
      Supplier<Optional<Map<String, Object>>> adminConfig,
      String topic,
      MeterRegistry registry,
      Duration interval,
      String applicationId,
      Duration retention) {
    this.retention = retention;
    this.registry = registry;
    this.collections = collections;
    this.adminConfig = adminConfig;
    this.topic = topic;
    this.applicationId = applicationId;
    this.interval = interval;
    String number = Integer.toString(collections.generation());
    Gauge.builder("indexer.generation.events.done", done, AtomicLong::get)
        .description("Events of the documents topic this generation's pipeline has processed")
        .tag("generation", number)
        .register(registry);
    Gauge.builder("indexer.generation.events.total", total, AtomicLong::get)
        .description("Events in the documents topic (offsets, transaction markers included)")
        .tag("generation", number)
        .register(registry);
    Gauge.builder("indexer.generation.lag", lag, AtomicLong::get)
        .description("Events this generation's pipeline has still to process; -1: not known yet")
        .tag("generation", number)
        .register(registry);
  }

  /** Every generation of the alias, by number, with this service's view of its progress. */
  public List<Generation> list() {
    Optional<String> live = collections.liveCollection();
    List<Generation> all = new ArrayList<>();
    for (Map.Entry<Integer, String> g : collections.generations().entrySet()) {
      Optional<GenerationSettings> settings = collections.settingsOf(g.getValue());
      all.add(
          new Generation(
              g.getKey(),
              g.getValue(),
              live.filter(g.getValue()::equals).isPresent(),
              settings,
              settings.flatMap(s -> progressOf(s.applicationId()))));
    }
    return all;
  }

  /**
   * Points the alias at generation {@code n}. Unless {@code force}, only when its pipeline has read
   * the whole documents topic (no lag), so search never answers from a generation that misses
   * documents; rolling back is promoting the previous generation, kept in sync by its pipeline.
   *
   * @throws IllegalArgumentException when generation {@code n} does not exist or records nothing
   * @throws NotCaughtUpException when it lags (the message says how much)
   */
  public Promotion promote(int n, boolean force) {
    String collection = collections.collectionOf(n);
    if (!collections.generations().containsKey(n)) {
      throw new IllegalArgumentException(
          "generation " + n + " (" + collection + ") does not exist");
    }
    GenerationSettings settings =
        collections
            .settingsOf(collection)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "generation " + n + " records no settings: start its service once first"));
    if (!force) {
      TopicProgress.Progress p =
          progressOf(settings.applicationId())
              .orElseThrow(
                  () ->
                      new NotCaughtUpException(
                          "the progress of generation " + n + " is not known yet; try again"));
      if (p.lag() > 0) {
        throw new NotCaughtUpException(
            "generation "
                + n
                + " has "
                + p.lag()
                + " events of the documents topic still to process ("
                + percent(p)
                + " done); promote it when it has caught up, or force it");
      }
    }
    Optional<Integer> previous =
        collections.liveCollection().flatMap(c -> boxed(collections.generationOf(c)));
    long start = System.nanoTime();
    collections.promote(n);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    Log.infof(
        "Generation %d (%s) is live%s; the switch took %d ms",
        n,
        collection,
        previous.map(p -> ", generation " + p + " kept in sync for a rollback").orElse(""),
        millis);
    return new Promotion(previous, n, millis);
  }

  /** Deletes generation {@code n} (never the live one); its service should be stopped first. */
  public boolean delete(int n) {
    boolean deleted = collections.delete(n);
    Log.infof("Generation %d deleted: %s", n, deleted);
    return deleted;
  }

  /**
   * Deletes the generations a promotion replaced longer than the retention ago whose pipelines have
   * stopped ({@code running} tells by application id) at this look and at the one before (one look
   * may fall on a pod restarting), and that are still marked retired just before the delete (a
   * rollback clears the mark); a generation past its retention whose pipeline still runs is named
   * in the log instead, since deleting it under a running pipeline would turn that pipeline's
   * writes into failures.
   *
   * @return the generations deleted
   */
  public List<Integer> sweepRetired(java.time.Instant now, Predicate<String> running) {
    List<Integer> deleted = new ArrayList<>();
    if (retention.isZero() || retention.isNegative()) {
      return deleted;
    }
    Optional<String> live = collections.liveCollection();
    for (Map.Entry<Integer, String> g : collections.generations().entrySet()) {
      String collection = g.getValue();
      if (live.filter(collection::equals).isPresent()) {
        continue;
      }
      Optional<java.time.Instant> retired = collections.retiredAt(collection);
      if (retired.isEmpty() || retired.get().plus(retention).isAfter(now)) {
        continue;
      }
      Optional<GenerationSettings> settings = collections.settingsOf(collection);
      if (settings.isPresent() && running.test(settings.get().applicationId())) {
        stoppedOnce.remove(g.getKey());
        Log.warnf(
            "Generation %d (%s) was replaced at %s and its retention (%s) has passed, but its"
                + " pipeline (%s) still runs: stop its service, and it will be deleted",
            g.getKey(), collection, retired.get(), retention, settings.get().applicationId());
        continue;
      }
      if (stoppedOnce.add(g.getKey()) || collections.retiredAt(collection).isEmpty()) {
        continue; // stopped at this look only, or promoted again meanwhile
      }
      stoppedOnce.remove(g.getKey());
      collections.delete(g.getKey());
      Log.infof(
          "Generation %d (%s), replaced at %s, deleted after its retention (%s)",
          g.getKey(), collection, retired.get(), retention);
      deleted.add(g.getKey());
    }
    return deleted;
  }

  /** The gauge of one partition's lag, registered when the partition is first seen. */
  private AtomicLong partitionLag(int partition) {
    return partitionLags.computeIfAbsent(
        partition,
        p -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder("indexer.generation.partition.lag", value, AtomicLong::get)
              .description(
                  "Events of one partition this generation's pipeline has still to process")
              .tag("generation", Integer.toString(collections.generation()))
              .tag("partition", Integer.toString(p))
              .register(registry);
          return value;
        });
  }

  /** Whether an application's consumer group has members; true when Kafka cannot tell. */
  private boolean running(String application) {
    Optional<Admin> a = admin();
    if (a.isEmpty()) {
      return true;
    }
    try {
      return !a.get()
          .describeConsumerGroups(List.of(application))
          .all()
          .get(5, TimeUnit.SECONDS)
          .get(application)
          .members()
          .isEmpty();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return true;
    }
  }

  private void sweepSafely() {
    try {
      if (collections.liveCollection().filter(collections.collection()::equals).isPresent()) {
        sweepRetired(java.time.Instant.now(), this::running);
      }
    } catch (RuntimeException e) {
      Log.warnf(
          "Retired generations not checked (%s); trying again later",
          ProcessingFailure.describe(e));
    }
  }

  /** The progress of an application on the documents topic; empty until Kafka can be asked. */
  public Optional<TopicProgress.Progress> progressOf(String applicationId) {
    Optional<Admin> a = admin();
    if (a.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new TopicProgress(a.get(), topic, Duration.ofSeconds(5)).of(applicationId));
    } catch (IllegalStateException e) {
      Log.warnf("Progress of %s not known: %s", applicationId, e.getMessage());
      return Optional.empty();
    }
  }

  void onStart(@Observes StartupEvent event) {
    reporter = Daemons.scheduler("generation-progress");
    // Once Kafka Streams has built its clients, whatever the report interval.
    reporter.scheduleWithFixedDelay(this::checkReplayOnce, 1, 2, TimeUnit.SECONDS);
    if (!interval.isZero() && !interval.isNegative()) {
      reporter.scheduleWithFixedDelay(
          this::reportSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (!retention.isZero() && !retention.isNegative()) {
      reporter.scheduleWithFixedDelay(this::sweepSafely, 1, 10, TimeUnit.MINUTES);
    }
  }

  private void checkReplayOnce() {
    if (!replayChecked && admin().isPresent()) {
      replayChecked = true;
      ReplayCheck.warnIfNotReplayable(admin, topic);
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    close();
  }

  /** Stops the progress reports and closes the admin client. */
  public void close() {
    if (reporter != null) {
      reporter.shutdownNow();
    }
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }

  private void reportSafely() {
    try {
      report();
    } catch (RuntimeException e) {
      Log.warnf("Generation progress not reported: %s", e.getMessage());
    }
  }

  /** One progress line of this service's generation while it is built beside the live one. */
  void report() {
    Optional<TopicProgress.Progress> progress = progressOf(applicationId);
    if (progress.isEmpty()) {
      return;
    }
    TopicProgress.Progress p = progress.get();
    done.set(p.done());
    total.set(p.total());
    lag.set(p.lag());
    p.partitionLag().forEach((partition, n) -> partitionLag(partition).set(n));
    boolean live =
        collections.liveCollection().filter(collections.collection()::equals).isPresent();
    Sample now = new Sample(p.done(), System.nanoTime());
    Sample before = last;
    last = now;
    if (live) {
      return;
    }
    if (p.lag() == 0) {
      if (!readyReported) {
        readyReported = true;
        Log.infof(
            "Generation %d (%s) has caught up with the documents topic (%d events): ready to"
                + " promote (POST /admin/generations/%d/promote)",
            collections.generation(),
            collections.collection(),
            p.total(),
            collections.generation());
      }
      return;
    }
    readyReported = false;
    double rate =
        before == null
            ? 0
            : (now.done() - before.done()) * 1e9 / Math.max(1, now.nanos() - before.nanos());
    Log.infof(
        "Generation %d (%s) building: %d of %d events (%s), %.0f events/s, %s to go",
        collections.generation(),
        collections.collection(),
        p.done(),
        p.total(),
        percent(p),
        rate,
        rate <= 0 ? "time unknown" : eta((long) (p.lag() / rate)));
  }

  private Optional<Admin> admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          Optional<Map<String, Object>> config = adminConfig.get();
          if (config.isEmpty()) {
            return Optional.empty();
          }
          Map<String, Object> own = new HashMap<>(config.get());
          own.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationId + "-generations");
          admin = Admin.create(own);
        }
      }
    }
    return Optional.of(admin);
  }

  private static String percent(TopicProgress.Progress p) {
    return String.format("%.1f %%", 100 * p.fraction());
  }

  private static String eta(long seconds) {
    Duration d = Duration.ofSeconds(seconds);
    return d.toHours() > 0
        ? d.toHours() + " h " + d.toMinutesPart() + " min"
        : d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : seconds + " s";
  }

  private static Optional<Integer> boxed(java.util.OptionalInt n) {
    return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
  }
}
