package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lines of an address written in Thai, Devanagari, Bengali or Tamil, without a label: a line that
 * holds the parts of an address (`หมู่`, `ตำบล`, `อำเภอ`, `จังหวัด`; `मकान नं.`, `गली नं.`; `বাড়ি
 * নং`, `রোড নং`; `தெரு`) twice, or once with a house number or a postcode; not a sentence that
 * names a road or a district once.
 */
class AddressLinesOfThaiAndIndicScriptsTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void theLinesOfAThaiAddressUnderAName() {
    assertThat(
            Spans.of(
                streets,
                "ผู้ส่ง\nนายสมชาย ใจดี\n12/7 หมู่ 4 ซอยเพชรเกษม 10\nตำบลบางแค อำเภอเมืองนครปฐม\n"
                    + "จังหวัดนครปฐม 73000\n"))
        .contains(
            "12/7 หมู่ 4 ซอยเพชรเกษม 10", "ตำบลบางแค อำเภอเมืองนครปฐม", "จังหวัดนครปฐม 73000");
  }

  @Test
  void indicAddressLinesWithTheirHouseNumbersAndPostcodes() {
    assertThat(Spans.of(streets, "भेजें:\nमकान नं. 41, गली नं. 7\nपानीपत, हरियाणा 132103\n"))
        .contains("मकान नं. 41, गली नं. 7");
    assertThat(
            Spans.of(
                streets, "ঠিকানা পরিবর্তন\nবাড়ি নং ৯, রোড নং ৩, ব্লক বি\nউত্তরা, ঢাকা ১২৩০\n"))
        .contains("বাড়ি নং ৯, রোড নং ৩, ব্লক বি");
    assertThat(Spans.of(streets, "முகவரி மாற்றம்\n7, காமராஜர் தெரு, அண்ணா நகர், சென்னை 600040\n"))
        .contains("7, காமராஜர் தெரு, அண்ணா நகர், சென்னை 600040");
  }

  @Test
  void notASentenceThatNamesARoadOnce() {
    assertThat(Spans.of(streets, "ถนนเส้นนี้ปิดซ่อม 3 วัน กรุณาใช้ทางเลี่ยง\n")).isEmpty();
    assertThat(Spans.of(streets, "आज रोड पर 2 घंटे जाम रहा।\n")).isEmpty();
  }

  @Test
  void notAWordThatOnlyBeginsWithAPartsWord() {
    assertThat(Spans.of(streets, "২০২৫ সালে ব্লকচেইন সেক্টর ১২ শতাংশ বেড়েছে\n")).isEmpty();
    assertThat(Spans.of(streets, "मार्गदर्शन 2024 के लिए नई सूची\n")).isEmpty();
  }
}
