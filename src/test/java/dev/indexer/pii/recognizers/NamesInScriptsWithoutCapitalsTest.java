package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names in the running text of scripts without capitals, where no rule that looks for a capital can
 * see them: Chinese and Japanese names before a term of address or after a word of kin or role,
 * Korean names before an honorific, Arabic, Hebrew and Hindi names of a listed given name and a
 * family name or after a cue, Thai names after their title. The look-alikes stay out: school
 * subjects before "teacher", "customers" and "everyone" with an honorific, quality and prime
 * minister in Thai, streets, kings and mosques named after people, "my father" in Hebrew.
 */
class NamesInScriptsWithoutCapitalsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void chineseNamesBeforeATermOfAddressOrAfterKinAndRoles() {
    assertThat(Spans.of(person, "请联系赵先生，电话见附件。")).containsExactly("赵");
    assertThat(Spans.of(person, "邻居周建华说，那天晚上他听到了敲门声。")).containsExactly("周建华");
    assertThat(Spans.of(person, "本次活动由志愿者郭晓明负责，欢迎报名。")).containsExactly("郭晓明");
    assertThat(Spans.of(person, "家住三楼的孙秀兰阿姨每天早上打太极。")).containsExactly("孙秀兰");
    assertThat(Spans.of(person, "我们的语文老师很严格，历史老师却很随和。")).isEmpty();
    assertThat(Spans.of(person, "他的女儿在北京上学，王国的历史很长。")).isEmpty();
  }

  @Test
  void japaneseNamesBeforeAnHonorificOrWithASpace() {
    assertThat(Spans.of(person, "昨日、中村さんから連絡がありました。")).containsExactly("中村");
    assertThat(Spans.of(person, "担当の渡辺美穂様宛にお送りください。")).containsExactly("渡辺美穂");
    assertThat(Spans.of(person, "経理部の加藤です。よろしくお願いします。")).containsExactly("加藤");
    assertThat(Spans.of(person, "参加者：斎藤 健一（38）、会社員")).contains("斎藤 健一");
    assertThat(Spans.of(person, "お客様各位\n皆さん、こんにちは。お母さんと店員さんに聞きました。")).isEmpty();
  }

  @Test
  void koreanNamesBeforeAnHonorific() {
    assertThat(Spans.of(person, "최유진 님께서 주문하신 상품이 발송되었습니다.")).containsExactly("최유진");
    assertThat(Spans.of(person, "담당 직원 한승우 씨가 내일 연락드릴 예정입니다.")).containsExactly("한승우");
    assertThat(Spans.of(person, "이번 주 정기 점검 안내: 이메일 주소를 확인해 주세요.")).isEmpty();
  }

  @Test
  void arabicNamesOfAGivenAndAFamilyNameOrAfterACue() {
    assertThat(Spans.of(person, "وقالت السيدة ليلى حداد إن المياه انقطعت منذ الصباح."))
        .contains("ليلى حداد");
    assertThat(Spans.of(person, "يرجى التواصل مع خالد العتيبي بعد الظهر."))
        .containsExactly("خالد العتيبي");
    assertThat(Spans.of(person, "افتتحت جامعة الملك سعود مبنى جديدا في شارع الأمير محمد بن سلمان."))
        .isEmpty();
  }

  @Test
  void hebrewNamesOfAGivenAndAFamilyNameOrAfterACue() {
    assertThat(Spans.of(person, "תודה רבה, נועה פרידמן")).containsExactly("נועה פרידמן");
    assertThat(Spans.of(person, "המורה דנה לוי ביקשה מההורים לחתום על הטופס."))
        .containsExactly("דנה לוי");
    assertThat(Spans.of(person, "אבי ואמי נסעו לחיפה ברחוב הרצל.")).isEmpty();
  }

  @Test
  void georgianUrduAndBengaliNames() {
    assertThat(Spans.of(person, "ხვალ გიორგი ბერიძეს შევხვდები თბილისში."))
        .containsExactly("გიორგი ბერიძეს");
    assertThat(Spans.of(person, "کل عمران ملک صاحب دفتر آئے تھے۔")).containsExactly("عمران ملک");
    assertThat(Spans.of(person, "প্রিয় ফারহানা, কেমন আছ?")).containsExactly("ফারহানা");
    assertThat(Spans.of(person, "পদের নাম: মানবসম্পদ ব্যবস্থাপক")).isEmpty();
  }

  @Test
  void thaiNamesAfterTheirTitle() {
    assertThat(Spans.of(person, "นางสาวกัญญา ศรีวงศ์ เป็นผู้ยื่นคำร้องในวันนี้"))
        .containsExactly("กัญญา ศรีวงศ์");
    assertThat(Spans.of(person, "คุณภาพของสินค้าดีมาก นายกรัฐมนตรีกล่าวว่าจะช่วยเหลือ")).isEmpty();
  }

  @Test
  void hindiNamesOfAGivenNameAndAFamilyName() {
    assertThat(Spans.of(person, "मेरा नाम राहुल वर्मा है और मैं लखनऊ में रहता हूँ।"))
        .contains("राहुल वर्मा");
    assertThat(Spans.of(person, "कल शाम कविता जोशी ने बताया कि बैठक टल गई।"))
        .containsExactly("कविता जोशी");
    assertThat(Spans.of(person, "भारत सरकार ने नई योजना की घोषणा की।")).isEmpty();
  }

  /** Given and family names of Hebrew, Hindi and Urdu that the lists gained. */
  @Test
  void moreListedNamesOfHebrewHindiAndUrdu() {
    assertThat(Spans.of(person, "נוכחים: רונית שמעוני (דירה 2), עמית כהן (דירה 5)"))
        .contains("רונית שמעוני", "עמית כהן");
    assertThat(Spans.of(person, "बैठक में प्रियंका अग्रवाल और दीपक जोशी उपस्थित थे।"))
        .contains("प्रियंका अग्रवाल", "दीपक जोशी");
  }
}
