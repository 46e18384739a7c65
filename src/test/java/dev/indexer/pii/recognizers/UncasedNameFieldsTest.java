package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names in scripts without capitals after the label of a name field, a title before them left out;
 * a label that names something else, or a value in Latin letters, is not read here.
 */
class UncasedNameFieldsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void namesAfterNameLabels() {
    assertThat(Spans.of(person, "收件人：刘德明\n电话：138 0000 1111")).contains("刘德明");
    assertThat(Spans.of(person, "用户：黄思琪（账号 hsq_2020）")).contains("黄思琪");
    assertThat(Spans.of(person, "氏名：山本 花子\n住所：東京都")).contains("山本 花子");
    assertThat(Spans.of(person, "성명: 김민준\n주소: 서울")).contains("김민준");
    assertThat(Spans.of(person, "الاسم: فاطمة الزهراء بن علي\nالهاتف: 0600"))
        .contains("فاطمة الزهراء بن علي");
    assertThat(Spans.of(person, "שם מלא: דנה אברהמי\nטלפון: 050")).contains("דנה אברהמי");
    assertThat(Spans.of(person, "ชื่อ-นามสกุล: นางสาวพิมพ์ชนก ใจดี\nโทร: 081"))
        .contains("พิมพ์ชนก ใจดี");
    assertThat(Spans.of(person, "नाम: अनीता शर्मा\nफ़ोन: 98")).contains("अनीता शर्मा");
  }

  @Test
  void otherLabelsAndValuesAreNotRead() {
    assertThat(Spans.of(person, "地址：北京市海淀区\n问题：路由器无法联网")).isEmpty();
    assertThat(Spans.of(person, "状态：已完成\n备注：易碎品")).isEmpty();
    assertThat(Spans.of(person, "الحالة: مكتمل\nالملاحظات: لا شيء")).isEmpty();
  }

  @Test
  void aRussianNameRunsOnToItsPatronymic() {
    assertThat(Spans.of(person, "ФИО: Соколова Мария Игоревна\nТелефон: 8 900"))
        .contains("Соколова Мария Игоревна");
    assertThat(Spans.of(person, "Получатель: Иванов Сергей Петрович"))
        .contains("Иванов Сергей Петрович");
  }
}
