package dev.indexer.api;

import static io.qdrant.client.ConditionFactory.matchKeyword;

import dev.indexer.embed.Embedder;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PayloadFields;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.SearchPoints;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Semantic search over the index, with the same model that embedded the chunks (and its query
 * instruction, if it has one: {@link Embedder#embedQuery}). Optional filters:
 * {@code tenant=T}, and {@code filter=key=value} (repeatable) on metadata values.
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  static final int MAX_LIMIT = 100;

  private final Embedder embedder;
  private final QdrantClient client;
  private final CollectionManager collections;

  public SearchResource(Embedder embedder, QdrantClient client, CollectionManager collections) {
    this.embedder = embedder;
    this.client = client;
    this.collections = collections;
  }

  @GET
  public List<SearchHit> search(
      @QueryParam("q") String query,
      @QueryParam("limit") Integer limit,
      @QueryParam("tenant") String tenant,
      @QueryParam("filter") List<String> filters)
      throws InterruptedException, ExecutionException {
    if (query == null || query.isBlank()) {
      throw new BadRequestException("query parameter 'q' is required");
    }
    int n = limit == null ? 10 : limit;
    if (n < 1 || n > MAX_LIMIT) {
      throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
    }
    float[] vector = embedder.embedQuery(query);
    SearchPoints.Builder request =
        SearchPoints.newBuilder()
            .setCollectionName(collections.alias())
            .setLimit(n)
            .setWithPayload(WithPayloadSelectorFactory.enable(true));
    for (float f : vector) {
      request.addVector(f);
    }
    Filter.Builder filter = Filter.newBuilder();
    if (tenant != null && !tenant.isBlank()) {
      filter.addMust(matchKeyword(PayloadFields.TENANT, tenant));
    }
    for (String f : filters == null ? List.<String>of() : filters) {
      int eq = f.indexOf('=');
      if (eq < 1) {
        throw new BadRequestException("filter must be metadataKey=value");
      }
      filter.addMust(matchKeyword(PayloadFields.METADATA + "." + f.substring(0, eq), f.substring(eq + 1)));
    }
    if (filter.getMustCount() > 0) {
      request.setFilter(filter);
    }
    return client.searchAsync(request.build()).get().stream().map(SearchResource::hit).toList();
  }

  private static SearchHit hit(ScoredPoint p) {
    Map<String, Value> payload = p.getPayloadMap();
    Map<String, String> metadata = new HashMap<>();
    Value meta = payload.get(PayloadFields.METADATA);
    if (meta != null && meta.hasStructValue()) {
      meta.getStructValue().getFieldsMap().forEach((k, v) -> metadata.put(k, v.getStringValue()));
    }
    Value chunkIndex = payload.get(PayloadFields.CHUNK_INDEX);
    return new SearchHit(
        p.getId().hasUuid() ? p.getId().getUuid() : Long.toUnsignedString(p.getId().getNum()),
        p.getScore(),
        string(payload, PayloadFields.TENANT),
        string(payload, PayloadFields.DOCUMENT_ID),
        string(payload, PayloadFields.TITLE),
        string(payload, PayloadFields.HEADING_PATH),
        chunkIndex == null ? null : chunkIndex.getIntegerValue(),
        string(payload, PayloadFields.TEXT),
        metadata);
  }

  private static String string(Map<String, Value> payload, String key) {
    Value v = payload.get(key);
    return v == null || !v.hasStringValue() ? null : v.getStringValue();
  }
}
