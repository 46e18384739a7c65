package dev.indexer.qdrant;

import dev.indexer.event.DocumentRef;
import java.util.List;

/**
 * One document change as the index sees it: the document's points after the change (none when it is
 * deleted), fenced by a token that grows with every change of the document. {@link PointWriter}
 * turns it into Qdrant operations (see there).
 *
 * @param ref the document
 * @param fence the change's fence token: every point it writes carries it, and it removes only
 *     points of smaller tokens
 * @param chunks the document's points after the change; empty: the document has none
 * @param repair whether the write also replaces points of its own token: a repair by reconciliation
 *     of what a committed change wrote (see {@link PointWriter#replaceOperations})
 * @param version the document's version after the change, recorded on its fence point ({@link
 *     FencePoint}); {@code null} when its events carry none
 * @param deletes whether the change deletes the document, recorded on its fence point
 */
public record DocumentWrite(
    DocumentRef ref,
    long fence,
    List<ChunkPoint> chunks,
    boolean repair,
    Long version,
    boolean deletes) {

  public DocumentWrite {
    chunks = List.copyOf(chunks);
  }

  public DocumentWrite(DocumentRef ref, long fence, List<ChunkPoint> chunks, boolean repair) {
    this(ref, fence, chunks, repair, null, false);
  }

  public DocumentWrite(DocumentRef ref, long fence, List<ChunkPoint> chunks) {
    this(ref, fence, chunks, false);
  }

  /** The same write as a repair: it also replaces points of its own token. */
  public DocumentWrite asRepair() {
    return new DocumentWrite(ref, fence, chunks, true, version, deletes);
  }

  /** The same write, recording {@code version} as the document's version after it. */
  public DocumentWrite recording(Long version) {
    return new DocumentWrite(ref, fence, chunks, repair, version, deletes);
  }

  /** The change that removes every point of the document: it deletes the document. */
  public static DocumentWrite delete(DocumentRef ref, long fence) {
    return new DocumentWrite(ref, fence, List.of(), false, null, true);
  }

  /** Points the write upserts or removes (the removal of older points counts as one). */
  public int points() {
    return chunks.size() + 1;
  }
}
