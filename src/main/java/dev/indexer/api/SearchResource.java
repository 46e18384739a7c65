package dev.indexer.api;

import static io.qdrant.client.ConditionFactory.matchKeyword;

import dev.indexer.auth.Caller;
import dev.indexer.auth.Callers;
import dev.indexer.embed.Embedder;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.qdrant.CollectionManager;
import dev.indexer.qdrant.PayloadFields;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.SearchPoints;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Semantic search over the caller's tenant, with the same model that embedded the chunks (and its
 * query instruction, if it has one: {@link Embedder#embedQuery}). The tenant comes from the
 * caller's identity and is always a filter of the Qdrant search; an admin searches every tenant,
 * and the {@value #SCOPE_HEADER} response header says which of the two a search covered. Optional
 * {@code filter=key=value} (repeatable) on the metadata keys of {@code indexer.search.filter-keys}.
 *
 * <p>The query goes through the same PII policy as documents before it is embedded, scoped to the
 * caller's tenant like the documents' HMAC pseudonyms: a query for an e-mail address finds the
 * chunks of the caller's tenant where it became the same placeholder or pseudonym, and the address
 * itself never reaches the embedder (a remote endpoint) or a log.
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  static final int MAX_LIMIT = 100;

  /** Response header: {@code tenant} (the caller's tenant only) or {@code all-tenants} (admin). */
  public static final String SCOPE_HEADER = "X-Search-Scope";

  private final QueryEmbedders queryEmbedders;
  private final PiiRedactor redactor;
  private final QdrantClient client;
  private final Callers callers;
  private final SecurityIdentity identity;
  private final Set<String> filterKeys;
  private final int maxQueryLength;
  private final Semaphore embedding;

  /** A search with {@code embedder} for the live generation's model, whatever it is. */
  public SearchResource(
      Embedder embedder,
      PiiRedactor redactor,
      QdrantClient client,
      CollectionManager collections,
      Callers callers,
      SecurityIdentity identity,
      SearchConfig config) {
    this(
        new QueryEmbedders(embedder, redactor.policyVersion(), collections),
        redactor,
        client,
        callers,
        identity,
        config);
  }

  @Inject
  public SearchResource(
      QueryEmbedders queryEmbedders,
      PiiRedactor redactor,
      QdrantClient client,
      Callers callers,
      SecurityIdentity identity,
      SearchConfig config) {
    this.queryEmbedders = queryEmbedders;
    this.redactor = redactor;
    this.client = client;
    this.callers = callers;
    this.identity = identity;
    this.filterKeys = config.filterKeys().map(Set::copyOf).orElse(Set.of());
    this.maxQueryLength = config.maxQueryLength();
    this.embedding = new Semaphore(config.maxConcurrentQueries());
  }

  @GET
  public Response search(
      @QueryParam("q") String query,
      @QueryParam("limit") Integer limit,
      @QueryParam("filter") List<String> filters,
      @Context UriInfo uri)
      throws InterruptedException, ExecutionException {
    TenantParameter.reject(uri);
    Caller caller = callers.of(identity);
    return Response.ok(search(caller, query, limit, filters))
        .header(SCOPE_HEADER, caller.admin() ? "all-tenants" : "tenant")
        .build();
  }

  /** The search itself, for an already authorized caller. */
  public List<SearchHit> search(Caller caller, String query, Integer limit, List<String> filters)
      throws InterruptedException, ExecutionException {
    if (query == null || query.isBlank()) {
      throw new BadRequestException("query parameter 'q' is required");
    }
    if (query.length() > maxQueryLength) {
      throw new BadRequestException(
          "query is longer than indexer.search.max-query-length ("
              + maxQueryLength
              + " characters)");
    }
    int n = limit == null ? 10 : limit;
    if (n < 1 || n > MAX_LIMIT) {
      throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
    }
    Filter filter = filter(caller, filters);
    // The collection, not the alias: the query's model and the vectors searched stay the same
    // generation's even if the alias moves meanwhile.
    QueryEmbedders.Target target = queryEmbedders.live();
    float[] vector = embedQuery(target.embedder(), redactorFor(caller), query);
    SearchPoints.Builder request =
        SearchPoints.newBuilder()
            .setCollectionName(target.collection())
            .setLimit(n)
            .setWithPayload(WithPayloadSelectorFactory.enable(true));
    for (float f : vector) {
      request.addVector(f);
    }
    if (filter.getMustCount() > 0) {
      request.setFilter(filter);
    }
    List<SearchHit> hits =
        client.searchAsync(request.build()).get().stream().map(SearchResource::hit).toList();
    if (!caller.admin()) {
      String tenant = caller.tenant().orElseThrow();
      // Fails closed: a hit of another tenant here means the filter above was lost on the way.
      if (hits.stream().anyMatch(h -> !tenant.equals(h.tenant()))) {
        throw new IllegalStateException("a search returned a chunk of another tenant");
      }
    }
    return hits;
  }

  /** Redacts and embeds the query within the concurrency limit; over it, 429 at once. */
  private float[] embedQuery(Embedder embedder, PiiRedactor redactor, String query) {
    if (!embedding.tryAcquire()) {
      throw new WebApplicationException(
          "too many searches at once (indexer.search.max-concurrent-queries)",
          Response.status(429).header("Retry-After", "1").build());
    }
    try {
      return embedder.embedQuery(redactor.redact(query).text());
    } finally {
      embedding.release();
    }
  }

  /**
   * The caller's tenant's redactor, whose pseudonyms are the ones its documents were indexed with.
   * An admin searches every tenant at once and no single tenant's pseudonyms fit them all: the
   * query is redacted with the unscoped policy, so its PII still never reaches the embedder, but a
   * pseudonymised value in the query matches no tenant's pseudonym of it (placeholders still
   * match).
   */
  private PiiRedactor redactorFor(Caller caller) {
    return caller.admin() ? redactor : redactor.forTenant(caller.tenant().orElseThrow());
  }

  private Filter filter(Caller caller, List<String> filters) {
    Filter.Builder filter = Filter.newBuilder();
    if (!caller.admin()) {
      String tenant =
          caller
              .tenant()
              .orElseThrow(
                  () -> new IllegalStateException("a caller without a tenant is an admin"));
      filter.addMust(matchKeyword(PayloadFields.TENANT, tenant));
    }
    for (String f : filters == null ? List.<String>of() : filters) {
      int eq = f.indexOf('=');
      if (eq < 1) {
        throw new BadRequestException("filter must be metadataKey=value");
      }
      String key = f.substring(0, eq);
      if (!filterKeys.contains(key)) {
        // The key is not echoed: it is caller input.
        throw new BadRequestException("filter key is not one of indexer.search.filter-keys");
      }
      filter.addMust(matchKeyword(PayloadFields.METADATA + "." + key, f.substring(eq + 1)));
    }
    return filter.build();
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
        metadata,
        string(payload, PayloadFields.MODEL_ID));
  }

  private static String string(Map<String, Value> payload, String key) {
    Value v = payload.get(key);
    return v == null || !v.hasStringValue() ? null : v.getStringValue();
  }
}
