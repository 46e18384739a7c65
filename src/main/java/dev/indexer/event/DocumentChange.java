package dev.indexer.event;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A decoded, validated change of one document: the pipeline's own view of an event, independent of
 * the wire format (Avro, JSON or a tombstone).
 *
 * @param version the source's version of the document, or {@code null} when the producer gave none
 *     (then Kafka order within the key decides)
 * @param fieldsUnchanged an upsert whose source says that none of the document's fields changed
 *     (such as a Debezium update of table columns that are not mapped): a document already indexed
 *     is left as it is ({@code UNCHANGED}); one that is not is indexed like any upsert
 */
public record DocumentChange(
    DocumentRef ref,
    Operation operation,
    String eventId,
    Long version,
    Instant eventTime,
    String title,
    String content,
    String contentType,
    String sourceUri,
    Map<String, String> metadata,
    boolean fieldsUnchanged) {

  /** What happened to the document. */
  public enum Operation {
    UPSERT,
    DELETE
  }

  public DocumentChange {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(operation, "operation");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** A change as the producer sent it (its fields may have changed). */
  public DocumentChange(
      DocumentRef ref,
      Operation operation,
      String eventId,
      Long version,
      Instant eventTime,
      String title,
      String content,
      String contentType,
      String sourceUri,
      Map<String, String> metadata) {
    this(
        ref,
        operation,
        eventId,
        version,
        eventTime,
        title,
        content,
        contentType,
        sourceUri,
        metadata,
        false);
  }

  /** This change, marked as one that changes none of the document's fields. */
  public DocumentChange withFieldsUnchanged() {
    return new DocumentChange(
        ref,
        operation,
        eventId,
        version,
        eventTime,
        title,
        content,
        contentType,
        sourceUri,
        metadata,
        true);
  }

  /**
   * The media type of the content: the content type without parameters such as {@code ;
   * charset=utf-8}, lower case; {@code text/plain} when the event gives none.
   */
  public String mediaType() {
    if (contentType == null || contentType.isBlank()) {
      return "text/plain";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** A delete that came as a Kafka tombstone: only the key is known. */
  public static DocumentChange tombstone(DocumentRef ref) {
    return new DocumentChange(
        ref, Operation.DELETE, null, null, null, null, null, null, null, Map.of());
  }
}
