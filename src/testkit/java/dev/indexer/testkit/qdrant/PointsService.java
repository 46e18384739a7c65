package dev.indexer.testkit.qdrant;

import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.BatchResult;
import io.qdrant.client.grpc.Points.ClearPayloadPoints;
import io.qdrant.client.grpc.Points.CountPoints;
import io.qdrant.client.grpc.Points.CountResponse;
import io.qdrant.client.grpc.Points.CountResult;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeleteFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeletePayloadPoints;
import io.qdrant.client.grpc.Points.DeletePointVectors;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.GetPoints;
import io.qdrant.client.grpc.Points.GetResponse;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointVectors;
import io.qdrant.client.grpc.Points.PointsOperationResponse;
import io.qdrant.client.grpc.Points.PointsSelector;
import io.qdrant.client.grpc.Points.PointsUpdateOperation;
import io.qdrant.client.grpc.Points.QueryBatchPoints;
import io.qdrant.client.grpc.Points.QueryBatchResponse;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.QueryResponse;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.SearchBatchPoints;
import io.qdrant.client.grpc.Points.SearchBatchResponse;
import io.qdrant.client.grpc.Points.SearchPoints;
import io.qdrant.client.grpc.Points.SearchResponse;
import io.qdrant.client.grpc.Points.SetPayloadPoints;
import io.qdrant.client.grpc.Points.UpdateBatchPoints;
import io.qdrant.client.grpc.Points.UpdateBatchResponse;
import io.qdrant.client.grpc.Points.UpdateMode;
import io.qdrant.client.grpc.Points.UpdatePointVectors;
import io.qdrant.client.grpc.Points.UpdateResult;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.PointsGrpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The qdrant.Points service. Every call is synchronous, so {@code wait} only changes the
 * reported status (Completed vs Acknowledged), exactly what a client can observe.
 */
final class PointsService extends PointsGrpc.PointsImplBase {
  private final Storage storage;
  private final Queries queries;

  PointsService(Storage storage) {
    this.storage = storage;
    this.queries = new Queries(storage);
  }

  // ---------------------------------------------------------------- writes

