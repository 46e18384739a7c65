package dev.indexer.monitor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.api.SearchHit;
import dev.indexer.auth.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * End-to-end quality of the service's search over a labelled query set: for each query, searched as
 * a caller of its tenant, recall@k (the share of its relevant documents among the documents of the
 * top k hits) and the reciprocal rank of the first relevant document (0 when none is found), both
 * averaged over the queries.
 */
public final class LabelledQueries {

  /** One labelled query: the tenant it searches, its text, the documents it should find. */
  public record Labelled(String tenant, String query, List<String> relevant) {}

  /**
   * @param recall mean recall@k
   * @param mrr mean reciprocal rank
   * @param queries queries evaluated
   */
  public record Quality(double recall, double mrr, int queries) {}

  /** The service's search for an authorized caller: the top {@code limit} hits. */
  @FunctionalInterface
  public interface Search {
    List<SearchHit> search(Caller caller, String query, int limit) throws Exception;
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final List<Labelled> queries;

  public LabelledQueries(List<Labelled> queries) {
    this.queries = List.copyOf(queries);
  }

  /**
   * Reads JSON lines of {@code {"tenant", "query", "relevant"}}; blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the line of one that is not such a record (never its
   *     content)
   */
  public static LabelledQueries read(Path file) {
    List<Labelled> queries = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        Labelled q;
        try {
          q = JSON.readValue(lines.get(i), Labelled.class);
        } catch (IOException e) {
          q = null;
        }
        if (q == null || q.tenant() == null || q.query() == null || q.relevant() == null) {
          throw new IllegalArgumentException(
              "indexer.monitor.recall.labelled-queries: line "
                  + (i + 1)
                  + " is not {\"tenant\", \"query\", \"relevant\": [document ids]}");
        }
        queries.add(q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("indexer.monitor.recall.labelled-queries: unreadable", e);
    }
    return new LabelledQueries(queries);
  }

  public int size() {
    return queries.size();
  }

  /** Searches every query with {@code k} hits and averages recall@k and reciprocal rank. */
  public Quality evaluate(Search search, int k) throws Exception {
    double recall = 0;
    double mrr = 0;
    int n = 0;
    for (Labelled q : queries) {
      if (q.relevant().isEmpty()) {
        continue;
      }
      List<SearchHit> hits = search.search(Caller.ofTenant("monitor", q.tenant()), q.query(), k);
      // Hits are chunks: a document counts once, at its best rank.
      Set<String> documents = new LinkedHashSet<>();
      hits.forEach(h -> documents.add(h.documentId()));
      Set<String> relevant = Set.copyOf(q.relevant());
      int rank = 0;
      int found = 0;
      double reciprocal = 0;
      for (String d : documents) {
        rank++;
        if (relevant.contains(d)) {
          found++;
          reciprocal = reciprocal == 0 ? 1.0 / rank : reciprocal;
        }
      }
      recall += (double) found / relevant.size();
      mrr += reciprocal;
      n++;
    }
    return n == 0 ? new Quality(Double.NaN, Double.NaN, 0) : new Quality(recall / n, mrr / n, n);
  }
}
