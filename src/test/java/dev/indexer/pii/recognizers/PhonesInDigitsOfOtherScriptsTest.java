package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phone numbers written in the digits of their script (Arabic-Indic, Persian, Devanagari, Thai) or
 * in full-width digits, read as the same numbers in ASCII digits, with the same cues and checks; an
 * order number in those digits stays unreported.
 */
class PhonesInDigitsOfOtherScriptsTest {

  private final PhoneRecognizer phones = new PhoneRecognizer(List.of("US", "GB", "DE"));

  @Test
  void arabicIndicAndPersianDigits() {
    assertThat(Spans.of(phones, "الاسم: سارة\nالجوال: ٠٥٤٤ ٢٧١ ٩٣٠\n"))
        .containsExactly("٠٥٤٤ ٢٧١ ٩٣٠");
    assertThat(Spans.of(phones, "شماره همراه: ۰۹۳۵ ۸۸۱ ۲۴۰۷")).containsExactly("۰۹۳۵ ۸۸۱ ۲۴۰۷");
  }

  @Test
  void devanagariThaiAndFullWidthDigits() {
    assertThat(Spans.of(phones, "मोबाइल: ९८७६० ५४३२१")).containsExactly("९८७६० ५४३२१");
    assertThat(Spans.of(phones, "โทร: ๐๘๙-๓๑๒-๗๗๔๐")).containsExactly("๐๘๙-๓๑๒-๗๗๔๐");
    assertThat(Spans.of(phones, "携帯電話：０８０－３３９１－２２０７")).containsExactly("０８０－３３９１－２２０７");
  }

  @Test
  void aNumberFoundInAsciiDigitsIsNotFoundTwice() {
    assertThat(Spans.of(phones, "الجوال: 0544 271 930\nرقم: ٤٤٨٢١٧"))
        .containsExactly("0544 271 930");
  }

  @Test
  void anOrderNumberInThoseDigitsIsNoPhone() {
    assertThat(Spans.of(phones, "رقم الطلب: ٤٤٨٢١٧\nالمبلغ: ١٢٠ ريال")).isEmpty();
    assertThat(Spans.of(phones, "受付番号：２０２５０６１４－００８８")).isEmpty();
  }
}
