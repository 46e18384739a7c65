package dev.indexer.testkit.kafka;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.BrokerServer;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside the JVM.
 *
 * <p>Built on Kafka's {@link KafkaClusterTestKit}. The test kit pre-binds its own listeners on
 * random ports; this class adds a separate {@code CLIENT} listener on {@code 127.0.0.1} that can
 * sit on a fixed port (for the embedded run mode: {@code 127.0.0.1:9092}, reachable with kcat),
 * and that is the listener clients bootstrap from. The test kit's listeners stay internal
 * (inter-broker and controller traffic).
 *
 * <p>Broker settings are production-like where it matters to the service: automatic topic
 * creation is off, transactions work on one node (replication factor 1 and min ISR 1 for the
 * transaction state log), the group initial rebalance delay is 0, and the cluster is formatted
 * with the production metadata version and production feature levels (no unstable APIs).
 *
 * <p>No JUnit or Quarkus APIs here: this class is main code in the {@code embedded} profile.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    /** Listener that clients use; can have a fixed port. */
    static final String CLIENT_LISTENER = "CLIENT";
    /** The test kit's broker listener (inter-broker); always on a random pre-bound port. */
    static final String INTERNAL_LISTENER = "INTERNAL";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** How long {@link #start()} waits for the broker to be ready before failing. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration OPERATION_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaClusterTestKit cluster;
    private final Path baseDirectory;
    private final String bootstrapServers;
    private final int port;
    /** Whether the client listener was configured on this port (not a free one picked at start). */
    private final boolean fixedPort;
    private final Admin admin;
    private final Object closeLock = new Object();
    private KafkaProducer<byte[], byte[]> producer;
    private volatile boolean closed;

    private EmbeddedKafka(KafkaClusterTestKit cluster, Path baseDirectory, int port, boolean fixedPort) {
        this(cluster, baseDirectory, port, fixedPort, "127.0.0.1:" + port);
    }

    private EmbeddedKafka(KafkaClusterTestKit cluster, Path baseDirectory, int port, boolean fixedPort,
                          String bootstrapServers) {
        this.cluster = cluster;
        this.baseDirectory = baseDirectory;
        this.port = port;
        this.fixedPort = fixedPort;
        this.bootstrapServers = bootstrapServers;
        Map<String, Object> adminConfig = new HashMap<>();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-admin");
        this.admin = Admin.create(adminConfig);
    }

    /** Starts a broker whose client listener is on a free loopback port. */
    public static EmbeddedKafka start() {
        return start(0);
    }

    /**
     * Starts a broker whose client listener is on {@code 127.0.0.1:port} ({@code 0}: a free port).
     *
     * @throws IllegalStateException if the port is taken, or the broker is not ready within
     *                               {@link #DEFAULT_STARTUP_TIMEOUT}
     */
    public static EmbeddedKafka start(int port) {
        return start(port, DEFAULT_STARTUP_TIMEOUT);
    }

    /**
     * Starts a broker whose client listener is on {@code 127.0.0.1:port} ({@code 0}: a free port),
     * failing with an {@link IllegalStateException} if it is not ready within {@code startupTimeout}.
     */
    public static EmbeddedKafka start(int port, Duration startupTimeout) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be 0..65535, was " + port);
        }
        if (port != 0) {
            ensurePortFree(port);
        }
        BrokerLogging.quietBrokerCategories();
        long startNanos = System.nanoTime();

        Path baseDirectory;
        try {
            baseDirectory = Files.createTempDirectory("embedded-kafka-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary folder for the embedded Kafka log dirs", e);
        }

        KafkaClusterTestKit cluster;
        try {
            cluster = new KafkaClusterTestKit.Builder(nodes(baseDirectory))
                    .setConfigProp("listeners", INTERNAL_LISTENER + "://localhost:0,"
                            + CONTROLLER_LISTENER + "://localhost:0,"
                            + CLIENT_LISTENER + "://127.0.0.1:" + port)
                    .setConfigProp("listener.security.protocol.map", INTERNAL_LISTENER + ":PLAINTEXT,"
                            + CONTROLLER_LISTENER + ":PLAINTEXT," + CLIENT_LISTENER + ":PLAINTEXT")
                    .setConfigProp("inter.broker.listener.name", INTERNAL_LISTENER)
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("num.partitions", "1")
                    .setConfigProp("default.replication.factor", "1")
                    .setConfigProp("min.insync.replicas", "1")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "5")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("transaction.state.log.num.partitions", "5")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("unstable.api.versions.enable", "false")
                    .setConfigProp("unstable.feature.versions.enable", "false")
                    .setConfigProp("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE))
                    .setDeleteOnClose(true)
                    .build();
        } catch (Exception e) {
            deleteQuietly(baseDirectory);
            throw new IllegalStateException("Cannot configure the embedded Kafka broker: " + e, e);
        }

        ExecutorService starter = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-kafka-start");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> startup = starter.submit(() -> {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return null;
        });
        int boundPort;
        try {
            startup.get(startupTimeout.toMillis(), TimeUnit.MILLISECONDS);
            boundPort = broker(cluster).boundPort(ListenerName.normalised(CLIENT_LISTENER));
            if (boundPort <= 0) {
                throw new IllegalStateException("The broker has no bound port for its client listener");
            }
        } catch (TimeoutException e) {
            startup.cancel(true);
            closeQuietly(cluster, baseDirectory);
            throw new IllegalStateException("Embedded Kafka broker did not become ready within "
                    + startupTimeout.toMillis() + " ms (client listener 127.0.0.1:" + port + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(cluster, baseDirectory);
            throw new IllegalStateException("Interrupted while starting the embedded Kafka broker", e);
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            closeQuietly(cluster, baseDirectory);
            if (port != 0 && mentionsBindFailure(cause)) {
                throw new IllegalStateException("Cannot start embedded Kafka: port " + port
                        + " on 127.0.0.1 is already in use", cause);
            }
            throw new IllegalStateException("Embedded Kafka broker failed to start (client listener 127.0.0.1:"
                    + port + "): " + cause, cause);
        } finally {
            starter.shutdownNow();
        }

        EmbeddedKafka kafka = new EmbeddedKafka(cluster, baseDirectory, boundPort, port != 0);
        LOG.info("Embedded Kafka broker ready on {} in {} ms (log dirs {})", kafka.bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), baseDirectory);
        return kafka;
    }

    /**
     * A handle on a broker this instance does not own (for example one started by another class
     * loader of the same JVM): the topic, client-config and produce/consume helpers work, and
     * {@link #close()} closes only this handle's admin client, never the broker.
     */
    public static EmbeddedKafka attach(String bootstrapServers) {
        String last = bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1);
        int port;
        try {
            port = Integer.parseInt(last.replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            port = -1;
        }
        return new EmbeddedKafka(null, null, port, false, bootstrapServers);
    }

    /** Whether this instance runs the broker (false for {@link #attach(String)} handles). */
    public boolean ownsBroker() {
        return cluster != null;
    }

    private static TestKitNodes nodes(Path baseDirectory) {
        return ProductionBootstrap.nodesBuilder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(baseDirectory)
                .setBrokerListenerName(ListenerName.normalised(INTERNAL_LISTENER))
                .setControllerListenerName(ListenerName.normalised(CONTROLLER_LISTENER))
                .build();
    }

    private static BrokerServer broker(KafkaClusterTestKit cluster) {
        return cluster.brokers().values().iterator().next();
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded Kafka: port " + port
                    + " on 127.0.0.1 is already in use (" + e.getMessage() + ")", e);
        }
    }

    private static boolean mentionsBindFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof java.net.BindException || message.contains("Address already in use")
                    || message.contains("failed to bind")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ accessors

    /** The client bootstrap address, {@code 127.0.0.1:port}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The port of the client listener on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Folder holding the broker's metadata and log dirs, deleted on {@link #close()}; null for an attached handle. */
    public Path logDirectory() {
        return baseDirectory;
    }

    /** A shared admin client on this broker. Owned by this instance: do not close it. */
    public Admin admin() {
        ensureOpen();
        return admin;
    }

    // ------------------------------------------------------------------ topics

    /** Creates topics (replication factor 1) and waits until they exist; existing topics are fine. */
    public void createTopics(int partitions, String... topics) {
        createTopics(partitions, Map.of(), topics);
    }

    /** Creates log-compacted topics ({@code cleanup.policy=compact}), as for changelogs and tables. */
    public void createCompactedTopic(int partitions, String... topics) {
        createTopics(partitions, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT), topics);
    }

    /** Creates topics with the given topic configs and waits until they exist; existing topics are fine. */
    public void createTopics(int partitions, Map<String, String> topicConfigs, String... topics) {
        ensureOpen();
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        if (topics.length == 0) {
            return;
        }
        List<NewTopic> newTopics = Arrays.stream(topics)
                .distinct()
                .map(name -> new NewTopic(name, partitions, (short) 1).configs(topicConfigs))
                .collect(Collectors.toList());
        admin.createTopics(newTopics).values().forEach((name, future) -> {
            try {
                future.get(OPERATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create topic " + name + ": " + e.getCause(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Timed out creating topic " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + name, e);
            }
        });
        awaitTopics(Set.copyOf(Arrays.asList(topics)));
    }

    /** Waits until every topic is known to the broker with a leader for every partition. */
    private void awaitTopics(Collection<String> topics) {
        long deadline = System.nanoTime() + OPERATION_TIMEOUT.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                        .get(OPERATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                boolean ready = described.values().stream()
                        .allMatch(d -> !d.partitions().isEmpty()
                                && d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (ready && described.keySet().containsAll(topics)) {
                    return;
                }
            } catch (ExecutionException e) {
                last = e.getCause();
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("Cannot describe topics " + topics + ": " + e.getCause(), e.getCause());
                }
            } catch (TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics " + topics, e);
            }
            sleep(20);
        }
        throw new IllegalStateException("Topics " + topics + " did not become available within "
                + OPERATION_TIMEOUT.toMillis() + " ms", last);
    }

    // ------------------------------------------------------------------ client configs

    /** Producer config: bootstrap servers, {@code acks=all}, idempotence on. A fresh mutable map. */
    public Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return config;
    }

    /**
     * Consumer config: bootstrap servers, the group, {@code auto.offset.reset=earliest}, no auto
     * commit, {@code isolation.level=read_committed}. A fresh mutable map.
     */
    public Map<String, Object> consumerConfig(String groupId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    // ------------------------------------------------------------------ produce / consume

    /** Produces one record and waits for its acknowledgement. */
    public <K, V> RecordMetadata produce(String topic, Serializer<K> keySerializer, Serializer<V> valueSerializer,
                                         K key, V value) {
        return produce(topic, keySerializer, valueSerializer, List.of(new ProducerRecord<>(topic, key, value))).get(0);
    }

    /**
     * Produces the records in order (a record's own topic wins over {@code topic} if set),
     * flushes, and waits for every acknowledgement. Returns the metadata in record order.
     */
    public <K, V> List<RecordMetadata> produce(String topic, Serializer<K> keySerializer, Serializer<V> valueSerializer,
                                               List<ProducerRecord<K, V>> records) {
        KafkaProducer<byte[], byte[]> producer = sharedProducer();
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        try {
            for (ProducerRecord<K, V> record : records) {
                String target = record.topic() != null && !record.topic().isEmpty() ? record.topic() : topic;
                Headers headers = new RecordHeaders(record.headers().toArray());
                byte[] key = keySerializer.serialize(target, headers, record.key());
                byte[] value = valueSerializer.serialize(target, headers, record.value());
                sent.add(producer.send(new ProducerRecord<>(target, record.partition(), record.timestamp(), key, value,
                        headers)));
            }
            producer.flush();
            List<RecordMetadata> acks = new ArrayList<>(sent.size());
            for (Future<RecordMetadata> future : sent) {
                acks.add(future.get(OPERATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return acks;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Producing to " + topic + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Producing to " + topic + " was not acknowledged within "
                    + OPERATION_TIMEOUT.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while producing to " + topic, e);
        }
    }

    /** One byte-array producer per broker: the helpers serialise, so any serdes share it. */
    private KafkaProducer<byte[], byte[]> sharedProducer() {
        synchronized (closeLock) {
            ensureOpen();
            if (producer == null) {
                Map<String, Object> config = producerConfig();
                config.put(ProducerConfig.CLIENT_ID_CONFIG, "embedded-kafka-producer");
                config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) OPERATION_TIMEOUT.toMillis());
                producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
            }
            return producer;
        }
    }

    /**
     * Every committed record of a topic right now, as a read_committed consumer sees it: each
     * partition read from the beginning to its stable end.
     */
    public List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic, Duration timeout) {
        Map<String, Object> config = consumerConfig("read-committed-" + System.nanoTime());
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Reads {@code topic} from the beginning of every partition (read_committed, no consumer group
     * membership) until at least {@code atLeast} records arrived, and returns them (per partition in
     * offset order). Throws an {@link IllegalStateException} describing what did arrive if fewer
     * came within {@code timeout}, or if the topic does not exist.
     */
    public <K, V> List<ConsumerRecord<K, V>> consume(String topic, Deserializer<K> keyDeserializer,
                                                     Deserializer<V> valueDeserializer, int atLeast, Duration timeout) {
        ensureOpen();
        Map<String, Object> config = consumerConfig("embedded-kafka-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "embedded-kafka-reader");
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config,
                nonClosing(keyDeserializer), nonClosing(valueDeserializer))) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, OPERATION_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalStateException("Cannot consume: topic " + topic + " does not exist");
            }
            List<TopicPartition> assignment = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .collect(Collectors.toList());
            consumer.assign(assignment);
            consumer.seekToBeginning(assignment);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (received.size() < atLeast) {
                long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remainingMs <= 0) {
                    throw new IllegalStateException("Expected at least " + atLeast + " records from " + topic
                            + " within " + timeout.toMillis() + " ms, got " + received.size() + ": "
                            + describe(received));
                }
                consumer.poll(Duration.ofMillis(Math.min(remainingMs, 200))).forEach(received::add);
            }
            return received;
        }
    }

    private static <K, V> String describe(List<ConsumerRecord<K, V>> records) {
        int shown = Math.min(records.size(), 20);
        String head = records.subList(0, shown).stream()
                .map(r -> r.topic() + "-" + r.partition() + "@" + r.offset() + " " + r.key() + "=" + r.value())
                .collect(Collectors.joining(", ", "[", shown < records.size() ? ", ...]" : "]"));
        return head;
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Stops the broker as a broker process stops (its controller keeps running), keeping its log
     * dirs; clients see it gone until {@link #startBroker()}. The client listener must have a
     * fixed port ({@link #start(int)} with a port other than 0), so that it comes back where
     * clients look for it.
     */
    public void stopBroker() {
        ensureOpen();
        if (cluster == null) {
            throw new IllegalStateException("Cannot stop a broker this handle does not own");
        }
        if (!fixedPort) {
            throw new IllegalStateException("A broker stopped and started again needs a fixed client port: start(port)");
        }
        BrokerServer broker = broker(cluster);
        broker.shutdown();
        broker.awaitShutdown();
        LOG.info("Embedded Kafka broker on {} stopped (log dirs kept)", bootstrapServers);
    }

    /**
     * Starts the broker stopped by {@link #stopBroker()} again, on the same client port and log
     * dirs, and waits until the controller has it registered and unfenced.
     */
    public void startBroker() {
        ensureOpen();
        BrokerServer broker = broker(cluster);
        long startNanos = System.nanoTime();
        try {
            broker.startup();
            cluster.waitForReadyBrokers();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Embedded Kafka broker did not come back: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the embedded Kafka broker", e);
        }
        int bound = broker.boundPort(ListenerName.normalised(CLIENT_LISTENER));
        if (bound != port) {
            throw new IllegalStateException("The broker came back on port " + bound + ", not " + port);
        }
        LOG.info("Embedded Kafka broker on {} started again in {} ms", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }


    /** Stops the broker and deletes its log dirs. Idempotent. */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        KafkaProducer<byte[], byte[]> openProducer;
        synchronized (closeLock) {
            openProducer = producer;
            producer = null;
        }
        if (openProducer != null) {
            try {
                openProducer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.warn("Closing the embedded Kafka producer failed", e);
            }
        }
        try {
            admin.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.warn("Closing the embedded Kafka admin client failed", e);
        }
        if (cluster != null) {
            closeQuietly(cluster, baseDirectory);
            LOG.info("Embedded Kafka broker on {} stopped", bootstrapServers);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + bootstrapServers + (closed ? ", closed" : "") + "]";
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Embedded Kafka broker on " + bootstrapServers + " is closed");
        }
    }

    private static void closeQuietly(KafkaClusterTestKit cluster, Path baseDirectory) {
        try {
            cluster.close();
        } catch (Exception e) {
            // A fault the broker recorded while running (the test kit rethrows it on close).
            LOG.error("Embedded Kafka broker reported an error while shutting down", e);
        } finally {
            deleteQuietly(baseDirectory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete embedded Kafka folder {}", directory, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The caller keeps ownership of the deserializer it passed in: the consumer must not close it. */
    private static <T> Deserializer<T> nonClosing(Deserializer<T> delegate) {
        return new Deserializer<>() {
            @Override
            public T deserialize(String topic, byte[] data) {
                return delegate.deserialize(topic, data);
            }

            @Override
            public T deserialize(String topic, Headers headers, byte[] data) {
                return delegate.deserialize(topic, headers, data);
            }

            @Override
            public T deserialize(String topic, Headers headers, java.nio.ByteBuffer data) {
                return delegate.deserialize(topic, headers, data);
            }
        };
    }
}
