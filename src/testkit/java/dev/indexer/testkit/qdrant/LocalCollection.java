package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Collections.CollectionConfig;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CollectionStatus;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.OptimizerStatus;
import io.qdrant.client.grpc.Collections.PayloadSchemaInfo;
import io.qdrant.client.grpc.Collections.UpdateCollection;
import io.qdrant.client.grpc.Collections.UpdateQueueInfo;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsSelector;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.UpdateMode;
import io.qdrant.client.grpc.Points.WithPayloadSelector;
import io.qdrant.client.grpc.Points.WithVectorsSelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One collection: points in id order (a TreeMap over {@link PointKey}, which is Qdrant's
 * scroll order), payload index definitions and the reported config. Reads take the read lock,
 * writes the write lock, so concurrent writers are serialised per collection. Every request is
 * converted and validated before the write lock is taken, so a rejected request changes
 * nothing.
 */
final class LocalCollection {
  private final Guarded guarded = new Guarded();
  private final NavigableMap<PointKey, StoredPoint> points = new TreeMap<>();
  private final Map<String, PayloadIndex> indexes = new LinkedHashMap<>();
  private final KeywordLookup keywords = new KeywordLookup();
  private final Map<String, VectorSpec> vectors;
  private final boolean unnamedOnly;
  private final AtomicLong operationIds = new AtomicLong();
  private CollectionConfig.Builder config; // guarded by lock

  private LocalCollection(CreateCollection create, Map<String, VectorSpec> vectors) {
    this.vectors = Map.copyOf(vectors);
    this.unnamedOnly = vectors.size() == 1 && vectors.containsKey(VectorSpec.DEFAULT);
    this.config = CollectionDefaults.configFor(create);
  }

  /** Builds a collection from a create request, validating its vector parameters. */
  static LocalCollection create(CreateCollection create) {
    validateSettings(create);
    Map<String, VectorSpec> specs = new LinkedHashMap<>();
    if (create.hasVectorsConfig()) {
      switch (create.getVectorsConfig().getConfigCase()) {
        case PARAMS -> specs.put(
            VectorSpec.DEFAULT, spec(VectorSpec.DEFAULT, create.getVectorsConfig().getParams()));
        case PARAMS_MAP ->
            create.getVectorsConfig().getParamsMap().getMapMap()
                .forEach((name, params) -> specs.put(name, spec(name, params)));
        default -> throw Errors.invalid("Validation error in body: [vectors_config: empty]");
      }
    }
    return new LocalCollection(create, specs);
  }

  /** The numeric validations Qdrant declares on CreateCollection (lib/api/build.rs). */
  private static void validateSettings(CreateCollection create) {
    if ((create.hasShardNumber() && create.getShardNumber() < 1)
        || (create.hasReplicationFactor() && create.getReplicationFactor() < 1)
        || (create.hasWriteConsistencyFactor() && create.getWriteConsistencyFactor() < 1)) {
      throw Errors.invalid("Validation error in body: [shard/replication settings must be >= 1]");
    }
    if (create.getHnswConfig().hasEfConstruct() && create.getHnswConfig().getEfConstruct() < 4) {
      throw Errors.invalid("Validation error in body: [hnsw_config.ef_construct: must be >= 4]");
    }
    if (create.getQuantizationConfig().hasScalar()
        && create.getQuantizationConfig().getScalar().hasQuantile()) {
      float quantile = create.getQuantizationConfig().getScalar().getQuantile();
      if (quantile < 0.5f || quantile > 1.0f) {
        throw Errors.invalid(
            "Validation error in body: [quantization_config.scalar.quantile: must be 0.5..1]");
      }
    }
  }

  private static VectorSpec spec(String name, VectorParams params) {
    if (params.getSize() < 1 || params.getSize() > 65536) {
      throw Errors.invalid(
          "Validation error in body: [vectors_config.size: value "
              + params.getSize()
              + " invalid, must be from 1 to 65536]");
    }
    Distance distance = params.getDistance();
    if (distance == Distance.UnknownDistance || distance == Distance.UNRECOGNIZED) {
      throw Errors.invalid("Unknown distance type: " + params.getDistanceValue());
    }
    if (params.hasMultivectorConfig()) {
      throw Errors.unimplemented("Multi-vector collections");
    }
    return new VectorSpec(name, (int) params.getSize(), distance);
  }

