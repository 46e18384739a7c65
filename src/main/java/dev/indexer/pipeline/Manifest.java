package dev.indexer.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * What the index holds for one document, kept in a changelog-backed state store: the newest version
 * seen and the points of its current chunks. It lets the service skip older events, find unchanged
 * chunks without asking Qdrant, and skip work for an unchanged document.
 *
 * @param version newest version applied, or {@code null} if the producer sends none
 * @param deleted the newest event deleted the document (kept so an older re-create is skipped)
 * @param chunks the current chunks in document order
 * @param attributesHash hash of everything else on the points (title, metadata, source URI)
 * @param modelId the model that embedded the chunks
 * @param policyVersion the PII policy the chunks were redacted with
 * @param indexedAt when the document was last written to Qdrant
 * @param seq the fence token of the document's last write to Qdrant: the position in the log of the
 *     event that wrote it, growing with every change (0 in manifests written before fences existed)
 */
public record Manifest(
    Long version,
    boolean deleted,
    List<ManifestChunk> chunks,
    String attributesHash,
    String modelId,
    String policyVersion,
    Instant indexedAt,
    long seq) {

  public Manifest {
    chunks = chunks == null ? List.of() : List.copyOf(chunks);
  }

  /** One chunk: its point id and the hash of its (redacted) text. */
  public record ManifestChunk(String pointId, String contentHash) {}
}