  @Override
  public void upsert(
      io.qdrant.client.grpc.Points.UpsertPoints request,
      StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          long op =
              upsert(
                  storage.resolve(request.getCollectionName()),
                  request.getPointsList(),
                  request.hasUpdateFilter() ? request.getUpdateFilter() : null,
                  request.hasUpdateMode() ? request.getUpdateMode() : UpdateMode.Upsert);
          return response(request.getWait(), op, start);
        });
  }

  private static long upsert(
      LocalCollection collection, List<PointStruct> points, Filter filter, UpdateMode mode) {
    if (mode == UpdateMode.UNRECOGNIZED) {
      throw Errors.invalid("Unknown update mode");
    }
    return collection.upsert(points, filter, mode);
  }

  @Override
  public void delete(DeletePoints request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          long op = storage.resolve(request.getCollectionName()).delete(request.getPoints());
          return response(request.getWait(), op, start);
        });
  }

  @Override
  public void updateVectors(
      UpdatePointVectors request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          LocalCollection collection = storage.resolve(request.getCollectionName());
          long op =
              updateVectors(
                  collection,
                  request.getPointsList(),
                  request.hasUpdateFilter() ? request.getUpdateFilter() : null);
          return response(request.getWait(), op, start);
        });
  }

  private static long updateVectors(
      LocalCollection collection, List<PointVectors> points, Filter filter) {
    Map<PointKey, Map<String, float[]>> updates = new LinkedHashMap<>();
    for (PointVectors point : points) {
      updates.put(
          PointIds.parse(point.getId()),
          VectorInputs.forPoint(point.getVectors(), collection.vectors()));
    }
    return collection.updateVectors(updates, filter);
  }

  @Override
  public void deleteVectors(
      DeletePointVectors request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          if (request.getVectors().getNamesCount() == 0) {
            throw Errors.invalid("must specify vector names to delete");
          }
          long op =
              storage
                  .resolve(request.getCollectionName())
                  .deleteVectors(request.getPointsSelector(), request.getVectors().getNamesList());
          return response(request.getWait(), op, start);
        });
  }

  @Override
  public void setPayload(SetPayloadPoints request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          long op =
              setPayload(
                  storage.resolve(request.getCollectionName()),
                  request.getPointsSelector(),
                  request.getPayloadMap(),
                  request.hasKey() ? request.getKey() : null);
          return response(request.getWait(), op, start);
        });
  }

  private static long setPayload(
      LocalCollection collection, PointsSelector selector, Map<String, Value> payload, String key) {
    return collection.setPayload(
        selector, Payloads.fromProto(payload), key == null ? null : JsonPath.parse(key));
  }

  /** Replaces the whole payload; Qdrant ignores {@code key} for this call. */
  @Override
  public void overwritePayload(
      SetPayloadPoints request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          long op =
              storage
                  .resolve(request.getCollectionName())
                  .overwritePayload(
                      request.getPointsSelector(), Payloads.fromProto(request.getPayloadMap()));
          return response(request.getWait(), op, start);
        });
  }

  @Override
  public void deletePayload(
      DeletePayloadPoints request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          long op =
              storage
                  .resolve(request.getCollectionName())
                  .deletePayload(request.getPointsSelector(), paths(request.getKeysList()));
          return response(request.getWait(), op, start);
        });
  }

  private static List<JsonPath> paths(List<String> keys) {
    List<JsonPath> paths = new ArrayList<>(keys.size());
    for (String key : keys) {
      paths.add(JsonPath.parse(key));
    }
    return paths;
  }

  @Override
  public void clearPayload(
      ClearPayloadPoints request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          long op = storage.resolve(request.getCollectionName()).clearPayload(request.getPoints());
          return response(request.getWait(), op, start);
        });
  }

  @Override
  public void createFieldIndex(
      CreateFieldIndexCollection request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          String field = request.getFieldName();
          if (field.isEmpty()) {
            throw Errors.invalid("Validation error in body: [field_name: must not be empty]");
          }
          JsonPath.parse(field);
          PayloadIndex index =
              PayloadIndex.of(
                  request.hasFieldType(),
                  request.getFieldType(),
                  request.hasFieldIndexParams(),
                  request.getFieldIndexParams());
          long op = storage.resolve(request.getCollectionName()).createIndex(field, index);
          return response(request.getWait(), op, start);
        });
  }

  @Override
  public void deleteFieldIndex(
      DeleteFieldIndexCollection request, StreamObserver<PointsOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          if (request.getFieldName().isEmpty()) {
            throw Errors.invalid("Validation error in body: [field_name: must not be empty]");
          }
          long op =
              storage.resolve(request.getCollectionName()).deleteIndex(request.getFieldName());
          return response(request.getWait(), op, start);
        });
  }

  /** Applies the operations in order; like Qdrant, earlier ones stay applied if one fails. */
  @Override
  public void updateBatch(UpdateBatchPoints request, StreamObserver<UpdateBatchResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          if (request.getOperationsCount() == 0) {
            throw Errors.invalid("Validation error in body: [operations: must not be empty]");
          }
          LocalCollection collection = storage.resolve(request.getCollectionName());
          UpdateBatchResponse.Builder response = UpdateBatchResponse.newBuilder();
          for (PointsUpdateOperation operation : request.getOperationsList()) {
            long op = apply(collection, operation);
            response.addResult(result(request.getWait(), op));
          }
          return response.setTime(Rpc.elapsed(start)).build();
        });
  }

  @SuppressWarnings("deprecation") // the deprecated variants are still valid on the wire
  private static long apply(LocalCollection collection, PointsUpdateOperation operation) {
    return switch (operation.getOperationCase()) {
      case UPSERT -> {
        var upsert = operation.getUpsert();
        yield upsert(
            collection,
            upsert.getPointsList(),
            upsert.hasUpdateFilter() ? upsert.getUpdateFilter() : null,
            upsert.hasUpdateMode() ? upsert.getUpdateMode() : UpdateMode.Upsert);
      }
      case DELETE_POINTS -> collection.delete(operation.getDeletePoints().getPoints());
      case DELETE_DEPRECATED -> collection.delete(operation.getDeleteDeprecated());
      case SET_PAYLOAD -> {
        var set = operation.getSetPayload();
        yield setPayload(
            collection,
            set.getPointsSelector(),
            set.getPayloadMap(),
            set.hasKey() ? set.getKey() : null);
      }
      case OVERWRITE_PAYLOAD -> {
        var overwrite = operation.getOverwritePayload();
        yield collection.overwritePayload(
            overwrite.getPointsSelector(), Payloads.fromProto(overwrite.getPayloadMap()));
      }
      case DELETE_PAYLOAD -> {
        var delete = operation.getDeletePayload();
        yield collection.deletePayload(delete.getPointsSelector(), paths(delete.getKeysList()));
      }
      case CLEAR_PAYLOAD -> collection.clearPayload(operation.getClearPayload().getPoints());
      case CLEAR_PAYLOAD_DEPRECATED ->
          collection.clearPayload(operation.getClearPayloadDeprecated());
      case UPDATE_VECTORS -> {
        var update = operation.getUpdateVectors();
        yield updateVectors(
            collection,
            update.getPointsList(),
            update.hasUpdateFilter() ? update.getUpdateFilter() : null);
      }
      case DELETE_VECTORS -> {
        var delete = operation.getDeleteVectors();
        yield collection.deleteVectors(
            delete.getPointsSelector(), delete.getVectors().getNamesList());
      }
      case OPERATION_NOT_SET -> throw Errors.invalid("empty operation");
    };
  }

  // ---------------------------------------------------------------- reads

  @Override
  public void get(GetPoints request, StreamObserver<GetResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          LocalCollection collection = storage.resolve(request.getCollectionName());
          var points =
              collection.get(
                  PointIds.parseAll(request.getIdsList()),
                  request.getWithPayload(),
                  request.hasWithPayload(),
                  request.getWithVectors(),
                  request.hasWithVectors());
          return GetResponse.newBuilder().addAllResult(points).setTime(Rpc.elapsed(start)).build();
        });
  }

  @Override
  public void scroll(ScrollPoints request, StreamObserver<ScrollResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          CollectionNames.validate(request.getCollectionName());
          int limit = request.hasLimit() ? request.getLimit() : 10;
          if (limit == 0) {
            throw Errors.invalid("Validation error in body: [limit: value 0 invalid, must be 1 or more]");
          }
          if (request.hasOrderBy()) {
            throw Errors.unimplemented("Scroll with order_by");
          }
          PointKey offset = request.hasOffset() ? PointIds.parse(request.getOffset()) : null;
          LocalCollection collection = storage.resolve(request.getCollectionName());
          LocalCollection.Page page =
              collection.scroll(
                  request.hasFilter() ? request.getFilter() : null,
                  offset,
                  // uint32 on the wire: a "negative" int is a huge page
                  limit < 0 ? Integer.MAX_VALUE : limit,
                  request.getWithPayload(),
                  request.hasWithPayload(),
                  request.getWithVectors(),
                  request.hasWithVectors());
          ScrollResponse.Builder response =
              ScrollResponse.newBuilder().addAllResult(page.points());
          if (page.nextOffset() != null) {
            response.setNextPageOffset(page.nextOffset().toProto());
          }
          return response.setTime(Rpc.elapsed(start)).build();
        });
  }

  /** Always exact: an inexact count may be any estimate in Qdrant, the exact one is valid. */
  @Override
  public void count(CountPoints request, StreamObserver<CountResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          long count =
              storage
                  .resolve(request.getCollectionName())
                  .count(request.hasFilter() ? request.getFilter() : null);
          return CountResponse.newBuilder()
              .setResult(CountResult.newBuilder().setCount(count))
              .setTime(Rpc.elapsed(start))
              .build();
        });
  }

  @Override
  public void search(SearchPoints request, StreamObserver<SearchResponse> observer) {
    Rpc.run(
        observer,
        start ->
            SearchResponse.newBuilder()
                .addAllResult(queries.search(request.getCollectionName(), request))
                .setTime(Rpc.elapsed(start))
                .build());
  }

  @Override
  public void searchBatch(SearchBatchPoints request, StreamObserver<SearchBatchResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          SearchBatchResponse.Builder response = SearchBatchResponse.newBuilder();
          for (SearchPoints search : request.getSearchPointsList()) {
            List<ScoredPoint> hits = queries.search(request.getCollectionName(), search);
            response.addResult(BatchResult.newBuilder().addAllResult(hits));
          }
          return response.setTime(Rpc.elapsed(start)).build();
        });
  }

  @Override
  public void query(QueryPoints request, StreamObserver<QueryResponse> observer) {
    Rpc.run(
        observer,
        start ->
            QueryResponse.newBuilder()
                .addAllResult(queries.query(request.getCollectionName(), request))
                .setTime(Rpc.elapsed(start))
                .build());
  }

  @Override
  public void queryBatch(QueryBatchPoints request, StreamObserver<QueryBatchResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          QueryBatchResponse.Builder response = QueryBatchResponse.newBuilder();
          for (QueryPoints query : request.getQueryPointsList()) {
            List<ScoredPoint> hits = queries.query(request.getCollectionName(), query);
            response.addResult(BatchResult.newBuilder().addAllResult(hits));
          }
          return response.setTime(Rpc.elapsed(start)).build();
        });
  }

  // ---------------------------------------------------------------- helpers

  private static UpdateResult result(boolean wait, long operationId) {
    return UpdateResult.newBuilder()
        .setOperationId(operationId)
        .setStatus(wait ? UpdateStatus.Completed : UpdateStatus.Acknowledged)
        .build();
  }

  private static PointsOperationResponse response(boolean wait, long operationId, long start) {
    return PointsOperationResponse.newBuilder()
        .setResult(result(wait, operationId))
        .setTime(Rpc.elapsed(start))
        .build();
  }
}
