package dev.indexer.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What reconciliation finds in one partition when it compares the manifests with the points in
 * Qdrant, and what it repairs: the pure decision, without Kafka or Qdrant.
 *
 * <p>Only what committed events wrote is judged. An event at offset {@code o} writes its points
 * with fence token {@code o + 1} or more and is committed once the partition's committed offset
 * reaches {@code o + 1}; so a point whose fence is above the committed offset, or a document whose
 * manifest's fence ({@link Manifest#seq()}) is, belongs to an event still in flight, and is left
 * for the next round, whole: a document with a point of such an event is not judged at all, since
 * its manifest may be the one before that event and the points that event replaces may be gone
 * already. Everything else must agree exactly:
 *
 * <ul>
 *   <li>{@link Finding#ORPHAN}: a point of a document the manifests do not hold (none, or deleted),
 *       or not among its manifest's chunks. It is deleted.
 *   <li>{@link Finding#MISSING}: a chunk of the manifest without its point (a whole document
 *       included). The document needs its source again.
 *   <li>{@link Finding#STALE}: a chunk's point written by another change (fence or version not the
 *       manifest's). Its source again.
 *   <li>{@link Finding#OFF_POLICY}: a point of another model or PII policy than the manifest's, or
 *       than the generation's model. Its source again.
 * </ul>
 */
public final class ReconcilePlan {

  /** The kinds of disagreement, counted per round. */
  public enum Finding {
    ORPHAN,
    MISSING,
    STALE,
    OFF_POLICY
  }

  /**
   * A point as reconciliation reads it from Qdrant; {@code fence} is 0 for a point written before
   * fence tokens existed.
   */
  public record IndexedPoint(
      String id, String key, long fence, Long version, String model, String policy) {}

  private final Map<Finding, Integer> counts = new EnumMap<>(Finding.class);
  private final List<String> orphans = new ArrayList<>();
  private final Set<String> reprocess = new TreeSet<>();
  private int inFlight;

  private ReconcilePlan() {
    for (Finding f : Finding.values()) {
      counts.put(f, 0);
    }
  }

  /**
   * The plan for one partition.
   *
   * @param manifests the partition's manifests by document key
   * @param points the partition's points in Qdrant, by document key
   * @param committed the partition's committed offset when the manifests were read
   * @param model the model of the generation
   */
  public static ReconcilePlan of(
      Map<String, Manifest> manifests,
      Map<String, List<IndexedPoint>> points,
      long committed,
      String model) {
    ReconcilePlan plan = new ReconcilePlan();
    Set<String> keys = new HashSet<>(manifests.keySet());
    keys.addAll(points.keySet());
    for (String key : keys) {
      plan.judge(key, manifests.get(key), points.getOrDefault(key, List.of()), committed, model);
    }
    return plan;
  }

  private void judge(
      String key, Manifest manifest, List<IndexedPoint> points, long committed, String model) {
    if (manifest != null && manifest.seq() > committed) {
      inFlight++;
      return;
    }
    if (points.stream().anyMatch(p -> p.fence() > committed)) {
      // A newer event of the document is being written: the manifest may be the one before it,
      // and the points it replaces may be gone already.
      inFlight++;
      return;
    }
    if (manifest == null || manifest.deleted()) {
      points.forEach(p -> orphan(p));
      return;
    }
    Set<String> wanted = new HashSet<>();
    manifest.chunks().forEach(c -> wanted.add(c.pointId()));
    Set<String> present = new HashSet<>();
    boolean again = false;
    for (IndexedPoint p : points) {
      if (!wanted.contains(p.id())) {
        orphan(p);
        continue;
      }
      present.add(p.id());
      if (p.fence() != manifest.seq() || !sameVersion(p.version(), manifest.version())) {
        again |= count(Finding.STALE);
      } else if (!model.equals(p.model())
          || !p.model().equals(manifest.modelId())
          || !java.util.Objects.equals(p.policy(), manifest.policyVersion())) {
        again |= count(Finding.OFF_POLICY);
      }
    }
    for (String id : wanted) {
      if (!present.contains(id)) {
        again |= count(Finding.MISSING);
      }
    }
    if (again) {
      reprocess.add(key);
    }
  }

  /**
   * A point carries its event's version; the manifest the newest seen, which an unversioned event
   * after versioned ones keeps: a point without a version agrees with any manifest.
   */
  private static boolean sameVersion(Long point, Long manifest) {
    return point == null || point.equals(manifest);
  }

  private void orphan(IndexedPoint p) {
    count(Finding.ORPHAN);
    orphans.add(p.id());
  }

  private boolean count(Finding finding) {
    counts.merge(finding, 1, Integer::sum);
    return true;
  }

  /** Points to delete: orphans written by committed events. */
  public List<String> orphans() {
    return List.copyOf(orphans);
  }

  /** Documents whose source event must be processed again, by key. */
  public Set<String> reprocess() {
    return Set.copyOf(reprocess);
  }

  /** How many points or chunks of each kind were found. */
  public Map<Finding, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** Documents left for the next round because an event of theirs is still in flight. */
  public int inFlight() {
    return inFlight;
  }

  /** Whether the partition agrees with its manifests. */
  public boolean clean() {
    return orphans.isEmpty() && reprocess.isEmpty();
  }
}
