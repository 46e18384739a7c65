package dev.indexer.pipeline;

import dev.indexer.event.DocumentChange;
import dev.indexer.event.EventIntake;
import dev.indexer.event.InvalidEventException;
import dev.indexer.pipeline.ReconcilePlan.Finding;
import dev.indexer.pipeline.ReconcilePlan.IndexedPoint;
import dev.indexer.qdrant.IndexScan;
import dev.indexer.qdrant.IndexScan.ScannedPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reconciliation (anti-entropy) of this instance's partitions: compares each partition's manifests
 * with the points in Qdrant ({@link ReconcilePlan}) and repairs what differs, whatever caused it (a
 * restored snapshot, a write outside the service, a bug).
 *
 * <p>A round reads the partitions' committed offsets first; then, a partition at a time, its points
 * (ids and the payload fields that say which change wrote it; each point records the partition of
 * its event) and then its manifests (Kafka Streams' local store). That order makes the plan's rule
 * sound: whatever an event above the committed offset did, before or during the round, shows either
 * as a point of a larger token or as a manifest of a larger token, and the document is left for the
 * next round.
 *
 * <p>Repairs: orphans are deleted by id, only while no change of a larger token has written them
 * again. A document whose points are missing, stale or off-policy is processed again from its
 * source: the record of the documents topic its manifest was written from (at offset {@code seq -
 * 1}), through the same intake and indexer, written as a repair with the same fence token (it may
 * replace points of its own token, never those of a newer change; see {@link
 * dev.indexer.qdrant.PointWriter}). A document whose source the topic no longer holds, or whose
 * source no longer gives the chunks its manifest lists, is listed as unrepairable.
 */
public final class Reconciler {

  /** What a round found and did. */
  public record Report(
      int partitions,
      long points,
      Map<Finding, Integer> found,
      int deleted,
      int reprocessed,
      List<String> unrepairable,
      int inFlight,
      int unattributed,
      long millis) {

    /** Whether the index agreed with the manifests. */
    public boolean clean() {
      return found.values().stream().allMatch(n -> n == 0) && unrepairable.isEmpty();
    }
  }

  /** A round asked for while Kafka Streams is not running (starting, rebalancing, stopping). */
  public static final class NotRunningException extends RuntimeException {
    NotRunningException(String message) {
      super(message);
    }
  }

  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);

  private final Supplier<KafkaStreams> streams;
  private final Supplier<Admin> admin;
  private final Supplier<Consumer<byte[], byte[]>> consumers;
  private final String applicationId;
  private final String topic;
  private final EventIntake intake;
  private final DocumentIndexer indexer;
  private final IndexScan scan;

  /**
   * @param consumers a new consumer of the documents topic (read committed, no group) for a round
   */
  public Reconciler(
      Supplier<KafkaStreams> streams,
      Supplier<Admin> admin,
      Supplier<Consumer<byte[], byte[]>> consumers,
      String applicationId,
      String topic,
      EventIntake intake,
      DocumentIndexer indexer,
      IndexScan scan) {
    this.streams = streams;
    this.admin = admin;
    this.consumers = consumers;
    this.applicationId = applicationId;
    this.topic = topic;
    this.intake = intake;
    this.indexer = indexer;
    this.scan = scan;
  }

  /** One round over this instance's active partitions; rounds do not overlap. */
  public synchronized Report reconcile() {
    long start = System.nanoTime();
    KafkaStreams ks = streams.get();
    if (ks == null || ks.state() != KafkaStreams.State.RUNNING) {
      throw new NotRunningException(
          "Kafka Streams is " + (ks == null ? "not started" : ks.state()) + "; try again later");
    }
    Set<Integer> local = localPartitions(ks);
    Round round = new Round(committed(ks, local));
    boolean all = local.size() == partitionCount();
    // Points that do not record their partition go by their document's manifest, wherever it is.
    Map<String, List<ScannedPoint>> unrecorded = scan(IndexScan.withoutPartition());
    try {
      for (int p : local) {
        round.partition(ks, p, unrecorded);
      }
      round.strays(unrecorded, all);
    } finally {
      round.close();
    }
    return new Report(
        round.judged,
        round.points,
        Map.copyOf(round.found),
        round.deleted,
        round.reprocessed,
        List.copyOf(round.unrepairable),
        round.inFlight,
        round.unattributed,
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The work of one round, a partition at a time: its points are read, then its manifests (in that
   * order, after the committed offsets: see the class comment), judged and repaired, and dropped
   * before the next partition's are read, so a round holds one partition's points in memory.
   */
  private final class Round implements AutoCloseable {
    final Map<Integer, Long> committed;
    final Map<Finding, Integer> found = new EnumMap<>(Finding.class);
    final Set<String> unrepairable = new TreeSet<>();
    Consumer<byte[], byte[]> consumer;
    int judged;
    int skipped;
    long points;
    int deleted;
    int reprocessed;
    int inFlight;
    int unattributed;

    Round(Map<Integer, Long> committed) {
      this.committed = committed;
      for (Finding f : Finding.values()) {
        found.put(f, 0);
      }
    }

    /** Judges and repairs one partition; a partition whose store cannot be read now is skipped. */
    void partition(KafkaStreams ks, int p, Map<String, List<ScannedPoint>> unrecorded) {
      Map<String, List<ScannedPoint>> scanned = scan(IndexScan.ofPartition(p));
      Map<String, Manifest> manifests = manifests(ks, p);
      if (manifests == null) {
        skipped++;
        return;
      }
      judged++;
      manifests
          .keySet()
          .forEach(
              key -> {
                List<ScannedPoint> old = unrecorded.remove(key);
                if (old != null) {
                  scanned.computeIfAbsent(key, k -> new ArrayList<>()).addAll(old);
                }
              });
      long c = committed.get(p);
      ReconcilePlan plan = ReconcilePlan.of(manifests, indexed(scanned), c, indexer.modelId());
      count(plan);
      scan.delete(plan.orphans(), c);
      deleted += plan.orphans().size();
      for (String key : plan.reprocess()) {
        switch (reprocess(consumer(), p, key, manifests.get(key), c)) {
          case REPAIRED -> reprocessed++;
          case IN_FLIGHT -> inFlight++;
          case UNREPAIRABLE -> unrepairable.add(key);
        }
      }
    }

    /**
     * Points that record no partition and belong to no local manifest: judged (as orphans) only
     * when this instance has every partition and read them all, else they may be another
     * instance's; against the smallest committed offset, so that none is a point of an event in
     * flight.
     */
    void strays(Map<String, List<ScannedPoint>> unrecorded, boolean all) {
      if (!all || skipped > 0 || committed.isEmpty()) {
        unattributed = unrecorded.values().stream().mapToInt(List::size).sum();
        return;
      }
      long oldest = committed.values().stream().mapToLong(Long::longValue).min().orElse(0);
      ReconcilePlan plan =
          ReconcilePlan.of(Map.of(), indexed(unrecorded), oldest, indexer.modelId());
      count(plan);
      scan.delete(plan.orphans(), oldest);
      deleted += plan.orphans().size();
    }

    private void count(ReconcilePlan plan) {
      plan.counts().forEach((f, n) -> found.merge(f, n, Integer::sum));
      inFlight += plan.inFlight();
    }

    private Map<String, List<IndexedPoint>> indexed(Map<String, List<ScannedPoint>> scanned) {
      Map<String, List<IndexedPoint>> out = new HashMap<>();
      scanned.forEach(
          (key, list) -> {
            points += list.size();
            out.put(
                key,
                list.stream()
                    .map(
                        s ->
                            new IndexedPoint(
                                s.id(), key, s.fence(), s.version(), s.model(), s.policy()))
                    .toList());
          });
      return out;
    }

    private Consumer<byte[], byte[]> consumer() {
      if (consumer == null) {
        consumer = consumers.get();
      }
      return consumer;
    }

    @Override
    public void close() {
      if (consumer != null) {
        consumer.close();
      }
    }
  }

  /** What became of a document reconciliation processed again. */
  private enum Repair {
    REPAIRED,
    /** A change newer than the manifest is being written: left for the next round. */
    IN_FLIGHT,
    UNREPAIRABLE
  }

  /**
   * Processes the document's source again and writes it as a repair; unrepairable when the source
   * is gone or no longer gives the manifest's chunks, or when a committed change the manifest does
   * not record raised the document's fence token (a write Qdrant refused for good after the token
   * was raised, or a writer that had lost the partition): the repair's points would then be taken
   * for an overtaken change's and removed, the document's whole.
   */
  private Repair reprocess(
      Consumer<byte[], byte[]> consumer,
      int partition,
      String key,
      Manifest manifest,
      long committed) {
    long offset = manifest.seq() - 1;
    if (offset < 0) {
      return Repair.UNREPAIRABLE; // a manifest written before fence tokens: its source is unknown
    }
    ConsumerRecord<byte[], byte[]> record = read(consumer, partition, offset);
    if (record == null) {
      return Repair.UNREPAIRABLE;
    }
    DocumentChange change;
    try {
      change = intake.accept(topic, record.headers(), record.key(), record.value());
    } catch (InvalidEventException e) {
      return Repair.UNREPAIRABLE;
    }
    if (change == null
        || change.operation() != DocumentChange.Operation.UPSERT
        || !change.ref().toString().equals(key)) {
      return Repair.UNREPAIRABLE;
    }
    DocumentIndexer.Prepared prepared = indexer.prepare(change, null, partition, offset);
    if (prepared.write() == null || !pointIds(prepared.manifest()).equals(pointIds(manifest))) {
      return Repair.UNREPAIRABLE;
    }
    long token = indexer.writer().fence(change.ref());
    if (token > committed) {
      return Repair.IN_FLIGHT;
    }
    if (token > manifest.seq()) {
      return Repair.UNREPAIRABLE;
    }
    indexer.writer().write(List.of(prepared.write().asRepair()));
    return Repair.REPAIRED;
  }

  private static List<String> pointIds(Manifest manifest) {
    return manifest.chunks().stream().map(Manifest.ManifestChunk::pointId).toList();
  }

  /** The record at {@code offset}, or null when the partition no longer holds it. */
  private ConsumerRecord<byte[], byte[]> read(
      Consumer<byte[], byte[]> consumer, int partition, long offset) {
    TopicPartition tp = new TopicPartition(topic, partition);
    if (consumer.beginningOffsets(List.of(tp), KAFKA_TIMEOUT).getOrDefault(tp, 0L) > offset) {
      return null; // deleted by retention, or compacted away
    }
    consumer.assign(List.of(tp));
    consumer.seek(tp, offset);
    long deadline = System.nanoTime() + KAFKA_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
        if (r.offset() == offset) {
          return r;
        }
        if (r.offset() > offset) {
          return null;
        }
      }
      if (consumer.position(tp) > offset) {
        return null;
      }
    }
    return null;
  }

  private Set<Integer> localPartitions(KafkaStreams ks) {
    Set<Integer> local = new TreeSet<>();
    ks.metadataForLocalThreads()
        .forEach(
            thread ->
                thread
                    .activeTasks()
                    .forEach(
                        task ->
                            task.topicPartitions().stream()
                                .filter(tp -> tp.topic().equals(topic))
                                .forEach(tp -> local.add(tp.partition()))));
    return local;
  }

  private int partitionCount() {
    return kafka(admin.get().describeTopics(List.of(topic)).allTopicNames(), "describe the topic")
        .get(topic)
        .partitions()
        .size();
  }

  /** The application's committed offset of each partition; 0 where it has committed none. */
  /**
   * The committed offset each partition's local store is judged against: the smaller of the group's
   * and this instance's own last commit of the partition. An instance that has lost a partition
   * without knowing it yet (a long pause) still has its older store; the group's offset is then the
   * new owner's, and the new owner's points would look like orphans of the older manifests. Against
   * this instance's own commit they are above it, in flight, and left alone.
   */
  private Map<Integer, Long> committed(KafkaStreams ks, Set<Integer> partitions) {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        kafka(
            admin.get().listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata(),
            "read the committed offsets");
    Map<TopicPartition, Long> own = new HashMap<>();
    ks.metadataForLocalThreads()
        .forEach(t -> t.activeTasks().forEach(task -> own.putAll(task.committedOffsets())));
    Map<Integer, Long> out = new HashMap<>();
    for (int p : partitions) {
      TopicPartition tp = new TopicPartition(topic, p);
      OffsetAndMetadata o = offsets.get(tp);
      long group = o == null ? 0 : o.offset();
      long mine = own.getOrDefault(tp, -1L);
      // No commit of its own yet (just assigned): its store was restored to the group's offset.
      out.put(p, mine < 0 ? group : Math.min(mine, group));
    }
    return out;
  }

  /** The points that match {@code filter}, by document key. */
  private Map<String, List<ScannedPoint>> scan(io.qdrant.client.grpc.Common.Filter filter) {
    Map<String, List<ScannedPoint>> byKey = new HashMap<>();
    try {
      scan.forEach(
          filter,
          p -> {
            if (p.tenant() != null && p.documentId() != null) {
              byKey
                  .computeIfAbsent(p.tenant() + "/" + p.documentId(), k -> new ArrayList<>())
                  .add(p);
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the collection", e);
    }
    return byKey;
  }

  /** A partition's manifests by key; null when its store cannot be read now (restoring, moved). */
  private static Map<String, Manifest> manifests(KafkaStreams ks, int partition) {
    try {
      ReadOnlyKeyValueStore<String, Manifest> store =
          ks.store(
              StoreQueryParameters.fromNameAndType(
                      IndexerTopology.MANIFEST_STORE,
                      QueryableStoreTypes.<String, Manifest>keyValueStore())
                  .withPartition(partition));
      Map<String, Manifest> byKey = new HashMap<>();
      try (KeyValueIterator<String, Manifest> it = store.all()) {
        it.forEachRemaining(kv -> byKey.put(kv.key, kv.value));
      }
      return byKey;
    } catch (InvalidStateStoreException e) {
      return null;
    }
  }

  private static <T> T kafka(org.apache.kafka.common.KafkaFuture<T> future, String what) {
    try {
      return future.get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while trying to " + what, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer: could not " + what, e);
    }
  }
}
