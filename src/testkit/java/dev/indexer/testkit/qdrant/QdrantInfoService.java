package dev.indexer.testkit.qdrant;

import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.QdrantGrpc;
import io.qdrant.client.grpc.QdrantOuterClass.HealthCheckReply;
import io.qdrant.client.grpc.QdrantOuterClass.HealthCheckRequest;

/**
 * qdrant.Qdrant/HealthCheck. The Java client compares this version with its own when it is
 * built (same major, minor within one), so it must look like the Qdrant release we mimic.
 */
final class QdrantInfoService extends QdrantGrpc.QdrantImplBase {
  static final String TITLE = "qdrant - vector search engine";
  static final String VERSION = "1.17.0";

  @Override
  public void healthCheck(HealthCheckRequest request, StreamObserver<HealthCheckReply> observer) {
    observer.onNext(HealthCheckReply.newBuilder().setTitle(TITLE).setVersion(VERSION).build());
    observer.onCompleted();
  }
}
