package dev.indexer.qdrant;

import io.grpc.Status;

/** Qdrant rejected a request for a reason that retrying will not change. */
public class QdrantRequestException extends RuntimeException {

  private final Status.Code code;

  public QdrantRequestException(String message, Status.Code code, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The gRPC status code, or {@code null} when the failure was not a gRPC status. */
  public Status.Code code() {
    return code;
  }
}
