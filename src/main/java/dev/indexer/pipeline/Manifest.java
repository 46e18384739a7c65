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
 * @param recordedOnFence the write of this change also recorded the version and whether it deleted
 *     the document on the document's fence point ({@link dev.indexer.qdrant.FencePoint}), which
 *     then stands in for the manifest once it is dropped (see {@link ManifestSweep}); false in
 *     manifests written before fence points recorded them, which are therefore never dropped
 */
public record Manifest(
    Long version,
    boolean deleted,
    List<ManifestChunk> chunks,
    String attributesHash,
    String modelId,
    String policyVersion,
    Instant indexedAt,
    long seq,
    boolean recordedOnFence) {

  public Manifest {
    chunks = chunks == null ? List.of() : List.copyOf(chunks);
  }

  /**
   * A manifest whose change is not recorded on the fence point (as earlier releases wrote them).
   */
  public Manifest(
      Long version,
      boolean deleted,
      List<ManifestChunk> chunks,
      String attributesHash,
      String modelId,
      String policyVersion,
      Instant indexedAt,
      long seq) {
    this(version, deleted, chunks, attributesHash, modelId, policyVersion, indexedAt, seq, false);
  }

  /**
   * The manifest a document's fence point stands in for, once the document's own was dropped: its
   * version, whether it is deleted and its fence token; no chunks (a deleted document has none, and
   * a document with chunks has its manifest).
   */
  static Manifest standIn(dev.indexer.qdrant.FencePoint point) {
    return new Manifest(
        point.version(), point.deleted(), List.of(), null, null, null, null, point.token(), true);
  }

  /** One chunk: its point id and the hash of its (redacted) text. */
  public record ManifestChunk(String pointId, String contentHash) {}
}
