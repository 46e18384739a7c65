package dev.indexer.pipeline;

import dev.indexer.event.DocumentRef;
import dev.indexer.pipeline.Manifest.ManifestChunk;
import dev.indexer.text.Chunk;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What an upsert makes of a document before any vector is known: its redacted attributes, its
 * chunks and their point ids. Computed from the event alone ({@link ChangePlanner}); compared with
 * the document's manifest, it tells what is new.
 *
 * @param chunks the chunks of the redacted text, in order
 * @param manifestChunks each chunk's point id and content hash, as the manifest keeps them
 * @param metadata the redacted metadata, in key order
 * @param attributesHash a hash of title, source URI, event time and metadata: a change of any of
 *     them rewrites the payloads even when no chunk changed
 * @param policyVersion the PII policy version the texts were redacted with
 */
record ChangePlan(
    DocumentRef ref,
    List<Chunk> chunks,
    List<ManifestChunk> manifestChunks,
    String title,
    String sourceUri,
    Map<String, String> metadata,
    String attributesHash,
    String policyVersion) {

  /** The chunks' point ids, in chunk order. */
  List<UUID> ids() {
    return manifestChunks.stream().map(c -> UUID.fromString(c.pointId())).toList();
  }

  /**
   * Whether the vectors stored for the document's previous chunks can be reused: they were embedded
   * by the same model from text redacted by the same policy.
   */
  boolean vectorsReusable(Manifest previous, String modelId) {
    return previous != null
        && !previous.deleted()
        && modelId.equals(previous.modelId())
        && policyVersion.equals(previous.policyVersion());
  }

  /** Whether the change is a re-publication of what the manifest already describes. */
  boolean unchanged(Manifest previous, String modelId, Long version) {
    return vectorsReusable(previous, modelId)
        && previous.chunks().equals(manifestChunks)
        && attributesHash.equals(previous.attributesHash())
        && Objects.equals(previous.version(), version);
  }
}
