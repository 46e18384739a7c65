package dev.indexer.event;

/**
 * A permanent problem with one event: retrying cannot help, so the event goes to the dead-letter
 * topic with {@link #reason()} and the stream moves on. Messages must never quote event content:
 * they end up in dead-letter headers and logs.
 */
public class InvalidEventException extends RuntimeException {

  /** Machine-readable reason codes, written to the dead-letter {@code x-reason} header. */
  public enum Reason {
    UNDECODABLE,
    MISSING_TENANT,
    MISSING_DOCUMENT_ID,
    KEY_MISMATCH,
    UNKNOWN_OPERATION,
    UNKNOWN_CONTENT_TYPE,
    CONTENT_TOO_LARGE,
    /**
     * A tenant, document id or event id too long, with a control character, or a tenant with '/'.
     */
    INVALID_ID,
    /** A title, source URI or metadata over its limit. */
    FIELD_TOO_LARGE,
    /** The document has more chunks than a manifest may hold. */
    TOO_MANY_CHUNKS,
    /** The embedding server refused an input of the event while it embeds others. */
    EMBEDDING_REJECTED,
    /** Qdrant rejected the event's points as invalid (INVALID_ARGUMENT). */
    QDRANT_REJECTED,
    /** A stage failed on this event for a reason other than a transient fault. */
    PROCESSING_FAILED
  }

  private final Reason reason;

  public InvalidEventException(Reason reason, String message) {
    this(reason, message, null);
  }

  public InvalidEventException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
