package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbeddingBatcher;
import dev.indexer.embed.EmbeddingCache;
import dev.indexer.embed.EmbeddingConfig;
import dev.indexer.embed.EmbeddingMetrics;
import dev.indexer.event.ChangeDecoder;
import dev.indexer.event.EventConfig;
import dev.indexer.event.EventIntake;
import dev.indexer.event.EventLimits;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.text.Chunker;
import dev.indexer.text.Normaliser;
import io.micrometer.core.instrument.MeterRegistry;
import io.qdrant.client.QdrantClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaClientSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.Stores;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one topology of the service: documents in, Qdrant writes, status and dead letters out. */
@ApplicationScoped
public class IndexerTopology {

  /**
   * The application's Kafka clients; their producers write the Qdrant writes the processors batch.
   */
  private final TransactionalClientSupplier clients = new TransactionalClientSupplier();

  /** Per-document manifests, backed by a compacted changelog topic. */
  public static final String MANIFEST_STORE = "manifests";

  /**
   * What the sweep of manifests of deleted documents keeps per partition: whether it has dropped
   * any (see {@link ManifestSweep}); changelog-backed.
   */
  public static final String SWEEP_STORE = "manifest-sweep";

  static final String SOURCE = "documents-source";
  static final String INDEXER = "indexer";

  /**
   * The indexer of the topology's events, also used by reconciliation to process a document's
   * source again.
   */
  @Produces
  @jakarta.inject.Singleton
  DocumentIndexer documentIndexer(
      EventConfig events,
      Normaliser normaliser,
      PiiRedactor redactor,
      Chunker chunker,
      Embedder embedder,
      EmbeddingCache embeddingCache,
      EmbeddingMetrics embeddingMetrics,
      PointWriter writer,
      IndexedVectors indexed,
      EmbeddingBatcher batcher,
      EmbeddingConfig embedding) {
    DocumentIndexer indexer =
        new DocumentIndexer(
            normaliser,
            redactor,
            chunker,
            embedder,
            writer,
            Clock.systemUTC(),
            embeddingCache,
            embeddingMetrics,
            events.maxChunks(),
            indexed);
    return embedding.batching().enabled() ? indexer.batchedBy(batcher) : indexer;
  }

  @Produces
  Topology buildTopology(
      TopicsConfig topics,
      EventConfig events,
      DeadLetterConfig deadLetter,
      ChangeDecoder decoder,
      DocumentIndexer indexer,
      PipelineConfig pipeline,
      RetryConfig retry,
      ShutdownSignal shutdown,
      ProcessingGate gate,
      dev.indexer.qdrant.GenerationConfig generation,
      FreshnessMetrics freshness,
      MeterRegistry registry,
      io.opentelemetry.api.OpenTelemetry openTelemetry) {
    // Wiring only: the collection is checked by StartupChecks before Kafka Streams starts.
    ProcessingSettings settings =
        new ProcessingSettings(
            EventLimits.of(events),
            deadLetter.keepOriginal() ? deadLetter.maxOriginalBytes() : 0,
            retry.initialBackoff(),
            retry.maxBackoff(),
            retry.budget(),
            shutdown::stopping,
            pipeline.writeBatchPoints(),
            generation.number(),
            ManifestRetention.of(pipeline.deletedManifestGrace(), registry));
    return build(
        Topics.of(topics),
        decoder,
        indexer,
        settings,
        gate,
        clients.batches(),
        freshness,
        new EventTracing(openTelemetry));
  }

  /**
   * Pauses processing when an event has waited out its retry budget, until Qdrant and the embedder
   * answer again.
   */
  @Produces
  @ApplicationScoped
  ProcessingGate processingGate(
      ProcessingGate.Listener listener, QdrantClient client, Embedder embedder) {
    return new ProcessingGate(
        List.<ProcessingGate.Probe>of(
            () -> client.healthCheckAsync().get(10, TimeUnit.SECONDS),
            () -> embedder.embed(List.of("probe"))),
        listener);
  }

  void closeGate(@Disposes ProcessingGate gate) {
    gate.close();
  }

