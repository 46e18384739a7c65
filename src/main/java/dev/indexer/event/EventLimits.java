package dev.indexer.event;

import dev.indexer.event.InvalidEventException.Reason;
import java.util.Map;

/**
 * Bounds on one event, checked right after decoding so that no single record can stall a partition
 * or crash the stream threads: every manifest, status, dead letter and Qdrant request an event
 * leads to stays far below Kafka's and gRPC's message limits. Lengths count UTF-16 chars.
 *
 * @param maxEventBytes largest event value, in bytes
 * @param maxTenantLength longest tenant
 * @param maxDocumentIdLength longest document id
 * @param maxEventIdLength longest event id
 * @param maxMetadataEntries most metadata entries
 * @param maxMetadataKeyLength longest metadata key
 * @param maxMetadataValueLength longest metadata value
 * @param maxMetadataLength longest metadata in all: keys and values added up (the metadata is
 *     copied onto every chunk's point)
 * @param maxTitleLength longest title
 * @param maxSourceUriLength longest source URI
 * @param maxChunks most chunks of one document (its manifest holds about 130 bytes a chunk)
 */
public record EventLimits(
    int maxEventBytes,
    int maxTenantLength,
    int maxDocumentIdLength,
    int maxEventIdLength,
    int maxMetadataEntries,
    int maxMetadataKeyLength,
    int maxMetadataValueLength,
    int maxMetadataLength,
    int maxTitleLength,
    int maxSourceUriLength,
    int maxChunks) {

  public EventLimits {
    int[] all = {
      maxEventBytes,
      maxTenantLength,
      maxDocumentIdLength,
      maxEventIdLength,
      maxMetadataEntries,
      maxMetadataKeyLength,
      maxMetadataValueLength,
      maxMetadataLength,
      maxTitleLength,
      maxSourceUriLength,
      maxChunks
    };
    for (int limit : all) {
      if (limit < 1) {
        throw new IllegalArgumentException("every event limit must be at least 1");
      }
    }
  }

  /** The service's defaults (the same as {@link EventConfig}'s). */
  public static EventLimits defaults() {
    return new EventLimits(10_485_760, 128, 512, 256, 64, 128, 4_096, 32_768, 1_024, 4_096, 2_000);
  }

  public static EventLimits of(EventConfig config) {
    return new EventLimits(
        config.maxBytes(),
        config.maxTenantLength(),
        config.maxDocumentIdLength(),
        config.maxEventIdLength(),
        config.maxMetadataEntries(),
        config.maxMetadataKeyLength(),
        config.maxMetadataValueLength(),
        config.maxMetadataLength(),
        config.maxTitleLength(),
        config.maxSourceUriLength(),
        config.maxChunks());
  }

  public EventLimits withMaxEventBytes(int bytes) {
    return new EventLimits(
        bytes,
        maxTenantLength,
        maxDocumentIdLength,
        maxEventIdLength,
        maxMetadataEntries,
        maxMetadataKeyLength,
        maxMetadataValueLength,
        maxMetadataLength,
        maxTitleLength,
        maxSourceUriLength,
        maxChunks);
  }

  /** Rejects a value over {@link #maxEventBytes} before it is decoded. */
  public void checkSize(byte[] value) {
    if (value != null && value.length > maxEventBytes) {
      throw new InvalidEventException(
          Reason.CONTENT_TOO_LARGE,
          "event of "
              + value.length
              + " bytes exceeds indexer.events.max-bytes ("
              + maxEventBytes
              + ")");
    }
  }

  /**
   * Rejects a decoded change whose ids or fields are out of bounds. Messages name the field and the
   * limit, never the value.
   */
  public void check(DocumentChange change) {
    id("tenant", change.ref().tenant(), maxTenantLength, "max-tenant-length");
    if (change.ref().tenant().indexOf('/') >= 0) {
      // The manifest key and the text record key are tenant/documentId: a slash in the tenant
      // would let two documents share a key.
      throw new InvalidEventException(Reason.INVALID_ID, "tenant contains '/'");
    }
    id("document id", change.ref().documentId(), maxDocumentIdLength, "max-document-id-length");
    if (change.eventId() != null) {
      id("event id", change.eventId(), maxEventIdLength, "max-event-id-length");
    }
    field("title", change.title(), maxTitleLength, "max-title-length");
    field("source URI", change.sourceUri(), maxSourceUriLength, "max-source-uri-length");
    Map<String, String> metadata = change.metadata();
    if (metadata.size() > maxMetadataEntries) {
      throw tooLarge(
          metadata.size() + " metadata entries", maxMetadataEntries, "max-metadata-entries");
    }
    long total = 0;
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      field("metadata key", e.getKey(), maxMetadataKeyLength, "max-metadata-key-length");
      field("metadata value", e.getValue(), maxMetadataValueLength, "max-metadata-value-length");
      total += e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().length());
    }
    if (total > maxMetadataLength) {
      throw tooLarge("metadata of " + total + " chars", maxMetadataLength, "max-metadata-length");
    }
  }

  private static void id(String what, String value, int max, String property) {
    if (value.length() > max) {
      throw new InvalidEventException(
          Reason.INVALID_ID,
          what
              + " of "
              + value.length()
              + " chars exceeds indexer.events."
              + property
              + " ("
              + max
              + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new InvalidEventException(Reason.INVALID_ID, what + " contains a control character");
      }
    }
  }

  private static void field(String what, String value, int max, String property) {
    if (value != null && value.length() > max) {
      throw tooLarge(what + " of " + value.length() + " chars", max, property);
    }
  }

  private static InvalidEventException tooLarge(String what, int max, String property) {
    return new InvalidEventException(
        Reason.FIELD_TOO_LARGE, what + " exceeds indexer.events." + property + " (" + max + ")");
  }
}
