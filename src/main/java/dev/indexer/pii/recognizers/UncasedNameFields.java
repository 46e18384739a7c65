package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Set;

/**
 * Names in scripts without capitals after the label of a name field: Chinese, Japanese, Korean,
 * Arabic, Hebrew, Thai and Hindi forms, tickets and waybills ("收件人：王丽娟", "الاسم: ...", "שם מלא:
 * ...", "ชื่อ-นามสกุล: ..."). The rules that look for capitals cannot see these names; the label
 * says what the value is. The value runs to the end of the line, a bracket, a comma or a digit,
 * four words at most; a title the label's language puts before a name is left out.
 */
final class UncasedNameFields {

  /** Labels of name fields, as written before the colon. */
  private static final Set<String> LABELS =
      Set.of(
          // Chinese
          "姓名",
          "收件人",
          "寄件人",
          "收货人",
          "发件人",
          "联系人",
          "联络人",
          "聯絡人",
          "聯繫人",
          "持证人",
          "持證人",
          "紧急联系人",
          "同行者",
          "보호자",
          "المرافقون",
          "用户",
          "客户",
          "客户姓名",
          "处理人",
          "申请人",
          "负责人",
          "经办人",
          "患者",
          "乘客",
          "持卡人",
          "户名",
          "开户名",
          // Japanese
          "氏名",
          "お名前",
          "名前",
          "フリガナ",
          "ふりがな",
          "担当者",
          "宛名",
          "契約者",
          // Korean
          "이름",
          "성명",
          "담당자",
          "고객명",
          "수신인",
          "받는 분",
          "받는분",
          "보내는 분",
          "예금주",
          // Arabic
          "الاسم",
          "الاسم الكامل",
          "اسم المستفيد",
          "العميل",
          "اسم العميل",
          "المريض",
          "المرسل",
          "المستلم",
          // Hebrew
          "שם",
          "שם מלא",
          "שם הלקוח",
          "שם משפחה",
          "שם פרטי",
          "שם המבוטח",
          "לכבוד",
          // Thai
          "ชื่อ",
          "ชื่อ-นามสกุล",
          "ชื่อ นามสกุล",
          "ผู้เข้าพัก",
          "ผู้ติดต่อ",
          "ผู้รับ",
          "ชื่อลูกค้า",
          // Hindi
          "नाम",
          "पूरा नाम",
          "ग्राहक का नाम",
          // Persian, Urdu, Bengali; Korean and Japanese card holders
          "نام",
          "نام و نام خانوادگی",
          "نام کامل",
          "নাম",
          "பெயர்",
          "పేరు",
          "სახელი",
          "სახელი, გვარი",
          "ሙሉ ስም",
          "ولدیت",
          "入住人",
          "医师",
          "醫師",
          "主治医师",
          "对接人",
          "监护人",
          "家长",
          "担当",
          "対応者",
          "差出人",
          "受取人",
          "届出人",
          "申込者",
          "患者名",
          "환자명",
          "환자",
          "보내는 사람",
          "받는 사람",
          "담당의",
          "의뢰의",
          "수령인",
          "신청인",
          "ผู้ป่วย",
          "แพทย์",
          "ผู้ติดต่อฉุกเฉิน",
          "שם ההורה",
          "שם האב",
          "שם האם",
          "نام پدر",
          "اسم الأب",
          "اسم الأم",
          "الطبيب",
          "الطبيبة",
          "চিকিৎসক",
          "चिकित्सक",
          "শিক্ষার্থীর নাম",
          "صارف کا نام",
          "والد کا نام",
          "درخواست گزار کا نام",
          "مریض کا نام",
          "گاہک کا نام",
          "গ্রাহকের নাম",
          "আবেদনকারীর নাম",
          "পিতার নাম",
          "মাতার নাম",
          "স্বামীর নাম",
          "გვარი",
          "အမည်",
          "ስም",
          "ឈ្មោះ",
          "مدعی",
          "পূর্ণ নাম",
          "소유자",
          "카드 소유자",
          "名義");

  /**
   * Endings that make a longer label a name field: "持卡人姓名" (card holder's name), "被保険者氏名" (insured
   * person's name), "आवेदक का नाम" (applicant's name).
   */
  private static final List<String> NAME_ENDINGS =
      List.of("姓名", "氏名", "名義", "お名前", " का नाम", " की नाम", " এর নাম", "ስም", "성명", " 이름");

  /** Labels that open a field without a colon, an ideographic or plain space after them. */
  private static final Set<String> SPACED_LABELS =
      Set.of("姓名", "氏名", "성명", "이름", "持卡人", "ชื่อ", "フリガナ", "ふりがな");

