package dev.indexer.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Only the infrastructure the service needs, in a process of its own: a real Kafka broker with
 * the service's topics and Qdrant local, with the sample documents published as JSON events. The
 * packaged service then runs against it as against any Kafka and Qdrant, so it can be stopped,
 * killed and started again while the infrastructure keeps its data. Built only with
 * {@code -Pembedded}; runs until Ctrl-C.
 *
 * <p>No schema registry is served (the in-memory one lives in one JVM only): events are JSON, or
 * Avro through an Apicurio Registry of one's own ({@code indexer.registry.url}).
 *
 * <p>System properties: {@code infrastructure.kafka-port} (default 9092, a free port if taken),
 * {@code infrastructure.qdrant-port} (default 6334, likewise), {@code infrastructure.partitions}
 * of the documents topic (default 3), {@code infrastructure.samples} (default true), and the
 * service's own topic names ({@code indexer.topics.documents}, {@code .status}, {@code
 * .dead-letter}).
 */
public final class InfrastructureMain {

  private static final ObjectMapper JSON = new ObjectMapper();

  private InfrastructureMain() {}

  public static void main(String... args) throws InterruptedException {
    int kafkaPort = Integer.getInteger("infrastructure.kafka-port", EmbeddedMain.KAFKA_PORT);
    int qdrantPort = Integer.getInteger("infrastructure.qdrant-port", EmbeddedMain.QDRANT_PORT);
    EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedMain.portOrFree(kafkaPort, "Kafka"));
    QdrantLocal qdrant = QdrantLocal.start(EmbeddedMain.portOrFree(qdrantPort, "Qdrant"));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  qdrant.close();
                  kafka.close();
                  stopped.countDown();
                },
                "infrastructure-stop"));
    String documents = System.getProperty("indexer.topics.documents", "documents");
    String status = System.getProperty("indexer.topics.status", "documents.status");
    String deadLetter = System.getProperty("indexer.topics.dead-letter", "documents.dlq");
    // Compacted: a new generation of the index can replay every document's newest event.
    kafka.createCompactedTopic(Integer.getInteger("infrastructure.partitions", 3), documents);
    kafka.createTopics(1, status, deadLetter);
    boolean samples = Boolean.parseBoolean(System.getProperty("infrastructure.samples", "true"));
    if (samples) {
      publishSamples(kafka, documents);
    }
    System.out.printf(
        "%nKafka broker         %s   (topics %s, %s, %s)%n"
            + "Qdrant local (gRPC)  %s:%d%n"
            + "Schema registry      none: publish JSON events (Avro needs an Apicurio Registry, indexer.registry.url)%n"
            + "Samples              %s%n%n"
            + "Start the service against it:%n"
            + "  java -Dquarkus.kafka-streams.bootstrap-servers=%s -Dindexer.qdrant.port=%d \\%n"
            + "       -Dkafka-streams.state.dir=target/indexer-state -jar target/quarkus-app/quarkus-run.jar%n"
            + "Ctrl-C stops the infrastructure; its data is gone then (delete target/indexer-state too).%n%n",
        kafka.bootstrapServers(),
        documents,
        status,
        deadLetter,
        qdrant.host(),
        qdrant.port(),
        samples ? SampleDocuments.SAMPLES.size() + " documents of tenant 'demo' on " + documents : "none",
        kafka.bootstrapServers(),
        qdrant.port());
    System.out.flush();
    stopped.await();
  }

  /** The samples of the embedded mode, as JSON events keyed {@code demo/<id>}. */
  private static void publishSamples(EmbeddedKafka kafka, String topic) {
    long version = System.currentTimeMillis();
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (SampleDocuments.Sample s : SampleDocuments.SAMPLES) {
      ObjectNode event = JSON.createObjectNode();
      event.put("eventId", "sample-" + s.id() + "-" + version);
      event.put("tenant", "demo");
      event.put("documentId", s.id());
      event.put("operation", "UPSERT");
      event.put("version", version);
      event.put("eventTime", version);
      event.put("title", s.title());
      event.put("content", s.content());
      event.put("contentType", "text/plain");
      event.putObject("metadata").put("team", s.team());
      records.add(
          new ProducerRecord<>(
              topic,
              ("demo/" + s.id()).getBytes(StandardCharsets.UTF_8),
              event.toString().getBytes(StandardCharsets.UTF_8)));
    }
    kafka.produce(topic, new ByteArraySerializer(), new ByteArraySerializer(), records);
  }
}
