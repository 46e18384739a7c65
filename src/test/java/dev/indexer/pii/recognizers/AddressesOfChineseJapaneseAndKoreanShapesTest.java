package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Addresses of China, Japan and Korea by their own shape, without a label before them: the
 * administrative units from the province or city down to the street and the house number ("号",
 * "丁目", "로 264"), with the building and the flat after them or on the line below. A place named
 * alone, or a number without the units before it, stays unreported.
 */
class AddressesOfChineseJapaneseAndKoreanShapesTest {

  private final StreetAddressRecognizer r = new StreetAddressRecognizer();

  @Test
  void chineseAddressesInAChatAndOnTheLinesOfAParcel() {
    assertThat(Spans.of(r, "小林：快递帮我寄到上海市徐汇区漕溪北路88号楼3单元1201，放门口就行\n"))
        .containsExactly("上海市徐汇区漕溪北路88号楼3单元1201");
    String parcel = "邮编：610041\n四川省成都市武侯区人民南路四段27号\n锦绣花园5幢1单元802室\n唐明 收\n";
    assertThat(Spans.of(r, parcel)).contains("四川省成都市武侯区人民南路四段27号", "锦绣花园5幢1单元802室");
    assertThat(Spans.of(r, "我们下周去上海市徐汇区玩，顺便看看朋友。")).isEmpty();
    assertThat(Spans.of(r, "深圳市南山区人民政府令第5号")).isEmpty();
    assertThat(Spans.of(r, "北京市海淀区2024年3月15号开会")).isEmpty();
    assertThat(Spans.of(r, "上午参观上海博物馆（上海市黄浦区人民大道201号），下午自由活动。")).isEmpty();
  }

  @Test
  void japaneseAddressesWithTheirBuildingAndRoom() {
    assertThat(Spans.of(r, "今後の郵便物は福岡県福岡市中央区天神2丁目8-41 天神パレス305までお送りください。"))
        .containsExactly("福岡県福岡市中央区天神2丁目8-41 天神パレス305");
    String label = "〒812-0011 福岡県福岡市博多区博多駅前3丁目2番1号\n博多グランハイツ1104号室\n中島 彩 様\n";
    assertThat(Spans.of(r, label)).contains("博多グランハイツ1104号室");
  }

  @Test
  void koreanAddressesOfRoadsAndLotsWithTheirFlat() {
    String letter = "김서연 님 앞\n대구광역시 수성구 동대구로 312\n범어 아이파크 103동 1502호\n우편번호: 42020\n";
    assertThat(Spans.of(r, letter)).contains("대구광역시 수성구 동대구로 312", "범어 아이파크 103동 1502호");
    assertThat(Spans.of(r, "택배는 경기도 성남시 분당구 정자동 178-4 느티마을 302동 704호로 보내주세요"))
        .containsExactly("경기도 성남시 분당구 정자동 178-4 느티마을 302동 704호");
    assertThat(Spans.of(r, "다음 주에 부산광역시 해운대구에 놀러 가요")).isEmpty();
    assertThat(Spans.of(r, "그래도 친구 2명이 왔다")).isEmpty();
    assertThat(Spans.of(r, "민원 접수처: 정부세종청사, 세종특별자치시 한누리대로 2130")).isEmpty();
  }
}
