package dev.indexer.monitor;

import static io.qdrant.client.ConditionFactory.matchKeyword;

import dev.indexer.qdrant.IndexScan;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.qdrant.QdrantCalls;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Points.GetPoints;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.SearchParams;
import io.qdrant.client.grpc.Points.SearchPoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Measures recall@k of a collection's approximate index: stored points sampled per tenant serve as
 * queries, each searched twice within its tenant (as {@code /search} filters), once as the
 * collection searches by default (HNSW, with quantization when it is on) and once exactly ({@code
 * exact=true}); recall@k is the share of the exact top k that the normal search also found,
 * averaged over the queries.
 *
 * <p>Cost: one paced scan of ids and tenants (no vectors), one read of the sampled points' vectors,
 * then two searches a query at no more than {@code searchesPerSecond}.
 */
public final class RecallProbe {

  /**
   * A round's answer.
   *
   * @param recall mean recall@k over the queries; NaN when there were none
   * @param queries points used as queries
   * @param tenants tenants they were drawn from
   */
  public record Result(double recall, int queries, int tenants, long millis) {}

  private final QdrantClient client;
  private final String collection;
  private final IndexScan scan;
  private final int k;
  private final int maxTenants;
  private final int samplesPerTenant;
  private final int searchesPerSecond;

  /**
   * @param maxTenants the most tenants a round samples (a random choice of them when there are
   *     more)
   * @param samplesPerTenant the most points sampled a tenant
   * @param pointsPerSecond the most points the sampling scan reads a second
   * @param searchesPerSecond the most searches a round sends a second
   */
  public RecallProbe(
      QdrantClient client,
      String collection,
      int k,
      int maxTenants,
      int samplesPerTenant,
      int pointsPerSecond,
      int searchesPerSecond) {
    this.client = client;
    this.collection = collection;
    this.scan = new IndexScan(client, collection, 256, pointsPerSecond);
    this.k = k;
    this.maxTenants = maxTenants;
    this.samplesPerTenant = samplesPerTenant;
    this.searchesPerSecond = searchesPerSecond;
  }