  Map<String, VectorSpec> vectors() {
    return vectors;
  }

  boolean unnamedOnly() {
    return unnamedOnly;
  }

  // ---------------------------------------------------------------- writes

  /**
   * Upsert with Qdrant's conditional semantics: with an update filter, existing points that
   * do not match it are left alone while new points are inserted; InsertOnly skips existing
   * points; UpdateOnly skips new points (and, with a filter, non-matching existing ones).
   * Returns the operation id.
   */
  long upsert(List<PointStruct> structs, Filter updateFilter, UpdateMode mode) {
    Map<PointKey, StoredPoint> incoming = new LinkedHashMap<>();
    for (PointStruct struct : structs) {
      if (!struct.hasId()) {
        throw Errors.invalid("Empty ID is not allowed");
      }
      PointKey id = PointIds.parse(struct.getId());
      if (!struct.hasVectors()) {
        throw Errors.invalid("Expected some vectors");
      }
      Map<String, float[]> pointVectors = VectorInputs.forPoint(struct.getVectors(), vectors);
      incoming.put(
          id, new StoredPoint(id, pointVectors, Payloads.fromProto(struct.getPayloadMap()), 0));
    }
    if (updateFilter != null) {
      Filters.validate(updateFilter);
    }
    return write(
        () -> {
          long op = operationIds.incrementAndGet();
          for (StoredPoint point : incoming.values()) {
            StoredPoint existing = points.get(point.id());
            boolean write =
                switch (mode) {
                  case InsertOnly -> existing == null;
                  case UpdateOnly -> existing != null && allows(updateFilter, existing);
                  default -> existing == null || allows(updateFilter, existing);
                };
            if (write) {
              store(point.withVersion(op));
            }
          }
          return op;
        });
  }

  private static boolean allows(Filter filter, StoredPoint existing) {
    return filter == null || Filters.matches(filter, existing.view());
  }

  /** Replaces the given named vectors of existing points; other vectors are kept. */
  long updateVectors(Map<PointKey, Map<String, float[]>> updates, Filter updateFilter) {
    if (updateFilter != null) {
      Filters.validate(updateFilter);
    }
    return write(
        () -> {
          long op = operationIds.incrementAndGet();
          requireExisting(updates.keySet());
          updates.forEach(
              (id, newVectors) -> {
                StoredPoint existing = points.get(id);
                if (allows(updateFilter, existing)) {
                  Map<String, float[]> merged = new LinkedHashMap<>(existing.vectors());
                  merged.putAll(newVectors);
                  store(new StoredPoint(id, merged, existing.payload(), op));
                }
              });
          return op;
        });
  }

  long deleteVectors(PointsSelector selector, List<String> names) {
    validate(selector);
    for (String name : names) {
      VectorInputs.spec(vectors, name);
    }
    return write(
        () -> {
          long op = operationIds.incrementAndGet();
          for (PointKey id : select(selector, true)) {
            StoredPoint existing = points.get(id);
            Map<String, float[]> kept = new LinkedHashMap<>(existing.vectors());
            names.forEach(kept::remove);
            store(new StoredPoint(id, kept, existing.payload(), op));
          }
          return op;
        });
  }

  /** Deletes by ids (missing ids are ignored) or by filter. */
  long delete(PointsSelector selector) {
    validate(selector);
    return write(
        () -> {
          select(selector, false).forEach(this::drop);
          return operationIds.incrementAndGet();
        });
  }

  /** Merges payload keys (null values delete keys), optionally at a nested {@code key}. */
  long setPayload(PointsSelector selector, Map<String, Object> payload, JsonPath key) {
    validate(selector);
    return write(
        () -> {
          long op = operationIds.incrementAndGet();
          for (PointKey id : select(selector, true)) {
            StoredPoint existing = points.get(id);
            if (key == null) {
              Payloads.merge(existing.payload(), payload);
            } else {
              key.mergeAt(existing.payload(), payload);
            }
            store(existing.withVersion(op));
          }
          return op;
        });
  }

