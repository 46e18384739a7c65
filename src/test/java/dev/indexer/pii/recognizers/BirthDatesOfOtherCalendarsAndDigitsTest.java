package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates written in the digits of another script (Thai, Arabic-Indic, Devanagari) with the
 * month's name or numbers, in a Japanese era with its dots (`昭和63・7・21`), and in Chinese numerals
 * (`一九七五年十月十二日`); the same shapes that no birth cue introduces are other dates.
 */
class BirthDatesOfOtherCalendarsAndDigitsTest {

  private final DateOfBirthRecognizer births = new DateOfBirthRecognizer();

  @Test
  void datesInTheDigitsOfOtherScripts() {
    assertThat(Spans.of(births, "ชื่อ เด็กหญิงณัฐธิดา\nเกิดวันที่ ๑๕ เมษายน ๒๕๕๖ อายุ ๑๒ ปี\n"))
        .containsExactly("๑๕ เมษายน ๒๕๕๖");
    assertThat(Spans.of(births, "วันเกิด ๐๕/๐๓/๒๔๙๔\n")).containsExactly("๐๕/๐๓/๒๔๙๔");
    assertThat(Spans.of(births, "تاريخ الميلاد: ١٤٣٤/٠٣/١٢\n")).containsExactly("١٤٣٤/٠٣/١٢");
    assertThat(
            Spans.of(births, "नाम थर: सुनिता\nजन्म मिति (वि.सं.): २०४५/०१/०३\nजन्म स्थान: ललितपुर"))
        .containsExactly("२०४५/०१/०३");
    assertThat(
            Spans.of(births, "รายชื่อผู้ลงทะเบียน (วันที่ ๑๖ มิ.ย. ๒๕๖๘)\nวันที่ ๑๕ เมษายน ๒๕๕๖\n"))
        .isEmpty();
    // a Buddhist year before 1900 (2443 BE): a king's, no living person's
    assertThat(Spans.of(births, "ประวัติ\nเกิดวันที่ ๑๗ เมษายน ๒๒๗๗ ที่กรุงศรีอยุธยา")).isEmpty();
  }

  @Test
  void japaneseErasWithDotsAndChineseNumerals() {
    assertThat(
            Spans.of(births, "配偶者　氏名 松本 千尋　　生年月日 昭和63・7・21\n扶養親族　氏名 松本 陽斗　　生年月日 平成22.4.2　　続柄 子\n"))
        .containsExactly("昭和63・7・21", "平成22.4.2");
    assertThat(Spans.of(births, "户主姓名：赵志刚　出生日期：一九七五年十月十二日\n与户主关系：子　出生日期：二〇〇五年八月二十日\n"))
        .containsExactly("一九七五年十月十二日", "二〇〇五年八月二十日");
    assertThat(Spans.of(births, "令和7年分 申告書　提出日 令和7・1・15\n会議 二〇二五年三月十二日に開催")).isEmpty();
    assertThat(Spans.of(births, "出生日期：一九七五年十三月十二日\n")).isEmpty();
    assertThat(Spans.of(births, "出生日期：一八七九年三月十四日（爱因斯坦）\n")).isEmpty();
  }
}
