package dev.indexer.embedded;

import dev.indexer.event.avro.DocumentChangeEvent;
import dev.indexer.event.avro.DocumentKey;
import dev.indexer.event.avro.Operation;
import dev.indexer.pipeline.TopicsConfig;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Publishes a few sample documents at start so that a first run shows something indexed. */
@ApplicationScoped
public class SampleDocuments {

  record Sample(String id, String title, String content, String team) {}

  static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              "handbook-onboarding",
              "Onboarding checklist",
              "New engineers get a laptop on their first day. They set up single sign-on, join the"
                  + " on-call rotation after four weeks, and pair with a mentor for their first"
                  + " three releases.",
              "people"),
          new Sample(
              "runbook-kafka-lag",
              "Runbook: consumer lag",
              "When consumer lag grows, first check whether the consumer group is rebalancing."
                  + " Scale the deployment up to the number of partitions, never beyond it. If a"
                  + " single partition lags, look for a hot key.",
              "platform"),
          new Sample(
              "faq-vacation",
              "Vacation policy",
              "Employees have twenty-five days of paid vacation a year. Unused days carry over until"
                  + " the end of March of the following year.",
              "people"),
          new Sample(
              "adr-vector-db",
              "ADR 12: vector database",
              "We chose Qdrant for semantic search because it filters on payload fields during the"
                  + " vector search, supports aliases for zero-downtime re-indexing and runs well on"
                  + " Kubernetes.",
              "platform"),
          new Sample(
              "recipe-bread",
              "Weekend sourdough",
              "Feed the starter the evening before. Mix flour, water and salt, fold four times over"
                  + " two hours, proof overnight in the fridge and bake in a hot Dutch oven.",
              "kitchen"));

  private final TopicsConfig topics;
  private final RegistryClientFacade registry;
  private final String bootstrapServers;
  private final dev.indexer.event.InputConfig input;

  public SampleDocuments(
      TopicsConfig topics,
      RegistryClientFacade registry,
      @ConfigProperty(name = "quarkus.kafka-streams.bootstrap-servers") String bootstrapServers,
      dev.indexer.event.InputConfig input) {
    this.input = input;
    this.topics = topics;
    this.registry = registry;
    this.bootstrapServers = bootstrapServers;
  }

  void publish(@Observes StartupEvent start) {
    if (input.format() != dev.indexer.event.InputFormat.EVENTS) {
      // The samples are the service's own events: another input format would dead-letter them.
      Log.infof("No sample documents: the input format is %s", input.format());
      return;
    }
    AvroKafkaSerializer<Object> keys = new AvroKafkaSerializer<>(registry);
    keys.configure(Map.of("apicurio.registry.auto-register", "true"), true);
    AvroKafkaSerializer<Object> values = new AvroKafkaSerializer<>(registry);
    values.configure(Map.of("apicurio.registry.auto-register", "true"), false);
    try (KafkaProducer<Object, Object> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
            keys,
            values)) {
      long version = System.currentTimeMillis();
      for (Sample s : SAMPLES) {
        DocumentChangeEvent event =
            DocumentChangeEvent.newBuilder()
                .setEventId("sample-" + s.id() + "-" + version)
                .setDocumentId(s.id())
                .setTenant("demo")
                .setOperation(Operation.UPSERT)
                .setVersion(version)
                .setEventTime(Instant.ofEpochMilli(version))
                .setTitle(s.title())
                .setContent(s.content())
                .setContentType("text/plain")
                .setMetadata(Map.of("team", s.team()))
                .build();
        producer.send(
            new ProducerRecord<>(topics.documents(), new DocumentKey("demo", s.id()), event));
      }
      producer.flush();
    }
    Log.infof(
        "Published %d sample documents of tenant 'demo' to topic %s. Try:%n"
            + "  curl 'http://localhost:8080/search?q=how+do+I+handle+consumer+lag&limit=3'",
        SAMPLES.size(),
        topics.documents());
  }
}