  long overwritePayload(PointsSelector selector, Map<String, Object> payload) {
    validate(selector);
    return write(
        () -> {
          long op = operationIds.incrementAndGet();
          for (PointKey id : select(selector, true)) {
            StoredPoint existing = points.get(id);
            store(new StoredPoint(id, existing.vectors(), Payloads.copyMap(payload), op));
          }
          return op;
        });
  }

  long deletePayload(PointsSelector selector, List<JsonPath> keys) {
    validate(selector);
    return write(
        () -> {
          long op = operationIds.incrementAndGet();
          for (PointKey id : select(selector, true)) {
            StoredPoint existing = points.get(id);
            keys.forEach(key -> key.remove(existing.payload()));
            store(existing.withVersion(op));
          }
          return op;
        });
  }

  long clearPayload(PointsSelector selector) {
    validate(selector);
    return write(
        () -> {
          long op = operationIds.incrementAndGet();
          for (PointKey id : select(selector, true)) {
            StoredPoint existing = points.get(id);
            existing.payload().clear();
            store(existing.withVersion(op));
          }
          return op;
        });
  }

  long createIndex(String field, PayloadIndex index) {
    return write(
        () -> {
          indexes.put(field, index);
          keywords.removeField(field);
          if (index.type() == io.qdrant.client.grpc.Collections.PayloadSchemaType.Keyword) {
            keywords.addField(field, points.values());
          }
          return operationIds.incrementAndGet();
        });
  }

  long deleteIndex(String field) {
    return write(
        () -> {
          indexes.remove(field);
          keywords.removeField(field);
          return operationIds.incrementAndGet();
        });
  }

  void update(UpdateCollection update) {
    write(
        () -> {
          CollectionUpdates.apply(config, update);
          return null;
        });
  }

  /** Every write of a point goes through here, so the keyword lookups stay in step. */
  private void store(StoredPoint point) {
    points.put(point.id(), point);
    keywords.put(point);
  }

  private void drop(PointKey id) {
    points.remove(id);
    keywords.remove(id);
  }

  /**
   * The points that can match {@code filter}, in id order, from {@code from} on: narrowed by a
   * keyword lookup when the filter allows it, otherwise all of them.
   */
  private Iterable<StoredPoint> candidates(Filter filter, PointKey from) {
    java.util.Set<PointKey> ids = keywords.candidates(filter);
    NavigableMap<PointKey, StoredPoint> all = from == null ? points : points.tailMap(from, true);
    if (ids == null) {
      return all.values();
    }
    List<StoredPoint> out = new ArrayList<>(ids.size());
    for (PointKey id : new java.util.TreeSet<>(ids)) {
      if (from == null || id.compareTo(from) >= 0) {
        out.add(points.get(id));
      }
    }
    return out;
  }

  private static void validate(PointsSelector selector) {
    switch (selector.getPointsSelectorOneOfCase()) {
      case POINTS -> PointIds.parseAll(selector.getPoints().getIdsList());
      case FILTER -> Filters.validate(selector.getFilter());
      default -> throw Errors.invalid("No points or filter specified");
    }
  }

  /**
   * Resolves a selector to ids. With {@code mustExist}, a listed id that is not stored is
   * NOT_FOUND, as Qdrant's payload operations report. Qdrant has already updated the points
   * of the same chunk when it notices; here nothing is changed, which is the simpler contract.
   */
  private List<PointKey> select(PointsSelector selector, boolean mustExist) {
    if (selector.getPointsSelectorOneOfCase() == PointsSelector.PointsSelectorOneOfCase.FILTER) {
      List<PointKey> ids = new ArrayList<>();
      for (StoredPoint point : candidates(selector.getFilter(), null)) {
        if (Filters.matches(selector.getFilter(), point.view())) {
          ids.add(point.id());
        }
      }
      return ids;
    }
    List<PointKey> ids =
        new ArrayList<>(new LinkedHashSet<>(PointIds.parseAll(selector.getPoints().getIdsList())));
    if (mustExist) {
      requireExisting(ids);
    }
    return ids;
  }

