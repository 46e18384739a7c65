package dev.indexer.testkit.qdrant;

import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Collections.AliasDescription;
import io.qdrant.client.grpc.Collections.ChangeAliases;
import io.qdrant.client.grpc.Collections.CollectionDescription;
import io.qdrant.client.grpc.Collections.CollectionExists;
import io.qdrant.client.grpc.Collections.CollectionExistsRequest;
import io.qdrant.client.grpc.Collections.CollectionExistsResponse;
import io.qdrant.client.grpc.Collections.CollectionOperationResponse;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.DeleteCollection;
import io.qdrant.client.grpc.Collections.GetCollectionInfoRequest;
import io.qdrant.client.grpc.Collections.GetCollectionInfoResponse;
import io.qdrant.client.grpc.Collections.ListAliasesRequest;
import io.qdrant.client.grpc.Collections.ListAliasesResponse;
import io.qdrant.client.grpc.Collections.ListCollectionAliasesRequest;
import io.qdrant.client.grpc.Collections.ListCollectionsRequest;
import io.qdrant.client.grpc.Collections.ListCollectionsResponse;
import io.qdrant.client.grpc.Collections.UpdateCollection;
import io.qdrant.client.grpc.CollectionsGrpc;

/** The qdrant.Collections service over {@link Storage}. Cluster and shard-key RPCs are absent. */
final class CollectionsService extends CollectionsGrpc.CollectionsImplBase {
  private final Storage storage;

  CollectionsService(Storage storage) {
    this.storage = storage;
  }

  @Override
  public void get(
      GetCollectionInfoRequest request, StreamObserver<GetCollectionInfoResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          var info = storage.resolve(request.getCollectionName()).info();
          return GetCollectionInfoResponse.newBuilder()
              .setResult(info)
              .setTime(Rpc.elapsed(start))
              .build();
        });
  }

  @Override
  public void list(ListCollectionsRequest request, StreamObserver<ListCollectionsResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          ListCollectionsResponse.Builder response = ListCollectionsResponse.newBuilder();
          for (String name : storage.list()) {
            response.addCollections(CollectionDescription.newBuilder().setName(name));
          }
          return response.setTime(Rpc.elapsed(start)).build();
        });
  }

  @Override
  public void create(CreateCollection request, StreamObserver<CollectionOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          storage.create(request);
          return ok(true, start);
        });
  }

  @Override
  public void update(UpdateCollection request, StreamObserver<CollectionOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          storage.resolve(request.getCollectionName()).update(request);
          return ok(true, start);
        });
  }

  /** A missing collection is not an error on the wire: the answer is result=false. */
  @Override
  public void delete(DeleteCollection request, StreamObserver<CollectionOperationResponse> observer) {
    Rpc.run(observer, start -> ok(storage.delete(request.getCollectionName()), start));
  }

  @Override
  public void updateAliases(
      ChangeAliases request, StreamObserver<CollectionOperationResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          storage.updateAliases(request.getActionsList());
          return ok(true, start);
        });
  }

  @Override
  public void listCollectionAliases(
      ListCollectionAliasesRequest request, StreamObserver<ListAliasesResponse> observer) {
    Rpc.run(
        observer,
        start -> {
          String collection = request.getCollectionName();
          ListAliasesResponse.Builder response = ListAliasesResponse.newBuilder();
          for (String alias : storage.aliasesOf(collection)) {
            response.addAliases(
                AliasDescription.newBuilder().setAliasName(alias).setCollectionName(collection));
          }
          return response.setTime(Rpc.elapsed(start)).build();
        });
  }

  @Override
  public void listAliases(ListAliasesRequest request, StreamObserver<ListAliasesResponse> observer) {
    Rpc.run(
        observer,
        start ->
            ListAliasesResponse.newBuilder()
                .addAllAliases(storage.listAliases())
                .setTime(Rpc.elapsed(start))
                .build());
  }

  @Override
  public void collectionExists(
      CollectionExistsRequest request, StreamObserver<CollectionExistsResponse> observer) {
    Rpc.run(
        observer,
        start ->
            CollectionExistsResponse.newBuilder()
                .setResult(
                    CollectionExists.newBuilder()
                        .setExists(storage.exists(request.getCollectionName())))
                .setTime(Rpc.elapsed(start))
                .build());
  }

  private static CollectionOperationResponse ok(boolean result, long start) {
    return CollectionOperationResponse.newBuilder()
        .setResult(result)
        .setTime(Rpc.elapsed(start))
        .build();
  }
}
