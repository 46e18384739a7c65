package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person's direct line with its extension, which the labels take as written ("+1 617 824 3390
 * ext. 218", "(503) 482-1937 x204", "+48 22 482 19 37 wew. 24"): the extension belongs to the
 * number. A count or a price after a number is no extension.
 */
class PhoneExtensionsTest {

  private final PhoneRecognizer phones =
      new PhoneRecognizer(List.of("US", "GB", "DE", "FR", "PL", "RU", "ES"));

  @Test
  void theExtensionWidensTheNumber() {
    assertThat(Spans.of(phones, "Direct: +1 617 824 3390 ext. 218\nMobile: +1 857 204 7716"))
        .contains("+1 617 824 3390 ext. 218", "+1 857 204 7716");
    assertThat(Spans.of(phones, "my work number is (503) 482-1937 x204, cell 503.771.0482"))
        .contains("(503) 482-1937 x204");
    assertThat(Spans.of(phones, "tel. +48 22 482 19 37 wew. 24\nkom. 601 482 193"))
        .contains("+48 22 482 19 37 wew. 24");
    assertThat(Spans.of(phones, "Рабочий: +7 (495) 644-82-10 доб. 4471"))
        .containsExactly("+7 (495) 644-82-10 доб. 4471");
    assertThat(Spans.of(phones, "Papa (bureau) : 01 84 82 19 37 poste 4412"))
        .containsExactly("01 84 82 19 37 poste 4412");
    assertThat(Spans.of(phones, "Could you call me back at 503-482-1937 extension 12?"))
        .containsExactly("503-482-1937 extension 12");
  }

  @Test
  void noCountOrWordAfterTheNumber() {
    assertThat(Spans.of(phones, "Ring 030 1234567 kl. 14 i morgen")).containsExactly("030 1234567");
    assertThat(Spans.of(phones, "Call +44 161 496 0732 x 2 times a day"))
        .containsExactly("+44 161 496 0732");
    assertThat(Spans.of(phones, "Ring +44 161 496 0732 extensively"))
        .containsExactly("+44 161 496 0732");
    assertThat(Spans.of(phones, "Mobile +44 7700 900614 ext. office hours only"))
        .containsExactly("+44 7700 900614");
  }
}
