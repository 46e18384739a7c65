package dev.indexer.testkit.qdrant;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * gRPC status helpers. Real Qdrant maps its error kinds to these codes (storage errors:
 * NotFound, AlreadyExists, BadInput/BadRequest -> INVALID_ARGUMENT); callers are expected to
 * assert codes, not message text, but the texts follow Qdrant's wording where it is cheap.
 */
final class Errors {
  private Errors() {}

  static StatusRuntimeException notFound(String message) {
    return Status.NOT_FOUND.withDescription(message).asRuntimeException();
  }

  static StatusRuntimeException alreadyExists(String message) {
    return Status.ALREADY_EXISTS.withDescription(message).asRuntimeException();
  }

  static StatusRuntimeException invalid(String message) {
    return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
  }

  static StatusRuntimeException unimplemented(String message) {
    return Status.UNIMPLEMENTED
        .withDescription(message + " is not supported by QdrantLocal")
        .asRuntimeException();
  }

  static StatusRuntimeException collectionNotFound(String name) {
    return notFound("Not found: Collection `" + name + "` doesn't exist!");
  }
}
