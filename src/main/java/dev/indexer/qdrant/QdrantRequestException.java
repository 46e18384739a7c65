package dev.indexer.qdrant;

import io.grpc.Status;

/**
 * Qdrant refused a request for good: the request is wrong in itself (an invalid point, a message
 * over the size limit), so retrying it cannot help and its event is dead-lettered.
 */
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