  /** Quarkus hands the started Kafka Streams client over as an event. */
  void onStreams(@Observes KafkaStreams streams, ProcessingGate gate) {
    gate.attach(streams);
  }

  /**
   * The Kafka clients of the application: Kafka's own, with a producer whose transactions write the
   * pending Qdrant writes of their events before they commit (see {@link PendingWrites}).
   */
  @Produces
  @ApplicationScoped
  KafkaClientSupplier kafkaClients(
      CollectionManager collections,
      TopicsConfig topics,
      @ConfigProperty(name = "quarkus.kafka-streams.application-id") String applicationId) {
    clients.beforeStart(
        admin ->
            FreshGenerationCheck.check(
                admin,
                collections.created(),
                collections.collection(),
                applicationId,
                topics.documents()));
    return clients;
  }

  /** The Kafka clients' supplier, which knows the admin settings once Kafka Streams is built. */
  TransactionalClientSupplier clients() {
    return clients;
  }

  /**
   * Stream threads that die of an unhandled exception are replaced rather than the client shut down
   * (Quarkus hands this bean to Kafka Streams).
   */
  @Produces
  @ApplicationScoped
  StreamsUncaughtExceptionHandler uncaughtExceptionHandler() {
    return new StreamThreadReplacer();
  }

  /** Builds a topology that writes every event on its own (tests with a test driver). */
  public static Topology build(
      Topics topics,
      ChangeDecoder decoder,
      DocumentIndexer indexer,
      ProcessingSettings settings,
      FaultListener faults) {
    return build(topics, decoder, indexer, settings, faults, new WriteBatches());
  }

  /**
   * Builds the topology from its parts; tests call this with their own parts. {@code batches} are
   * those of the application's {@link TransactionalClientSupplier}.
   */
  public static Topology build(
      Topics topics,
      ChangeDecoder decoder,
      DocumentIndexer indexer,
      ProcessingSettings settings,
      FaultListener faults,
      WriteBatches batches) {
    return build(topics, decoder, indexer, settings, faults, batches, Freshness.NONE);
  }

  /** As above, telling {@code freshness} when each change became searchable. */
  public static Topology build(
      Topics topics,
      ChangeDecoder decoder,
      DocumentIndexer indexer,
      ProcessingSettings settings,
      FaultListener faults,
      WriteBatches batches,
      Freshness freshness) {
    return build(topics, decoder, indexer, settings, faults, batches, freshness, EventTracing.NONE);
  }

  /** As above, with traces of the events. */
  public static Topology build(
      Topics topics,
      ChangeDecoder decoder,
      DocumentIndexer indexer,
      ProcessingSettings settings,
      FaultListener faults,
      WriteBatches batches,
      Freshness freshness,
      EventTracing tracing) {
    EventIntake intake = new EventIntake(decoder, settings.limits(), indexer.mediaTypes());
    Topology topology = new Topology();
    topology.addSource(
        SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.documents());
    topology.addProcessor(
        INDEXER,
        () ->
            new IndexingProcessor(
                intake, indexer, settings, faults, batches, topics, freshness, tracing),
        SOURCE);
    topology.addStateStore(
        // Uncached: a manifest put back after a refused write, at commit time, must reach the
        // changelog in the transaction that commits (see PendingWrites), not wait in a cache.
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(MANIFEST_STORE),
                Serdes.String(),
                new JsonSerde<>(Manifest.class))
            .withCachingDisabled(),
        INDEXER);
    topology.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SWEEP_STORE), Serdes.String(), Serdes.Long())
            .withCachingDisabled(),
        INDEXER);
    topology.addSink(
        IndexingProcessor.STATUS_SINK,
        topics.status(),
        new ByteArraySerializer(),
        new ByteArraySerializer(),
        INDEXER);
    topology.addSink(
        IndexingProcessor.DEAD_LETTER_SINK,
        topics.deadLetter(),
        new ByteArraySerializer(),
        new ByteArraySerializer(),
        INDEXER);
    return topology;
  }
}
