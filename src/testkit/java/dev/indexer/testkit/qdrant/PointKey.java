package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Common.PointId;

/**
 * A parsed point id with Qdrant's total order: every numeric id sorts before every UUID,
 * numbers compare as unsigned 64-bit, UUIDs compare by their 16 bytes (which equals lowercase
 * hex order and is not {@link java.util.UUID#compareTo}, which compares signed longs).
 */
sealed interface PointKey extends Comparable<PointKey> {

  PointId toProto();

  /** Unsigned 64-bit numeric id; {@code value} holds the raw bits. */
  record Num(long value) implements PointKey {
    @Override
    public PointId toProto() {
      return PointId.newBuilder().setNum(value).build();
    }

    @Override
    public String toString() {
      return Long.toUnsignedString(value);
    }
  }

  /** UUID id as two big-endian halves, compared unsigned (= byte order). */
  record Uuid(long high, long low) implements PointKey {
    @Override
    public PointId toProto() {
      return PointId.newBuilder().setUuid(toString()).build();
    }

    /** Lowercase hyphenated form, the only form Qdrant returns. */
    @Override
    public String toString() {
      String hex = String.format("%016x%016x", high, low);
      return hex.substring(0, 8)
          + '-'
          + hex.substring(8, 12)
          + '-'
          + hex.substring(12, 16)
          + '-'
          + hex.substring(16, 20)
          + '-'
          + hex.substring(20);
    }
  }

  @Override
  default int compareTo(PointKey other) {
    if (this instanceof Num a) {
      return other instanceof Num b ? Long.compareUnsigned(a.value(), b.value()) : -1;
    }
    Uuid a = (Uuid) this;
    if (other instanceof Uuid b) {
      int byHigh = Long.compareUnsigned(a.high(), b.high());
      return byHigh != 0 ? byHigh : Long.compareUnsigned(a.low(), b.low());
    }
    return 1;
  }
}