  /** Titles before a name, left out of it: Thai Mr, Mrs, Miss; Arabic Mr, Ms; Hindi Mr, Mrs. */
  private static final List<String> TITLES =
      List.of(
          "นางสาว",
          "นาย",
          "นาง",
          "السيد ",
          "السيدة ",
          "الأستاذ ",
          "श्री ",
          "श्रीमती ",
          "डॉ. ",
          "พญ.",
          "นพ.",
          "ဒေါ်",
          "ဦး",
          "မောင်");

  private static final int MAX_LABEL = 20;

  /** The last characters of the names of a firm's units: department, section, office, team. */
  private static final String UNITS = "部課科室係組组處处局";

  void find(String text, List<Finding> out) {
    if (!uncasedScript(text)) {
      return;
    }
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = n;
      }
      // Each field of the line: from the line's start or a separator to a colon.
      int fs = ls;
      for (int i = ls; i < le; i++) {
        char c = text.charAt(i);
        if (c == ':' || c == '：') {
          if (i - fs <= MAX_LABEL + 2 && label(text.substring(fs, i).strip())) {
            value(text, i + 1, le, out);
          }
          fs = i + 1;
        } else if (separator(text, i, le)) {
          fs = i + 1;
          spacedLabel(text, fs, le, out);
        }
      }
      spacedLabel(text, ls, le, out);
      ls = le + 1;
    }
    titled(text, out);
  }

  /**
   * Titles and salutations that stand before a name in these scripts: Arabic Mr, Mrs, dear,
   * professor, doctor; Persian Mr, Mrs, Sir; Hindi dear, Mr, Mrs, Ms; Hebrew "to" (of a letter),
   * Mrs.
   */
  private static final List<String> TITLED =
      List.of(
          "السيد",
          "السيدة",
          "عزيزي",
          "عزيزتي",
          "الأستاذ",
          "الأستاذة",
          "الدكتور",
          "الدكتورة",
          "الآنسة",
          "آقای",
          "خانم",
          "جناب",
          "प्रिय",
          "श्री",
          "श्रीमती",
          "सुश्री",
          "לכבוד",
          "גב'",
          "גברת");

  /**
   * Offices, bodies and groups a title may stand before: "السيد الرئيس" (Mr President), "לכבוד
   * מחלקת הארנונה" (to the tax department).
   */
  private static final Set<String> OFFICES =
      Set.of(
          "الرئيس",
          "الرئيسة",
          "الوزير",
          "الوزيرة",
          "المدير",
          "المديرة",
          "رئيس",
          "مدير",
          "وزير",
          "العميل",
          "العملاء",
          "المحترم",
          "الكريم",
          "رئیس",
          "مدیر",
          "وزیر",
          "मंत्री",
          "प्रधानमंत्री",
          "ग्राहक",
          "मित्रों",
          "साथियों",
          "מחלקת",
          "משרד",
          "הנהלת",
          "ועד",
          "חברת",
          "עיריית",
          "לשכת",
          "מנהל",
          "מנהלת");

  /** A letter (or a vowel sign) of a script without capitals: not "،" or "।". */
  private static boolean letter(char c) {
    return uncased(c)
        && (Character.isLetter(c)
            || Character.getType(c) == Character.NON_SPACING_MARK
            || Character.getType(c) == Character.COMBINING_SPACING_MARK);
  }

  /** Two words at most after a title, each of two letters or more, up to a sign or digit. */
  private static void titled(String text, List<Finding> out) {
    int n = text.length();
    for (String title : TITLED) {
      for (int i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + 1)) {
        int s = i + title.length();
        if ((i > 0 && uncased(text.charAt(i - 1)))
            || s + 1 >= n
            || text.charAt(s) != ' '
            || !letter(text.charAt(s + 1))) {
          continue;
        }
        s++;
        int e = s;
        int words = 0;
        while (words < 2) {
          int w = e;
          while (e < n && letter(text.charAt(e))) {
            e++;
          }
          if (e - w < 2 || (words == 0 && OFFICES.contains(text.substring(w, e)))) {
            e = words == 0 ? s : w - 1;
            break;
          }
          words++;
          if (words < 2 && e + 1 < n && text.charAt(e) == ' ' && letter(text.charAt(e + 1))) {
            e++;
          } else {
            break;
          }
        }
        if (e > s) {
          out.add(new Finding(PiiType.PERSON, s, e, 0.6));
        }
      }
    }
  }

  /** Whether the words before a colon are the label of a name field ("姓名", "გვარი"). */
  static boolean label(String label) {
    if (LABELS.contains(label)) {
      return true;
    }
    if (label.startsWith("ชื่อผู้") && label.length() <= 16 && label.indexOf(' ') < 0) {
      return true; // Thai "name of ...": ชื่อผู้รับ (recipient's name), ชื่อผู้ถือบัตร (card
      // holder's)
    }
    for (String ending : NAME_ENDINGS) {
      if (label.endsWith(ending) && label.length() > ending.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A dash, a slash, a bar, an ideographic space or the last of a run of spaces between two fields
   * of a line.
   */
  private static boolean separator(String text, int i, int le) {
    char c = text.charAt(i);
    return c == '—'
        || (c == ' '
            && i > 0
            && text.charAt(i - 1) == ' '
            && i + 1 < le
            && text.charAt(i + 1) != ' ')
        || c == '|'
        || c == '\u3000'
        || c == '\t'
        || (c == '/' && i + 1 < le && text.charAt(i + 1) == ' ');
  }

  /**
   * A label without a colon at {@code fs}, after spaces: "성명 한지민", "被保険者氏名　渡辺 美咲"; the value
   * follows a space.
   */
  private static void spacedLabel(String text, int fs, int le, List<Finding> out) {
    int s = fs;
    while (s < le && text.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < le && uncased(text.charAt(e))) {
      e++;
    }
    if (e == s || e >= le || (text.charAt(e) != ' ' && text.charAt(e) != '\u3000')) {
      return;
    }
    String word = text.substring(s, e);
    boolean spaced = SPACED_LABELS.contains(word);
    for (String ending : NAME_ENDINGS) {
      spaced |= !ending.startsWith(" ") && word.endsWith(ending) && word.length() <= 6;
    }
    spaced |= word.startsWith("ชื่อผู้") && word.length() <= 16;
    if (!spaced) {
      return;
    }
    List<Finding> found = new java.util.ArrayList<>(1);
    value(text, e + 1, le, found);
    if (found.size() != 1) {
      return;
    }
    Finding f = found.get(0);
    // One or two words of a name, up to a word of the form ("生年月日" after "高橋 健太" once the
    // ideographic spaces are plain ones), the line's end or a separator: "성명 한지민 / 연락처", not
    // "氏名 必須", a header row "姓名 电话 地址" or "이름 변경 버튼을 누르세요".
    int ve = f.end();
    int cut = f.start();
    int words = 0;
    boolean field = false;
    for (int i = f.start(); i < ve && words < 3; ) {
      int we = i;
      while (we < ve && text.charAt(we) != ' ' && text.charAt(we) != '\u3000') {
        we++;
      }
      if (formWord(text.substring(i, we))) {
        field = true;
        break;
      }
      words++;
      cut = we;
      i = we + 1;
    }
    int after = cut;
    while (after < le && text.charAt(after) == ' ') {
      after++;
    }
    boolean ends = field || after >= le || "/|—\u3000\t(（,，、".indexOf(text.charAt(after)) >= 0;
    if (words >= 1 && words <= 2 && ends) {
      out.add(new Finding(PiiType.PERSON, f.start(), cut, f.score()));
    }
  }

  /** Words a form puts after a label instead of a name: required, none, unknown, optional. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "必須", "必填", "任意", "未定", "不明", "无", "無し", "なし", "未填写", "없음", "미상", "필수", "선택", "입력", "電話",
          "电话", "地址", "住所", "性别", "性別", "年龄", "年齢", "国籍", "나이", "주소", "전화", "연락처", "성별", "국적");

  private static boolean formWord(String w) {
    return NOT_NAMES.contains(w) || LABELS.contains(w) || ChatTurns.hanField(w);
  }

  private static void value(String text, int from, int le, List<Finding> out) {
    int s = from;
    while (s < le && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
      s++;
    }
    for (String title : TITLES) {
      if (text.startsWith(title, s)) {
        s += title.length();
        break;
      }
    }
    if (s < le && latinCapitals(text, s, le, out)) {
      return;
    }
    if (s >= le || !uncased(text.charAt(s))) {
      return;
    }
    int e = s;
    int words = 1;
    while (e < le) {
      char c = text.charAt(e);
      if (c == ' '
          || (c == '\u3000' && katakana(text, e - 1) && e + 1 < le && katakana(text, e + 1))) {
        // An ideographic space parts the words of a name's reading only: "ヤマモト　ケンジ".
        if (++words > 4 || e + 1 >= le || !uncased(text.charAt(e + 1))) {
          break;
        }
      } else if (!(Character.isLetter(c)
          || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || c == '-'
          || c == '·')) {
        break;
      }
      e++;
    }
    // Not a department's name, of three characters or more ("担当：営業部"); names of two such as "阿部"
    // and "服部" stay, a longer one ending so ("長谷部") is missed. Nor a firm's or an office's.
    String v = text.substring(s, e);
    boolean unit =
        e - s >= 3 && hanOnly(text, s, e) && UNITS.indexOf(text.charAt(e - 1)) >= 0
            || v.contains("株式会社")
            || v.contains("有限会社")
            || v.endsWith("チーム")
            || v.endsWith("庁");
    if (e - s >= 2 && e - s <= 40 && !(e - s > 5 && hanOnly(text, s, e)) && !unit) {
      out.add(new Finding(PiiType.PERSON, s, e, 0.7));
    }
  }

  /**
   * Whether [s, e) is a whole name of a script without capitals: one to four words of its letters
   * (an ideographic space between them too), two to forty chars, Han alone at most five, and no
   * word of a form.
   */
  static boolean nameValue(String text, int s, int e) {
    if (e - s < 2 || e - s > 40 || !uncased(text.charAt(s))) {
      return false;
    }
    int words = 1;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u3000') {
        words++;
      } else if (!(Character.isLetter(c)
          || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || c == '-'
          || c == '·'
          || c == '・')) {
        return false;
      }
    }
    return words <= 4 && !(e - s > 5 && hanOnly(text, s, e)) && !formWord(text.substring(s, e));
  }

  /**
   * Whether [s, e) is Han characters alone: a Chinese name has two to five ("欧阳娜娜"); a longer run
   * is a sentence ("须与居民身份证上的姓名一致", an instruction under the label).
   */
  private static boolean hanOnly(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name in Latin capitals after such a label, as passports and cards print it ("氏名：TRAN THI
   * MAI"): two to four words of capitals, then the end of the field.
   */
  private static boolean latinCapitals(String text, int s, int le, List<Finding> out) {
    int e = s;
    int words = 0;
    while (e < le) {
      int w = e;
      while (e < le
          && (Character.isUpperCase(text.charAt(e))
              || (e > w && (text.charAt(e) == '-' || text.charAt(e) == '\'')))) {
        e++;
      }
      if (e - w < 2 || (e < le && Character.isLetterOrDigit(text.charAt(e)))) {
        return false;
      }
      words++;
      if (e + 1 < le && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
        e++;
      } else {
        break;
      }
    }
    if (words < 2 || words > 4 || (e < le && !fieldEnd(text.charAt(e)))) {
      return false;
    }
    boolean allCommon = true;
    for (String w : text.substring(s, e).split(" ")) {
      allCommon &= CommonWords.contains(w.toLowerCase(java.util.Locale.ROOT));
    }
    if (allCommon) {
      return false; // "用户: ADMIN USER"
    }
    out.add(new Finding(PiiType.PERSON, s, e, 0.7));
    return true;
  }

  private static boolean fieldEnd(char c) {
    return c == '\u3000'
        || c == ' '
        || c == '\t'
        || c == '（'
        || c == '('
        || c == '、'
        || c == '，'
        || c == ','
        || c == '/'
        || c == '|'
        || c == '—'
        || c == '\r';
  }

  private static boolean katakana(String text, int i) {
    char c = text.charAt(i);
    return c >= 0x30A1 && c <= 0x30FA;
  }

  /** Whether the text holds a letter of a script without capitals. */
  static boolean uncasedScript(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x0590 && uncased(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Hebrew, Arabic, Indic, Thai, Lao, Burmese, Georgian, Ethiopic, Khmer, Hangul, kana and Han. */
  static boolean uncased(char c) {
    return (c >= 0x0590 && c <= 0x06FF)
        || (c >= 0x0900 && c <= 0x0DFF) // Devanagari, Bengali and the other Indic scripts
        || (c >= 0x10D0 && c <= 0x10FF) // Georgian
        || (c >= 0x1200 && c <= 0x137F) // Ethiopic
        || (c >= 0x0E00 && c <= 0x0EFF) // Thai and Lao
        || (c >= 0x1000 && c <= 0x109F) // Burmese
        || (c >= 0x1780 && c <= 0x17FF) // Khmer
        || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3040 && c <= 0x30FF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xAC00 && c <= 0xD7AF);
  }
}
