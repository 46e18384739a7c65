package dev.indexer.api;

import dev.indexer.auth.Callers;
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
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What the index holds for a document of the caller's tenant, from its manifest. Answers for the
 * documents whose partitions this instance processes. Another tenant's document is a 404, exactly
 * like a document that was never indexed: the lookup key is built from the caller's tenant.
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

  /** The manifest as the API shows it. */
  public record DocumentStatus(
      String tenant, String documentId, Long version, boolean deleted, int chunkCount, Instant lastIndexed, String modelId) {}

  private final KafkaStreams streams;
  private final Callers callers;
  private final SecurityIdentity identity;

  public DocumentResource(KafkaStreams streams, Callers callers, SecurityIdentity identity) {
    this.streams = streams;
    this.callers = callers;
    this.identity = identity;
  }

  @GET
  @Path("/{id}")
  public DocumentStatus get(@PathParam("id") String id, @Context UriInfo uri) {
    TenantParameter.reject(uri);
    String tenant =
        callers.of(identity).tenant().orElseThrow(() -> new ForbiddenException("documents are read as a tenant"));
    if (id.indexOf('/') >= 0) {
      // Manifests are keyed "tenant/id": an id with a slash could name another tenant's key.
      throw new NotFoundException("no such document has been indexed");
    }
    DocumentRef ref;
    try {
      ref = new DocumentRef(tenant, id);
    } catch (InvalidEventException e) {
      throw new BadRequestException("invalid document id");
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
      // The same answer whether the id is unknown or another tenant's; the id is not echoed.
      throw new NotFoundException("no such document has been indexed");
    }
    return new DocumentStatus(tenant, id, m.version(), m.deleted(), m.chunks().size(), m.indexedAt(), m.modelId());
  }
}
