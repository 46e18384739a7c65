package dev.indexer.qdrant;

import dev.indexer.event.DocumentRef;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the index stores of one chunk, in the pipeline's terms; {@link #point()} maps it to the
 * point Qdrant stores (its payload fields are {@link PayloadFields}).
 *
 * @param headingPath the headings above the chunk; empty when there are none (then not stored)
 * @param fence the fence token of the change that writes it (see {@link PointWriter})
 * @param version the document's version; null when its events carry none
 * @param title the redacted title, or null
 * @param sourceUri the redacted source URI, or null
 * @param eventTime when the change happened at the source, or null
 * @param metadata the redacted metadata, in key order; empty when there is none (then not stored)
 * @param partition the partition of the documents topic the change came from; null when unknown
 */
public record IndexedChunk(
    DocumentRef ref,
    UUID id,
    float[] vector,
    int index,
    int count,
    String text,
    String headingPath,
    String contentHash,
    String modelId,
    String policyVersion,
    Instant indexedAt,
    long fence,
    Long version,
    String title,
    String sourceUri,
    Instant eventTime,
    Map<String, String> metadata,
    Integer partition) {

  /** The point Qdrant stores for this chunk. */
  public ChunkPoint point() {
    PayloadBuilder payload =
        new PayloadBuilder()
            .put(PayloadFields.TENANT, ref.tenant())
            .put(PayloadFields.DOCUMENT_ID, ref.documentId())
            .put(PayloadFields.CHUNK_INDEX, index)
            .put(PayloadFields.CHUNK_COUNT, count)
            .put(PayloadFields.TEXT, text)
            .put(PayloadFields.HEADING_PATH, headingPath.isEmpty() ? null : headingPath)
            .put(PayloadFields.CONTENT_HASH, contentHash)
            .put(PayloadFields.MODEL_ID, modelId)
            .put(PayloadFields.PII_POLICY, policyVersion)
            .put(PayloadFields.INDEXED_AT, indexedAt.toString())
            .put(PayloadFields.FENCE, fence)
            .put(PayloadFields.PARTITION, partition)
            .put(PayloadFields.VERSION, version)
            .put(PayloadFields.TITLE, title)
            .put(PayloadFields.SOURCE_URI, sourceUri)
            .put(PayloadFields.EVENT_TIME, eventTime == null ? null : eventTime.toString())
            .put(
                PayloadFields.METADATA,
                metadata.isEmpty() ? null : new java.util.LinkedHashMap<String, Object>(metadata));
    return new ChunkPoint(id, vector, payload.build());
  }

  /** A payload in field order, without the fields that have no value. */
  private static final class PayloadBuilder {
    private final Map<String, Object> fields = new java.util.LinkedHashMap<>();

    PayloadBuilder put(String field, Object value) {
      if (value != null) {
        fields.put(field, value);
      }
      return this;
    }

    Map<String, Object> build() {
      return fields;
    }
  }
}
