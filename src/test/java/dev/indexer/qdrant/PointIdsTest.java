package dev.indexer.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.DocumentRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PointIdsTest {

  private final DocumentRef doc = new DocumentRef("acme", "doc-1");

  @Test
  void idsAreNameBasedVersion5AndStable() {
    UUID id = PointIds.chunk(doc, "h1", 0);
    assertThat(id.version()).isEqualTo(5);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(PointIds.chunk(new DocumentRef("acme", "doc-1"), "h1", 0)).isEqualTo(id);
  }

  @Test
  void matchesTheRfc4122Version5Derivation() throws Exception {
    // Independent derivation: SHA-1 over namespace bytes + name, version and variant bits set.
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(PointIds.NAMESPACE.getMostSignificantBits())
        .putLong(PointIds.NAMESPACE.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest("acme\u0000doc-1\u0000abc\u00007".getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    assertThat(PointIds.chunk(doc, "abc", 7)).isEqualTo(new UUID(b.getLong(), b.getLong()));
  }

  @Test
  void differentContentOccurrencesTenantsAndDocumentsGetDifferentIds() {
    assertThat(PointIds.chunk(doc, "h1", 0)).isNotEqualTo(PointIds.chunk(doc, "h2", 0));
    assertThat(PointIds.chunk(doc, "h1", 0)).isNotEqualTo(PointIds.chunk(doc, "h1", 1));
    assertThat(PointIds.chunk(doc, "h1", 0))
        .isNotEqualTo(PointIds.chunk(new DocumentRef("other", "doc-1"), "h1", 0));
    // Field boundaries are unambiguous: ("a","bc") and ("ab","c") differ.
    assertThat(PointIds.chunk(new DocumentRef("a", "bc"), "h", 0))
        .isNotEqualTo(PointIds.chunk(new DocumentRef("ab", "c"), "h", 0));
  }
}
