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
          "担当者",
          "宛名",
          "契約者",
          // Korean
          "이름",
          "성명",
          "담당자",
          "고객명",
          "수신인",
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
          "ग्राहक का नाम");

  /** Titles before a name, left out of it: Thai Mr, Mrs, Miss; Arabic Mr, Ms; Hindi Mr, Mrs. */
  private static final List<String> TITLES =
      List.of("นางสาว", "นาย", "นาง", "السيد ", "السيدة ", "الأستاذ ", "श्री ", "श्रीमती ");

  private static final int MAX_LABEL = 16;

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
      int colon = -1;
      for (int i = ls; i < Math.min(le, ls + MAX_LABEL + 2); i++) {
        char c = text.charAt(i);
        if (c == ':' || c == '：') {
          colon = i;
          break;
        }
      }
      if (colon > ls && LABELS.contains(text.substring(ls, colon).strip())) {
        value(text, colon + 1, le, out);
      }
      ls = le + 1;
    }
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
    if (s >= le || !uncased(text.charAt(s))) {
      return;
    }
    int e = s;
    int words = 1;
    while (e < le) {
      char c = text.charAt(e);
      if (c == ' ') {
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
    if (e - s >= 2 && e - s <= 40) {
      out.add(new Finding(PiiType.PERSON, s, e, 0.7));
    }
  }

  /** Whether the text holds a letter of a script without capitals. */
  private static boolean uncasedScript(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x0590 && uncased(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Hebrew, Arabic, Devanagari, Thai, Hangul, kana and Han. */
  static boolean uncased(char c) {
    return (c >= 0x0590 && c <= 0x06FF)
        || (c >= 0x0900 && c <= 0x097F)
        || (c >= 0x0E00 && c <= 0x0E7F)
        || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3040 && c <= 0x30FF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xAC00 && c <= 0xD7AF);
  }
}
