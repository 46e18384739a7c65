package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;

/**
 * Lines of an address in Thai, Devanagari, Bengali or Tamil, with or without a label: in a line
 * (each cell of a table's row, the value after a short label's colon), from the first word of an
 * address's parts (`หมู่`, `ซอย`, `ตำบล`, `อำเภอ`, `จังหวัด`; `मकान नं.`, `गली नं.`, `सेक्टर`;
 * `বাড়ি নং`, `রোড নং`; `தெரு`, `நகர்`) or the house number before it, to the postcode (five or six
 * digits, four in Bangladesh, in any script's digits) or the line's end; an address when it holds a
 * digit and two such words, or one with a house number ("12/7", "नं. 41") or a postcode. A sentence
 * that names a road once ("ถนนเส้นนี้ปิดซ่อม 3 วัน") and a form's guidance that lists the parts
 * without numbers are none.
 */
final class ThaiAndIndicAddressLines {

  private ThaiAndIndicAddressLines() {}

  /** Words of the parts of an address, as they stand in a line of one. */
  private static final String[] PARTS = {
    // Thai: village number, lane, road, subdistrict, district, province, housing estate
    "หมู่ ",
    "หมู่ที่",
    "ซอย",
    "ถนน",
    "ตำบล",
    "แขวง",
    "อำเภอ",
    "เขต",
    "จังหวัด",
    "หมู่บ้าน",
    "กรุงเทพมหานคร",
    // Hindi and Marathi: house, flat, bungalow, lane and plot numbers, sector, colony, society
    "मकान नं",
    "फ्लैट",
    "फ्लॅट",
    "अपार्टमेंट",
    "बंगला नं",
    "गली नं",
    "प्लॉट नं",
    "सेक्टर",
    "मोहल्ला",
    "कॉलोनी",
    "सोसायटी",
    "मार्ग",
    // Bengali: house and road numbers, block, sector, flat
    "বাড়ি নং",
    "বাসা নং",
    "রোড নং",
    "ব্লক",
    "সেক্টর",
    "ফ্ল্যাট",
    // Tamil: street, town, road, door number
    "தெரு",
    "நகர்",
    "சாலை",
    "கதவு எண்"
  };

  /** The longest line read as an address's. */
  private static final int LONGEST = 160;

  /** Adds the address lines of {@code text}, if it holds Thai or an Indic script. */
  static void find(String text, List<Finding> out) {
    if (!Scan.anyIn(text, '\u0900', '\u0E7F')) {
      return;
    }
    int n = text.length();
    List<int[]> lines = new java.util.ArrayList<>(); // {line, start, end, 1 if it holds a digit}
    int line = 0;
    for (int ls = 0; ls < n; line++) {
      int le = Scan.lineEnd(text, ls);
      // A table's row: each cell (parted by a tab, two spaces or a pipe) is read on its own.
      int cs = ls;
      for (int i = ls; i <= le; i++) {
        if (i == le
            || text.charAt(i) == '\t'
            || text.charAt(i) == '|'
            || text.charAt(i) == ' ' && i + 1 < le && text.charAt(i + 1) == ' ') {
          if (i > cs) {
            cell(text, cs, i, line, lines);
          }
          cs = i + 1;
        }
      }
      ls = le + 1;
    }
    // A line of parts without a house number or a postcode ("ตำบลบางแค อำเภอเมืองนครปฐม") only
    // next to a line of the same address that holds one.
    for (int k = 0; k < lines.size(); k++) {
      int[] c = lines.get(k);
      boolean besideDigit =
          k > 0 && lines.get(k - 1)[0] == c[0] - 1 && lines.get(k - 1)[3] == 1
              || k + 1 < lines.size()
                  && lines.get(k + 1)[0] == c[0] + 1
                  && lines.get(k + 1)[3] == 1;
      if ((c[3] == 1 || besideDigit) && !StreetAddressRecognizer.covered(out, 0, c[1], c[2])) {
        out.add(new Finding(PiiType.STREET_ADDRESS, c[1], c[2], 0.7));
      }
    }
  }

  /**
   * The address in the cell [cs, ce): from its first part's word (or the house number up to 20
   * chars before it) to its postcode, or to the cell's end.
   */
  private static void cell(String text, int cs, int ce, int line, List<int[]> lines) {
    int s = valueStart(text, cs, ce);
    int part = -1;
    for (String p : PARTS) {
      int at = Scan.indexOf(text, p, s, ce);
      while (at >= 0 && !(wordStart(text, at) && wordEnd(text, at + p.length()))) {
        at = Scan.indexOf(text, p, at + 1, ce); // "ब्लकचेइन" holds no "ব্লক" of its own
      }
      if (at >= 0 && (part < 0 || at < part)) {
        part = at;
      }
    }
    if (part < 0) {
      return;
    }
    int start = numberBefore(text, s, part);
    int end = postcodeEnd(text, start, ce);
    if (end < 0) {
      end = ce;
      while (end > start
          && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
        end--;
      }
    }
    if (end - start >= 8 && end - start <= LONGEST && addressLine(text, start, end)) {
      String value = text.substring(start, end);
      boolean anchored =
          start < part || houseNumber(value) || postcodeEnd(value, 0, value.length()) > 0;
      lines.add(new int[] {line, start, end, anchored ? 1 : 0});
    }
  }

