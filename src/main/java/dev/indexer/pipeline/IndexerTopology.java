package dev.indexer.pipeline;

import dev.indexer.embed.Embedder;
import dev.indexer.event.EventDecoder;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.text.SentenceChunker;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.Topology;

/** The one topology of the service: documents in, Qdrant writes, status and dead letters out. */
@ApplicationScoped
public class IndexerTopology {

  static final String SOURCE = "documents-source";
  static final String INDEXER = "indexer";

  @Produces
  Topology buildTopology(
      TopicsConfig topics,
      DeadLetterConfig deadLetter,
      RegistryClientFacade registry,
      Embedder embedder,
      CollectionManager collections,
      PointWriter writer) {
    // The collection must exist before the first event is processed; this runs before Kafka
    // Streams starts.
    collections.ensureCollection();
    EventDecoder decoder = new EventDecoder(registry);
    DocumentIndexer indexer =
        new DocumentIndexer(new SentenceChunker(80), embedder, writer, Clock.systemUTC());
    Topology topology = new Topology();
    topology.addSource(
        SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.documents());
    topology.addProcessor(
        INDEXER,
        () ->
            new IndexingProcessor(
                decoder, indexer, deadLetter, Duration.ofMillis(200), Duration.ofSeconds(30)),
        SOURCE);
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
