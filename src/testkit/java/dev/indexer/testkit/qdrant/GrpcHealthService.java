package dev.indexer.testkit.qdrant;

import grpc.health.v1.HealthCheck.HealthCheckRequest;
import grpc.health.v1.HealthCheck.HealthCheckResponse;
import grpc.health.v1.HealthGrpc;
import io.grpc.stub.StreamObserver;

/** Standard grpc.health.v1.Health: always SERVING while the server runs, as Qdrant answers. */
final class GrpcHealthService extends HealthGrpc.HealthImplBase {

  @Override
  public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> observer) {
    observer.onNext(
        HealthCheckResponse.newBuilder()
            .setStatus(HealthCheckResponse.ServingStatus.SERVING)
            .build());
    observer.onCompleted();
  }
}
