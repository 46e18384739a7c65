package dev.indexer.qdrant;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.NameBasedGenerator;
import dev.indexer.event.DocumentRef;
import java.util.UUID;

/**
 * Deterministic point ids: name-based UUIDs (v5) of stable fields, so that writing the same chunk
 * twice addresses the same point and a replay leaves Qdrant unchanged.
 */
public final class PointIds {

  /** Fixed namespace of this service's ids; changing it would orphan every existing point. */
  static final UUID NAMESPACE = UUID.fromString("6f1c1f0e-4a8e-5b7b-9a3c-2f9d8e7c6b5a");

  private static final NameBasedGenerator GENERATOR = Generators.nameBasedGenerator(NAMESPACE);

  private PointIds() {}

  /**
   * The id of a chunk of a document, named by its content: the same text keeps the same point when
   * paragraphs move, so an edit rewrites only the chunks it changed. {@code occurrence} tells apart
   * identical chunks within one document (0 for the first). NUL separates fields: it is in no id or
   * hash.
   */
  public static UUID chunk(DocumentRef ref, String contentHash, int occurrence) {
    return GENERATOR.generate(
        ref.tenant()
            + '\u0000'
            + ref.documentId()
            + '\u0000'
            + contentHash
            + '\u0000'
            + occurrence);
  }

  /** The id of a document's point in the {@link Fences} collection. */
  public static UUID fence(DocumentRef ref) {
    return GENERATOR.generate("fence" + '\u0000' + ref.tenant() + '\u0000' + ref.documentId());
  }
}
