package dev.indexer.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

  private static final StringSerializer SER = new StringSerializer();
  private static final StringDeserializer DE = new StringDeserializer();
  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() {
    long start = System.nanoTime();
    kafka = EmbeddedKafka.start();
    System.out.printf(
        "Embedded Kafka started in %d ms on %s%n",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), kafka.bootstrapServers());
  }

  @AfterAll
  static void stopBroker() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void listensOnLoopbackWithAFreePort() {
    assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    assertThat(kafka.port()).isPositive();
    assertThat(kafka.bootstrapServers()).endsWith(":" + kafka.port());
    assertThat(kafka.ownsBroker()).isTrue();
  }

  @Test
  void createsTopicsAndToleratesExistingOnes() throws Exception {
    kafka.createTopics(3, "topics-a", "topics-b");
    kafka.createTopics(3, "topics-a"); // again: fine
    kafka.createCompactedTopic(2, "topics-compacted");

    Map<String, TopicDescription> topics =
        kafka
            .admin()
            .describeTopics(List.of("topics-a", "topics-b", "topics-compacted"))
            .allTopicNames()
            .get();
    assertThat(topics.get("topics-a").partitions()).hasSize(3);
    assertThat(topics.get("topics-b").partitions()).hasSize(3);
    assertThat(topics.get("topics-compacted").partitions()).hasSize(2);
    assertThat(topics.get("topics-a").partitions().get(0).replicas()).hasSize(1);

    ConfigResource compacted = new ConfigResource(ConfigResource.Type.TOPIC, "topics-compacted");
    Config config = kafka.admin().describeConfigs(List.of(compacted)).all().get().get(compacted);
    assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
  }

  @Test
  void brokerIsConfiguredLikeProduction() throws Exception {
    String brokerId =
        String.valueOf(kafka.admin().describeCluster().nodes().get().iterator().next().id());
    ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, brokerId);
    Config config = kafka.admin().describeConfigs(List.of(broker)).all().get().get(broker);
    assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
    assertThat(config.get("transaction.state.log.replication.factor").value()).isEqualTo("1");
    assertThat(config.get("transaction.state.log.min.isr").value()).isEqualTo("1");
    assertThat(config.get("offsets.topic.replication.factor").value()).isEqualTo("1");
    assertThat(config.get("group.initial.rebalance.delay.ms").value()).isEqualTo("0");
  }

  @Test
  void producesAndConsumesInOrder() {
    kafka.createTopics(2, "roundtrip");
    List<ProducerRecord<String, String>> records =
        IntStream.range(0, 20)
            .mapToObj(i -> new ProducerRecord<>("roundtrip", "key-" + (i % 4), "value-" + i))
            .collect(Collectors.toList());
    kafka.produce("roundtrip", SER, SER, records);
    kafka.produce("roundtrip", SER, SER, "single", "one");

    List<ConsumerRecord<String, String>> got =
        kafka.consume("roundtrip", DE, DE, 21, Duration.ofSeconds(20));

    assertThat(got).hasSize(21);
    assertThat(got)
        .extracting(ConsumerRecord::value)
        .containsAll(records.stream().map(ProducerRecord::value).collect(Collectors.toList()))
        .contains("one");
    // Within a key (one partition) Kafka keeps the order.
    List<String> key1 =
        got.stream()
            .filter(r -> "key-1".equals(r.key()))
            .map(ConsumerRecord::value)
            .collect(Collectors.toList());
    assertThat(key1).containsExactly("value-1", "value-5", "value-9", "value-13", "value-17");
  }

  @Test
  void consumeReportsWhatItGotOnTimeout() {
    kafka.createTopics(1, "too-few");
    kafka.produce("too-few", SER, SER, "k", "only-one");

    assertThatThrownBy(() -> kafka.consume("too-few", DE, DE, 3, Duration.ofSeconds(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 3")
        .hasMessageContaining("got 1")
        .hasMessageContaining("only-one");
  }

  @Test
  void topicsAreNotCreatedAutomatically() throws Exception {
    assertThatThrownBy(() -> kafka.consume("never-created", DE, DE, 1, Duration.ofSeconds(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never-created");
    assertThat(kafka.admin().listTopics().names().get()).doesNotContain("never-created");
  }

  @Test
  void transactionsWorkOnASingleNode() {
    kafka.createTopics(1, "tx-out");
    Map<String, Object> config = kafka.producerConfig();
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-test-" + System.nanoTime());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, SER, SER)) {
      producer.initTransactions();

      producer.beginTransaction();
      producer.send(new ProducerRecord<>("tx-out", "a", "committed-1"));
      producer.send(new ProducerRecord<>("tx-out", "b", "committed-2"));
      producer.commitTransaction();

      producer.beginTransaction();
      producer.send(new ProducerRecord<>("tx-out", "c", "aborted-1"));
      producer.send(new ProducerRecord<>("tx-out", "d", "aborted-2"));
      producer.flush();
      producer.abortTransaction();

      producer.beginTransaction();
      producer.send(new ProducerRecord<>("tx-out", "e", "committed-3"));
      producer.commitTransaction();
    }

    // read_committed (the default of consumerConfig): only committed records.
    List<ConsumerRecord<String, String>> committed =
        kafka.consume("tx-out", DE, DE, 3, Duration.ofSeconds(20));
    assertThat(committed)
        .extracting(ConsumerRecord::value)
        .containsExactly("committed-1", "committed-2", "committed-3");

    // read_uncommitted sees the aborted records too: the isolation level is what hid them.
    Map<String, Object> uncommitted = kafka.consumerConfig("uncommitted-" + System.nanoTime());
    uncommitted.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    List<String> all = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(uncommitted, DE, DE)) {
      TopicPartition partition = new TopicPartition("tx-out", 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (all.size() < 5 && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> all.add(r.value()));
      }
    }
    assertThat(all)
        .containsExactly("committed-1", "committed-2", "aborted-1", "aborted-2", "committed-3");
  }

  @Test
  void startsOnAFixedPortAndRefusesATakenOne() throws IOException {
    int port = freePort();
    Path logDirectory;
    try (EmbeddedKafka fixed = EmbeddedKafka.start(port)) {
      assertThat(fixed.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
      assertThat(fixed.port()).isEqualTo(port);
      logDirectory = fixed.logDirectory();
      assertThat(logDirectory).isDirectory();

      fixed.createTopics(1, "fixed-port");
      fixed.produce("fixed-port", SER, SER, "k", "v");
      assertThat(fixed.consume("fixed-port", DE, DE, 1, Duration.ofSeconds(20)))
          .extracting(ConsumerRecord::value)
          .containsExactly("v");

      // The port is taken by the running broker now.
      assertThatThrownBy(() -> EmbeddedKafka.start(port))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(String.valueOf(port))
          .hasMessageContaining("already in use");
    }
    assertThat(Files.exists(logDirectory)).as("log dirs removed on close").isFalse();

    // Taken by something else entirely.
    try (ServerSocket squatter = new ServerSocket()) {
      squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int taken = squatter.getLocalPort();
      assertThatThrownBy(() -> EmbeddedKafka.start(taken))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("port " + taken)
          .hasMessageContaining("already in use");
    }
  }

  @Test
  void closeIsIdempotentAndLaterUseFailsClearly() {
    EmbeddedKafka broker = EmbeddedKafka.start();
    Path logDirectory = broker.logDirectory();
    broker.close();
    broker.close();
    assertThat(broker.isClosed()).isTrue();
    assertThat(Files.exists(logDirectory)).isFalse();
    assertThatThrownBy(() -> broker.createTopics(1, "after-close"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void failsLoudlyWhenTheBrokerIsNotReadyInTime() {
    Set<Path> before = embeddedKafkaTempDirs();
    assertThatThrownBy(() -> EmbeddedKafka.start(0, Duration.ofMillis(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not become ready within 1 ms");
    assertThat(embeddedKafkaTempDirs()).as("no log dirs left behind").isSubsetOf(before);
  }

  @Test
  void attachedHandleUsesTheBrokerWithoutOwningIt() {
    try (EmbeddedKafka handle = EmbeddedKafka.attach(kafka.bootstrapServers())) {
      assertThat(handle.ownsBroker()).isFalse();
      assertThat(handle.port()).isEqualTo(kafka.port());
      handle.createTopics(1, "attached");
      handle.produce("attached", SER, SER, "k", "via-handle");
    }
    // Closing the handle left the broker running.
    assertThat(kafka.consume("attached", DE, DE, 1, Duration.ofSeconds(20)))
        .extracting(ConsumerRecord::value)
        .containsExactly("via-handle");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    }
  }

  private static Set<Path> embeddedKafkaTempDirs() {
    try (var paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return paths
          .filter(p -> p.getFileName().toString().startsWith("embedded-kafka-"))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
