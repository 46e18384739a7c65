package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.DocumentRef;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PointIdsTest {

  private final DocumentRef doc = new DocumentRef("acme", "doc-1");

  @Test
  void idsAreNameBasedVersion5AndStable() {
    UUID id = PointIds.chunk(doc, 0);
    assertThat(id.version()).isEqualTo(5);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(PointIds.chunk(new DocumentRef("acme", "doc-1"), 0)).isEqualTo(id);
  }

  @Test
  void matchesTheRfc4122Version5Derivation() throws Exception {
    // Independent derivation: SHA-1 over namespace bytes + name, version and variant bits set.
    java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
    java.nio.ByteBuffer ns = java.nio.ByteBuffer.allocate(16);
    ns.putLong(PointIds.NAMESPACE.getMostSignificantBits()).putLong(PointIds.NAMESPACE.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest("acme\u0000doc-1\u00007".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(hash, 0, 16);
    assertThat(PointIds.chunk(doc, 7)).isEqualTo(new UUID(b.getLong(), b.getLong()));
  }

  @Test
  void differentChunksTenantsAndDocumentsGetDifferentIds() {
    assertThat(PointIds.chunk(doc, 0)).isNotEqualTo(PointIds.chunk(doc, 1));
    assertThat(PointIds.chunk(doc, 0)).isNotEqualTo(PointIds.chunk(new DocumentRef("other", "doc-1"), 0));
    // Field boundaries are unambiguous: ("a","b/c") and ("a/b","c") differ.
    assertThat(PointIds.chunk(new DocumentRef("a", "bc"), 0))
        .isNotEqualTo(PointIds.chunk(new DocumentRef("ab", "c"), 0));
  }
}
