package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A form's address value that goes on under itself, indented to its column: each such line is an
 * address too. Not a line in another column, a new field, or a line that does not go on an address.
 */
class IndentedAddressLinesTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void theValuesLinesUnderIt() {
    String form =
        "Người nhận: Phạm Minh Tuấn\nĐịa chỉ: 45/12 Đường số 7, Phường 4\n"
            + "         Quận Gò Vấp, TP. Hồ Chí Minh\nThu hộ (COD): 450.000đ";
    assertThat(Spans.of(streets, form)).contains("Quận Gò Vấp, TP. Hồ Chí Minh");
  }

  @Test
  void notAnotherColumnNorAField() {
    String form =
        "Address: 14 Elm Street, Leeds\n  Notes: ring twice\n                      "
            + "Second line far right\n";
    assertThat(Spans.of(streets, form))
        .noneMatch(s -> s.contains("Notes") || s.contains("Second line"));
  }
}
