package dev.indexer.testkit.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.qdrant.client.grpc.Common.PointId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PointIdsTest {
  private static final String CANONICAL = "936da01f-9abd-4d9d-80c7-02af85c822a8";

  @Test
  void acceptsEveryUuidFormAndNormalisesToLowercaseHyphenated() {
    for (String form :
        List.of(
            CANONICAL,
            CANONICAL.toUpperCase(),
            "936da01f9abd4d9d80c702af85c822a8",
            "{936DA01F-9ABD-4D9D-80C7-02AF85C822A8}",
            "urn:uuid:" + CANONICAL)) {
      PointKey key = PointIds.parse(PointId.newBuilder().setUuid(form).build());
      assertThat(key.toProto().getUuid()).as(form).isEqualTo(CANONICAL);
    }
  }

  @Test
  void rejectsMalformedIdsAsInvalidArgument() {
    for (String bad :
        List.of(
            "",
            "not-a-uuid",
            "936da01f-9abd-4d9d-80c7-02af85c822a",
            "{936da01f9abd4d9d80c702af85c822a8}",
            "936da01f-9abd-4d9d-80c7_02af85c822a8",
            "g36da01f9abd4d9d80c702af85c822a8")) {
      assertThatThrownBy(() -> PointIds.parse(PointId.newBuilder().setUuid(bad).build()))
          .as(bad)
          .isInstanceOf(StatusRuntimeException.class)
          .extracting(e -> ((StatusRuntimeException) e).getStatus().getCode())
          .isEqualTo(Status.Code.INVALID_ARGUMENT);
    }
    assertThatThrownBy(() -> PointIds.parse(PointId.getDefaultInstance()))
        .extracting(e -> ((StatusRuntimeException) e).getStatus().getCode())
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
  }

  @Test
  void ordersNumbersUnsignedThenUuidsByBytes() {
    PointKey small = new PointKey.Num(5);
    PointKey huge = new PointKey.Num(-1L); // 2^64 - 1
    PointKey lowUuid = PointIds.parseUuid("00000000-0000-0000-0000-000000000001");
    PointKey highUuid = PointIds.parseUuid("ffffffff-0000-0000-0000-000000000000");

    List<PointKey> keys = new ArrayList<>(List.of(highUuid, huge, lowUuid, small));
    keys.sort(null);

    assertThat(keys).containsExactly(small, huge, lowUuid, highUuid);
    // java.util.UUID compares signed longs and would put "ffffffff-..." first
    assertThat(UUID.fromString(highUuid.toString()).compareTo(UUID.fromString(lowUuid.toString())))
        .isNegative();
  }

  @Test
  void numericIdsRoundTripAsUnsigned() {
    PointKey key = PointIds.parse(PointId.newBuilder().setNum(-2L).build());
    assertThat(key.toString()).isEqualTo("18446744073709551614");
    assertThat(key.toProto().getNum()).isEqualTo(-2L);
  }
}