  /** Samples, searches and compares; {@code random} decides the sample. */
  public Result measure(Random random) throws InterruptedException {
    long start = System.nanoTime();
    Map<String, List<String>> sample = sample(random);
    Map<String, float[]> vectors = vectorsOf(sample);
    double sum = 0;
    int queries = 0;
    for (Map.Entry<String, List<String>> tenant : sample.entrySet()) {
      for (String id : tenant.getValue()) {
        float[] vector = vectors.get(id);
        if (vector == null) {
          continue; // deleted since the scan
        }
        long before = System.nanoTime();
        Set<String> exact = ids(search(vector, tenant.getKey(), true));
        Set<String> normal = ids(search(vector, tenant.getKey(), false));
        pace(2, before);
        if (exact.isEmpty()) {
          continue;
        }
        sum += recall(exact, normal);
        queries++;
      }
    }
    return new Result(
        queries == 0 ? Double.NaN : sum / queries,
        queries,
        sample.size(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The share of {@code exact} that {@code found} holds. */
  static double recall(Set<String> exact, Set<String> found) {
    int hit = 0;
    for (String id : exact) {
      if (found.contains(id)) {
        hit++;
      }
    }
    return (double) hit / exact.size();
  }

  /**
   * Point ids by tenant: the tenants of the lowest random ranks (a random choice of at most {@code
   * maxTenants}, whatever the scan order), each with a uniform reservoir sample of its points.
   */
  private Map<String, List<String>> sample(Random random) throws InterruptedException {
    long salt = random.nextLong();
    TreeMap<Long, String> chosen = new TreeMap<>();
    Map<String, Reservoir> reservoirs = new HashMap<>();
    scan.forEach(
        Filter.getDefaultInstance(),
        p -> {
          if (p.tenant() == null) {
            return;
          }
          Reservoir r = reservoirs.get(p.tenant());
          if (r == null) {
            long rank = rank(p.tenant(), salt);
            if (chosen.containsKey(rank)
                || (chosen.size() >= maxTenants && rank >= chosen.lastKey())) {
              return; // a rank taken by another tenant (one in 2^64) or above the chosen ones
            }
            chosen.put(rank, p.tenant());
            r = new Reservoir(samplesPerTenant);
            reservoirs.put(p.tenant(), r);
            if (chosen.size() > maxTenants) {
              reservoirs.remove(chosen.pollLastEntry().getValue());
            }
          }
          r.offer(p.id(), random);
        });
    Map<String, List<String>> sample = new TreeMap<>();
    reservoirs.forEach((tenant, r) -> sample.put(tenant, r.items));
    return sample;
  }

  private static long rank(String tenant, long salt) {
    long h = salt ^ tenant.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** Algorithm R: a uniform sample of at most {@code size} of the items offered. */
  private static final class Reservoir {
    final List<String> items = new ArrayList<>();
    final int size;
    long seen;

    Reservoir(int size) {
      this.size = size;
    }

    void offer(String id, Random random) {
      seen++;
      if (items.size() < size) {
        items.add(id);
      } else {
        long j = (long) (random.nextDouble() * seen);
        if (j < size) {
          items.set((int) j, id);
        }
      }
    }
  }

  private Map<String, float[]> vectorsOf(Map<String, List<String>> sample) {
    List<PointId> ids = new ArrayList<>();
    sample.values().forEach(l -> l.forEach(id -> ids.add(pointId(id))));
    Map<String, float[]> vectors = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 256) {
      List<RetrievedPoint> points =
          QdrantCalls.await(
              client.retrieveAsync(
                  GetPoints.newBuilder()
                      .setCollectionName(collection)
                      .addAllIds(ids.subList(from, Math.min(ids.size(), from + 256)))
                      .setWithPayload(WithPayloadSelectorFactory.enable(false))
                      .setWithVectors(WithVectorsSelectorFactory.enable(true))
                      .build(),
                  null),
              "retrieve");
      for (RetrievedPoint p : points) {
        vectors.put(idOf(p.getId()), vector(p));
      }
    }
    return vectors;
  }

  private static float[] vector(RetrievedPoint p) {
    var out = p.getVectors().getVector();
    List<Float> values = out.hasDense() ? out.getDense().getDataList() : out.getDataList();
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    return v;
  }

  private List<ScoredPoint> search(float[] vector, String tenant, boolean exact) {
    SearchPoints.Builder request =
        SearchPoints.newBuilder()
            .setCollectionName(collection)
            .setLimit(k)
            .setFilter(Filter.newBuilder().addMust(matchKeyword(PayloadFields.TENANT, tenant)))
            .setWithPayload(WithPayloadSelectorFactory.enable(false));
    if (exact) {
      request.setParams(SearchParams.newBuilder().setExact(true));
    }
    for (float f : vector) {
      request.addVector(f);
    }
    return QdrantCalls.await(client.searchAsync(request.build()), "search");
  }

  private static Set<String> ids(List<ScoredPoint> hits) {
    Set<String> ids = new HashSet<>();
    hits.forEach(h -> ids.add(idOf(h.getId())));
    return ids;
  }

  private static String idOf(PointId id) {
    return id.hasUuid() ? id.getUuid() : Long.toUnsignedString(id.getNum());
  }

  private static PointId pointId(String id) {
    return id.indexOf('-') >= 0
        ? PointIdFactory.id(UUID.fromString(id))
        : PointIdFactory.id(Long.parseUnsignedLong(id));
  }

  /** Sleeps what is left of the time {@code searches} may take at the configured rate. */
  private void pace(int searches, long start) throws InterruptedException {
    long left = searches * 1_000_000_000L / searchesPerSecond - (System.nanoTime() - start);
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }
}