  /** Where [s, e) says a line is no field's value: after a short label's colon. */
  private static int valueStart(String text, int ls, int le) {
    for (int i = ls; i < Math.min(le, ls + 30); i++) {
      if (text.charAt(i) == ':' || text.charAt(i) == '：') {
        return i + 1;
      }
    }
    return ls;
  }

  /**
   * The end of the first postcode in [s, e): five or six digits of any script after a space, or
   * four Bengali ones; -1 if none.
   */
  private static int postcodeEnd(String text, int s, int e) {
    for (int i = s; i < e; ) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < e && Character.isDigit(text.charAt(j))) {
        j++;
      }
      boolean bengali = text.charAt(i) >= 0x09E6 && text.charAt(i) <= 0x09EF;
      if (i > s
          && text.charAt(i - 1) == ' '
          && (j - i == 5 || j - i == 6 || bengali && j - i == 4)
          && (j == e || !Character.isLetterOrDigit(text.charAt(j)))) {
        return j; // the first: a phone's group or another address may follow
      }
      i = j;
    }
    return -1;
  }

  private static boolean addressLine(String text, int s, int e) {
    String line = text.substring(s, e);
    int parts = 0;
    for (String p : PARTS) {
      if (line.contains(p)) {
        parts++;
      }
    }
    return parts >= 2 && parts <= 5 // more: a form's guidance that lists them
        || parts == 1 && (houseNumber(line) || postcodeEnd(line, 0, line.length()) > 0);
  }

  private static final java.util.regex.Pattern NUMBER_AFTER_NO =
      java.util.regex.Pattern.compile("(?:नं\\.?|নং) ?\\p{Nd}");

  /**
   * Whether a part's word starts at {@code i}: anywhere in Thai, which writes no spaces between
   * words; in the Indic scripts after no letter or vowel sign ("ব্লক", not inside "ব্লকচেইন").
   */
  private static boolean wordStart(String text, int i) {
    char c = text.charAt(i);
    if (i == 0 || c >= 0x0E00 && c <= 0x0E7F) {
      return true;
    }
    return !letterOrSign(text.charAt(i - 1));
  }

  /** A letter, or a vowel sign of an Indic script (a mark): part of the word it stands in. */
  private static boolean letterOrSign(char c) {
    return Scan.letterOrMark(c);
  }

  /**
   * Where the address starts whose first part is at {@code part}: at the house number right before
   * it ("58/3 หมู่ 4"), or before the one word of a street's name after a number and a comma ("7,
   * காமராஜர் தெரு"); else at the part.
   */
  private static int numberBefore(String text, int s, int part) {
    int i = skipBack(text, s, part, " ");
    if (i == part || !Character.isDigit(text.charAt(i - 1))) {
      int word = i;
      while (word > s
          && !Character.isWhitespace(text.charAt(word - 1))
          && text.charAt(word - 1) != ',') {
        word--;
      }
      i = skipBack(text, s, skipBack(text, s, word, " "), ",");
      i = skipBack(text, s, i, " ");
    }
    if (i == s || !Character.isDigit(text.charAt(i - 1))) {
      return part;
    }
    int k = i;
    while (k > s && (Character.isDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '/')) {
      k--;
    }
    return k;
  }

  /** {@code i} moved back over the characters of {@code chars}, down to {@code s}. */
  private static int skipBack(String text, int s, int i, String chars) {
    while (i > s && chars.indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /** Whether a part's word ends at {@code e}: anywhere in Thai, else before no letter or sign. */
  private static boolean wordEnd(String text, int e) {
    if (e >= text.length() || text.charAt(e - 1) >= 0x0E00 && text.charAt(e - 1) <= 0x0E7F) {
      return true;
    }
    return !letterOrSign(text.charAt(e));
  }

  /** A house number: "12/7" (Thai), or a number right after "नं." or "নং". */
  private static boolean houseNumber(String line) {
    for (int i = 1; i + 1 < line.length(); i++) {
      if (line.charAt(i) == '/'
          && Character.isDigit(line.charAt(i - 1))
          && Character.isDigit(line.charAt(i + 1))) {
        return true;
      }
    }
    return NUMBER_AFTER_NO.matcher(line).find();
  }
}
