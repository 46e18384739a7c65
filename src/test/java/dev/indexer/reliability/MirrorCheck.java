package dev.indexer.reliability;

import dev.indexer.qdrant.PayloadFields;
import dev.indexer.testkit.IndexContents;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact-mirror invariant counted point by point: what the oracle expects and Qdrant lacks
 * (lost), what Qdrant holds that the newest versions do not have or that carries an older version
 * (stale), and what it holds more often than expected (duplicate).
 */
record MirrorCheck(int expectedPoints, int points, int lost, int stale, int duplicate) {

  static MirrorCheck of(
      QdrantClient client,
      String collection,
      Map<String, List<String>> expected,
      Map<String, Long> versions)
      throws Exception {
    Map<String, List<RetrievedPoint>> byDocument = new HashMap<>();
    List<RetrievedPoint> all = IndexContents.all(client, collection, null, false);
    for (RetrievedPoint p : all) {
      Map<String, Value> payload = p.getPayloadMap();
      String key =
          payload.get(PayloadFields.TENANT).getStringValue()
              + "/"
              + payload.get(PayloadFields.DOCUMENT_ID).getStringValue();
      byDocument.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    int expectedPoints = expected.values().stream().mapToInt(List::size).sum();
    int lost = 0;
    int stale = 0;
    int duplicate = 0;
    Set<String> documents = new HashSet<>(expected.keySet());
    documents.addAll(byDocument.keySet());
    for (String document : documents) {
      List<String> want = expected.getOrDefault(document, List.of());
      Map<String, Integer> wanted = counts(want);
      Map<String, Integer> fresh = new HashMap<>();
      for (RetrievedPoint p : byDocument.getOrDefault(document, List.of())) {
        String text = IndexContents.text(p);
        long version = p.getPayloadMap().get(PayloadFields.VERSION).getIntegerValue();
        if (!wanted.containsKey(text) || !versions.get(document).equals(version)) {
          stale++;
        } else {
          fresh.merge(text, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> w : wanted.entrySet()) {
        int have = fresh.getOrDefault(w.getKey(), 0);
        lost += Math.max(0, w.getValue() - have);
        duplicate += Math.max(0, have - w.getValue());
      }
    }
    return new MirrorCheck(expectedPoints, all.size(), lost, stale, duplicate);
  }

  private static Map<String, Integer> counts(List<String> texts) {
    Map<String, Integer> out = new HashMap<>();
    texts.forEach(t -> out.merge(t, 1, Integer::sum));
    return out;
  }
}
