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

  /** The id of chunk {@code chunkIndex} of a document. NUL separates fields: it is in no id. */
  public static UUID chunk(DocumentRef ref, int chunkIndex) {
    return GENERATOR.generate(ref.tenant() + '\u0000' + ref.documentId() + '\u0000' + chunkIndex);
  }
}
