package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Addresses after their cue in scripts without capitals or spaces: a Japanese postcode after its
 * mark 〒 (the mark left out), a Chinese "is" after the cue, labels of more words than the cue (Thai
 * with its vowel marks, Arabic, Korean) and Chinese words for a place of residence.
 */
class AddressesAfterCuesOfMoreScriptsTest {

  private final StreetAddressRecognizer r = new StreetAddressRecognizer();

  @Test
  void aJapanesePostcodeMarkOpensTheAddress() {
    assertThat(Spans.of(r, "お届け先：〒150-0041 東京都渋谷区神南1丁目19番11号 パークサイド渋谷405号室\n電話：03-1234-5678"))
        .containsExactly("150-0041 東京都渋谷区神南1丁目19番11号 パークサイド渋谷405号室");
    assertThat(Spans.of(r, "現 住 所　〒060-0042 北海道札幌市中央区大通西10丁目4番地 大通ハイム801\n"))
        .containsExactly("060-0042 北海道札幌市中央区大通西10丁目4番地 大通ハイム801");
  }

  @Test
  void aPostcodeMarkWithoutAnAddressIsNone() {
    assertThat(Spans.of(r, "〒150-0041\n")).isEmpty();
  }

  @Test
  void chineseAddressesAfterAPlaceOfResidenceAndAfterIs() {
    assertThat(Spans.of(r, "现居住地：杭州市西湖区文三路259号6幢302室\n期望城市：杭州"))
        .containsExactly("杭州市西湖区文三路259号6幢302室");
    assertThat(Spans.of(r, "我的新地址是成都市武侯区人民南路四段27号，欢迎来玩。")).containsExactly("成都市武侯区人民南路四段27号");
  }

  @Test
  void labelsOfMoreWordsInThaiArabicAndKorean() {
    assertThat(
            Spans.of(
                r,
                "ที่อยู่จัดส่ง: 55/8 ซอยสุขุมวิท 31 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110\n"))
        .containsExactly(
            "55/8 ซอยสุขุมวิท 31 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110");
    assertThat(Spans.of(r, "العنوان الوطني: 4417 شارع العليا، حي الورود، الرياض 12251\n"))
        .containsExactly("4417 شارع العليا، حي الورود، الرياض 12251");
    assertThat(Spans.of(r, "새 주소 알려드려요: 서울특별시 송파구 올림픽로 300, 102동 1501호\n"))
        .containsExactly("서울특별시 송파구 올림픽로 300, 102동 1501호");
  }
}
