package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaClientSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the batched Qdrant writes rely on in Kafka itself, pinned with a topology of a few lines so
 * that a Kafka upgrade that changes any of it fails here, by name, rather than somewhere in the
 * end-to-end tests (see {@link WriteBatches} and {@link PendingWrites}):
 *
 * <ul>
 *   <li>under {@code exactly_once_v2}, Kafka Streams begins, commits and aborts a stream thread's
 *       transactions on that thread, the one that processed their records;
 *   <li>what the producer sends, and what a processor's state store is given, inside {@code
 *       commitTransaction} before the real commit is committed with the transaction's offsets:
 *       outputs, changelog and local store agree;
 *   <li>a {@link CommitFailedException} from {@code commitTransaction} aborts all of it, and the
 *       records are processed again.
 * </ul>
 */
class CommitTimeWritesContractTest {

  private static final String STORE = "values";
  private static final int RECORDS = 40;

  private final EmbeddedKafka kafka = KafkaBrokerResource.kafka();
  private final String suffix = Long.toString(System.nanoTime());
  private final String input = "contract-in-" + suffix;
  private final String output = "contract-out-" + suffix;
  private final String applicationId = "contract-" + suffix;

  /** Work the processors leave for their thread's next commit. */
  private final Map<Thread, List<Work>> atCommit = new ConcurrentHashMap<>();

  private final Set<Thread> processing = ConcurrentHashMap.newKeySet();
  private final List<String> transactionCalls = new CopyOnWriteArrayList<>();
  private final AtomicBoolean failNextCommit = new AtomicBoolean();
  private final List<String> processed = new CopyOnWriteArrayList<>();
  private KafkaStreams streams;

  @AfterEach
  void close() {
    if (streams != null) {
      streams.close(Duration.ofSeconds(30));
    }
  }

  @Test
  void whatACommitAddsIsCommittedWithItOrAbortedWithIt() throws Exception {
    kafka.createTopics(2, input);
    kafka.createTopics(1, output);
    failNextCommit.set(true);
    start();
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      records.add(new ProducerRecord<>(input, "k" + i, "v" + i));
    }
    try (Producer<String, String> producer =
        new KafkaProducer<>(
            kafka.producerConfig(), new StringSerializer(), new StringSerializer())) {
      records.forEach(producer::send);
    }

    List<ConsumerRecord<byte[], byte[]>> outputs = awaitCommitted(output, RECORDS);
    Map<String, Integer> perKey = new HashMap<>();
    outputs.forEach(r -> perKey.merge(utf8(r.key()), 1, Integer::sum));
    assertThat(perKey)
        .as("each record's commit-time output, once: the failed commit's were aborted")
        .hasSize(RECORDS)
        .allSatisfy((k, n) -> assertThat(n).isEqualTo(1));
    assertThat(processed.size())
        .as("the records of the failed commit were processed again")
        .isGreaterThan(RECORDS);

    Map<String, String> changelog = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r :
        kafka.readCommitted(applicationId + "-" + STORE + "-changelog", Duration.ofSeconds(10))) {
      changelog.put(utf8(r.key()), Serdes.String().deserializer().deserialize(null, r.value()));
    }
    ReadOnlyKeyValueStore<String, String> store =
        streams.store(
            StoreQueryParameters.fromNameAndType(STORE, QueryableStoreTypes.keyValueStore()));
    for (int i = 0; i < RECORDS; i++) {
      assertThat(changelog)
          .as("the store's change at commit time is in the changelog")
          .containsEntry("k" + i, "at-commit");
      assertThat(store.get("k" + i)).as("and in the local store").isEqualTo("at-commit");
    }

    assertThat(transactionCalls)
        .as("transactions begun, committed and aborted")
        .anyMatch(c -> c.startsWith("begin"))
        .anyMatch(c -> c.startsWith("commit"))
        .anyMatch(c -> c.startsWith("abort"));
    assertThat(transactionCalls)
        .as("each on a stream thread that processed the transaction's records")
        .allMatch(c -> c.endsWith(":processing-thread"));
  }

  private void start() throws Exception {
    Topology topology = new Topology();
    topology.addSource("in", new ByteArrayDeserializer(), new ByteArrayDeserializer(), input);
    topology.addProcessor("p", Recording::new, "in");
    topology.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.String()),
        "p");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("contract").toString());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    props.put(StreamsConfig.consumerPrefix("max.poll.records"), 5);
    props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 10_000);
    streams = new KafkaStreams(topology, props, new Clients());
    streams.start();
  }

  private List<ConsumerRecord<byte[], byte[]>> awaitCommitted(String topic, int count) {
    List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              read.clear();
              read.addAll(kafka.readCommitted(topic, Duration.ofSeconds(2)));
              return read.size() >= count;
            });
    return read;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A record's work at commit: a change of its processor's store, and an output. */
  private record Work(String key, Runnable put) {}

  /** Puts what it processed into its store, and leaves work for the commit. */
  private final class Recording implements Processor<byte[], byte[], Void, Void> {
    private KeyValueStore<String, String> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
      String key = utf8(record.key());
      processing.add(Thread.currentThread());
      processed.add(key);
      store.put(key, "processed");
      atCommit
          .computeIfAbsent(Thread.currentThread(), t -> new CopyOnWriteArrayList<>())
          .add(new Work(key, () -> store.put(key, "at-commit")));
    }
  }

  private final class Clients implements KafkaClientSupplier {
    @Override
    public Admin getAdmin(Map<String, Object> config) {
      return Admin.create(config);
    }

    @Override
    public Producer<byte[], byte[]> getProducer(Map<String, Object> config) {
      return new CommittingProducer(
          new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
    }

    @Override
    public Consumer<byte[], byte[]> getConsumer(Map<String, Object> config) {
      return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public Consumer<byte[], byte[]> getRestoreConsumer(Map<String, Object> config) {
      return getConsumer(config);
    }

    @Override
    public Consumer<byte[], byte[]> getGlobalConsumer(Map<String, Object> config) {
      return getConsumer(config);
    }
  }

  /**
   * Kafka's producer, doing the thread's commit-time work first and failing one commit after it.
   */
  private final class CommittingProducer extends ForwardingProducer {
    CommittingProducer(Producer<byte[], byte[]> delegate) {
      super(delegate);
    }

    private void call(String what) {
      Thread thread = Thread.currentThread();
      transactionCalls.add(
          what + ":" + (processing.contains(thread) ? "processing-thread" : thread.getName()));
    }

    @Override
    public void beginTransaction() {
      call("begin");
      super.beginTransaction();
    }

    @Override
    public void commitTransaction() {
      call("commit");
      List<Work> work = atCommit.remove(Thread.currentThread());
      if (work != null) {
        for (Work w : work) {
          w.put().run();
          send(new ProducerRecord<>(output, w.key().getBytes(StandardCharsets.UTF_8), new byte[0]));
        }
        if (failNextCommit.compareAndSet(true, false)) {
          throw new CommitFailedException("failed on purpose after the commit-time work");
        }
      }
      super.commitTransaction();
    }

    @Override
    public void abortTransaction() {
      call("abort");
      atCommit.remove(Thread.currentThread());
      super.abortTransaction();
    }
  }
}
