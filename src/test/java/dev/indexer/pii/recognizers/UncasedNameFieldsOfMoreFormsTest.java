package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names after the name fields of more forms in scripts without capitals: labels that end in the
 * word for "name" ("持卡人姓名", "被保険者氏名", "आवेदक का नाम"), Persian, Bengali and Korean labels, fields
 * in the middle of a line after a dash or a slash, fields parted by an ideographic space instead of
 * a colon, and a name in Latin capitals after such a label ("氏名：NGUYEN VAN AN").
 */
class UncasedNameFieldsOfMoreFormsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void labelsThatEndInTheWordForName() {
    assertThat(Spans.of(person, "持卡人姓名：赵丽颖\n卡号：见附件")).containsExactly("赵丽颖");
    assertThat(Spans.of(person, "आवेदक का नाम: अनीता वर्मा\nपता: लखनऊ"))
        .containsExactly("अनीता वर्मा");
    assertThat(Spans.of(person, "پیام\nنام و نام خانوادگی: نرگس صادقی\nشهر: تبریز"))
        .containsExactly("نرگس صادقی");
    assertThat(Spans.of(person, "আবেদনপত্র\nনাম: সুমন দাস\nঠিকানা: খুলনা"))
        .containsExactly("সুমন দাস");
    assertThat(Spans.of(person, "결제 정보\n소유자: 박지훈\n유효기간: 05/29")).containsExactly("박지훈");
  }

  @Test
  void fieldsInTheMiddleOfALine() {
    assertThat(Spans.of(person, "رقم الطلب: 7730 — الاسم: فاطمة الزهراني — المدينة: جدة"))
        .containsExactly("فاطمة الزهراني");
    assertThat(Spans.of(person, "접수번호 4471 / 성명 한지민 / 연락처 별도")).containsExactly("한지민");
    assertThat(Spans.of(person, "被保険者氏名\u3000渡辺 美咲\u3000性別\u3000女")).containsExactly("渡辺 美咲");
  }

  @Test
  void aNameInLatinCapitalsAfterSuchALabel() {
    assertThat(Spans.of(person, "在留カード\n氏名：TRAN THI MAI\n国籍：ベトナム")).containsExactly("TRAN THI MAI");
  }

  @Test
  void namesAfterATitleOrASalutation() {
    assertThat(Spans.of(person, "عزيزتي ليلى الحربي، تم تأكيد حجزك"))
        .containsExactly("ليلى الحربي");
    assertThat(Spans.of(person, "يرجى التواصل مع السيد ماجد النعيمي على الرقم التالي"))
        .containsExactly("ماجد النعيمي");
    assertThat(Spans.of(person, "प्रिय विकास मेहता, आपका ऑर्डर भेज दिया गया है"))
        .containsExactly("विकास मेहता");
    assertThat(Spans.of(person, "לכבוד רונית שמעוני, הנדון: חידוש מנוי"))
        .containsExactly("רונית שמעוני");
    assertThat(Spans.of(person, "با سلام، آقای کامران نوری درخواست شما ثبت شد"))
        .containsExactly("کامران نوری");
  }

  @Test
  void notOtherFieldsOrProse() {
    // A title before an office or a group is no name.
    assertThat(Spans.of(person, "ألقى السيد الرئيس كلمة في الافتتاح")).isEmpty();
    assertThat(Spans.of(person, "לכבוד עיריית חיפה, אגף הגבייה")).isEmpty();
    assertThat(Spans.of(person, "商品名称：蓝牙耳机\n数量：2")).isEmpty();
    assertThat(Spans.of(person, "会社名：株式会社サンプル\n所在地：東京")).isEmpty();
    assertThat(Spans.of(person, "氏名：ABC-1234 を入力してください")).isEmpty();
    assertThat(Spans.of(person, "お名前 必須\n姓名 电话 地址\n이름 변경 버튼을 누르세요\n担当：営業部")).isEmpty();
    // A name that ends in a hyphen does not break the recognizer.
    assertThat(Spans.of(person, "受取人氏名：山田-")).isNotEmpty();
    // Japanese surnames of two characters may end as field labels do.
    assertThat(Spans.of(person, "椎名: おはようございます\n山田: こんにちは\n椎名: 了解です")).contains("椎名");
    assertThat(Spans.of(person, "填表说明\n1. 姓名：须与护照上的姓名完全一致。")).isEmpty();
    assertThat(Spans.of(person, "1. 姓名：欧阳娜娜\n2. 性别：女")).containsExactly("欧阳娜娜");
  }
}