  private void requireExisting(Iterable<PointKey> ids) {
    for (PointKey id : ids) {
      if (!points.containsKey(id)) {
        throw Errors.notFound("No point with id " + id + " found");
      }
    }
  }

  // ---------------------------------------------------------------- reads

  List<RetrievedPoint> get(
      List<PointKey> ids,
      WithPayloadSelector payload,
      boolean hasPayload,
      WithVectorsSelector vectorsSelector,
      boolean hasVectors) {
    return read(
        () -> {
          List<RetrievedPoint> result = new ArrayList<>();
          for (PointKey id : new LinkedHashSet<>(ids)) {
            StoredPoint point = points.get(id);
            if (point != null) {
              result.add(retrieved(point, payload, hasPayload, false, vectorsSelector, hasVectors));
            }
          }
          return result;
        });
  }

  /** One scroll page plus the id that starts the next page (null on the last page). */
  record Page(List<RetrievedPoint> points, PointKey nextOffset) {}

  Page scroll(
      Filter filter,
      PointKey offset,
      int limit,
      WithPayloadSelector payload,
      boolean hasPayload,
      WithVectorsSelector vectorsSelector,
      boolean hasVectors) {
    if (filter != null) {
      Filters.validate(filter);
    }
    return read(
        () -> {
          List<RetrievedPoint> page = new ArrayList<>();
          for (StoredPoint point : candidates(filter, offset)) {
            if (filter != null && !Filters.matches(filter, point.view())) {
              continue;
            }
            if (page.size() == limit) {
              return new Page(page, point.id());
            }
            page.add(retrieved(point, payload, hasPayload, true, vectorsSelector, hasVectors));
          }
          return new Page(page, null);
        });
  }

  long count(Filter filter) {
    if (filter != null) {
      Filters.validate(filter);
    }
    return read(
        () ->
            filter == null
                ? (long) points.size()
                : java.util.stream.StreamSupport.stream(candidates(filter, null).spliterator(), false)
                    .filter(p -> Filters.matches(filter, p.view()))
                    .count());
  }

  /** Looks up a stored vector, for queries that name a point instead of a vector. */
  float[] storedVector(PointKey id, String vectorName) {
    return read(
        () -> {
          StoredPoint point = points.get(id);
          if (point == null) {
            throw Errors.notFound("No point with id " + id + " found");
          }
          float[] vector = point.vectors().get(vectorName);
          if (vector == null) {
            throw Errors.invalid("Point " + id + " has no vector named '" + vectorName + "'");
          }
          return vector;
        });
  }

  /**
   * Nearest neighbours by a full scan, which is what Qdrant does for a collection below its
   * full-scan threshold; a search that uses the index (not {@code exact}) leaves out the points
   * {@code missedByIndex} names, as an HNSW graph that does not reach them would.
   */
  List<ScoredPoint> search(SearchRequest request, java.util.function.Predicate<PointKey> missedByIndex) {
    VectorSpec spec = VectorInputs.spec(vectors, request.vectorName());
    float[] query = spec.accept(request.query());
    if (request.filter() != null) {
      Filters.validate(request.filter());
    }
    return read(
        () -> {
          record Hit(StoredPoint point, float score) {}
          List<Hit> hits = new ArrayList<>();
          for (StoredPoint point : candidates(request.filter(), null)) {
            float[] stored = point.vectors().get(spec.name());
            if (stored == null
                || request.exclude().contains(point.id())
                || (!request.exact() && missedByIndex.test(point.id()))
                || (request.filter() != null && !Filters.matches(request.filter(), point.view()))) {
              continue;
            }
            float score = Scoring.score(spec.distance(), stored, query);
            if (request.scoreThreshold() == null
                || Scoring.passesThreshold(spec.distance(), score, request.scoreThreshold())) {
              hits.add(new Hit(point, score));
            }
          }
          // best score first; ties in id order so results are deterministic
          hits.sort(
              (a, b) -> {
                int byScore = Scoring.compareBestFirst(spec.distance(), a.score(), b.score());
                return byScore != 0 ? byScore : a.point().id().compareTo(b.point().id());
              });
          List<ScoredPoint> result = new ArrayList<>();
          long skip = request.offset();
          for (Hit hit : hits) {
            if (skip > 0) {
              skip--;
              continue;
            }
            if (result.size() >= request.limit()) {
              break;
            }
            result.add(scored(hit.point(), hit.score(), request.output()));
          }
          return result;
        });
  }

