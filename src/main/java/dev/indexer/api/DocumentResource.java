package dev.indexer.api;

import dev.indexer.event.DocumentRef;
import dev.indexer.event.InvalidEventException;
import dev.indexer.pipeline.IndexerTopology;
import dev.indexer.pipeline.Manifest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What the index holds for a document, from its manifest. Answers for the documents whose
 * partitions this instance processes.
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

  /** The manifest as the API shows it. */
  public record DocumentStatus(
      String tenant, String documentId, Long version, boolean deleted, int chunkCount, Instant lastIndexed, String modelId) {}

  private final KafkaStreams streams;

  public DocumentResource(KafkaStreams streams) {
    this.streams = streams;
  }

  @GET
  @Path("/{id}")
  public DocumentStatus get(@PathParam("id") String id, @QueryParam("tenant") String tenant) {
    DocumentRef ref;
    try {
      ref = new DocumentRef(tenant, id);
    } catch (InvalidEventException e) {
      throw new BadRequestException("query parameter 'tenant' is required");
    }
    Manifest m;
    try {
      ReadOnlyKeyValueStore<String, Manifest> store =
          streams.store(
              StoreQueryParameters.fromNameAndType(
                  IndexerTopology.MANIFEST_STORE, QueryableStoreTypes.keyValueStore()));
      m = store.get(ref.toString());
    } catch (InvalidStateStoreException e) {
      throw new ServiceUnavailableException("manifests are not queryable yet (Kafka Streams is " + streams.state() + ")");
    }
    if (m == null) {
      throw new NotFoundException("no document " + id + " of tenant " + tenant + " has been indexed");
    }
    return new DocumentStatus(tenant, id, m.version(), m.deleted(), m.chunks().size(), m.indexedAt(), m.modelId());
  }
}