  /** Points in id order with score 1.0: what Qdrant's Query answers when no query is given. */
  List<ScoredPoint> byId(Filter filter, long offset, long limit, SearchRequest.Output output) {
    if (filter != null) {
      Filters.validate(filter);
    }
    return read(
        () -> {
          List<ScoredPoint> result = new ArrayList<>();
          long skip = offset;
          for (StoredPoint point : candidates(filter, null)) {
            if (filter != null && !Filters.matches(filter, point.view())) {
              continue;
            }
            if (skip > 0) {
              skip--;
              continue;
            }
            if (result.size() >= limit) {
              break;
            }
            result.add(scored(point, 1.0f, output));
          }
          return result;
        });
  }

  CollectionInfo info() {
    return read(
        () -> {
          CollectionInfo.Builder info =
              CollectionInfo.newBuilder()
                  .setStatus(CollectionStatus.Green)
                  .setOptimizerStatus(OptimizerStatus.newBuilder().setOk(true))
                  .setSegmentsCount(1)
                  .setPointsCount(points.size())
                  .setIndexedVectorsCount(0)
                  .setConfig(config.build())
                  .setUpdateQueue(UpdateQueueInfo.getDefaultInstance());
          indexes.forEach((field, index) -> info.putPayloadSchema(field, schemaInfo(field, index)));
          return info.build();
        });
  }

  private PayloadSchemaInfo schemaInfo(String field, PayloadIndex index) {
    JsonPath path = JsonPath.parse(field);
    long withValue =
        points.values().stream()
            .filter(p -> path.get(p.payload()).stream().anyMatch(v -> v != JsonNull.INSTANCE))
            .count();
    PayloadSchemaInfo.Builder info =
        PayloadSchemaInfo.newBuilder().setDataType(index.type()).setPoints(withValue);
    if (index.params() != null) {
      info.setParams(index.params());
    }
    return info.build();
  }

  // ---------------------------------------------------------------- output

  private RetrievedPoint retrieved(
      StoredPoint point,
      WithPayloadSelector payload,
      boolean hasPayload,
      boolean payloadByDefault,
      WithVectorsSelector vectorsSelector,
      boolean hasVectors) {
    RetrievedPoint.Builder builder = RetrievedPoint.newBuilder().setId(point.id().toProto());
    OutputSelectors.payload(payload, hasPayload, payloadByDefault, point.payload())
        .ifPresent(builder::putAllPayload);
    OutputSelectors.vectors(vectorsSelector, hasVectors, unnamedOnly, point)
        .ifPresent(builder::setVectors);
    return builder.build();
  }

  private ScoredPoint scored(StoredPoint point, float score, SearchRequest.Output output) {
    ScoredPoint.Builder builder =
        ScoredPoint.newBuilder()
            .setId(point.id().toProto())
            .setScore(score)
            .setVersion(point.version());
    OutputSelectors.payload(output.payload(), output.hasPayload(), false, point.payload())
        .ifPresent(builder::putAllPayload);
    OutputSelectors.vectors(output.vectors(), output.hasVectors(), unnamedOnly, point)
        .ifPresent(builder::setVectors);
    return builder.build();
  }

  // ---------------------------------------------------------------- locking

  private <T> T read(Supplier<T> action) {
    return guarded.read(action);
  }

  private <T> T write(Supplier<T> action) {
    return guarded.write(action);
  }
}
