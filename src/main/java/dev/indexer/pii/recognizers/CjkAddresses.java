package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses of China, Japan and Korea by their own shape, with no label before them: the
 * administrative units in their order, from the province or the city down to the street, and the
 * house number ("四川省成都市武侯区人民南路四段27号", "福岡県福岡市中央区天神2丁目8-41", "대구광역시 수성구 동대구로 312"), with the
 * building and the flat after it; and the line right below an address that holds only a building
 * and a flat ("锦绣花园5幢1单元802室", "博多グランハイツ1104号室", "범어 아이파크 103동 1502호"). The units and the number
 * together make the shape; a city or a district named alone is none.
 */
final class CjkAddresses {

  /**
   * Chinese: a province, a city, a district or county, the street and the number with "号", then
   * buildings, units and rooms; the first character after a non-Han one or a word of motion or
   * place ("寄到", "在", "住址：").
   */
  private static final Pattern CHINESE =
      Pattern.compile(
          "(?<![\\p{IsHan}&&[^到在于去往寄至从自的是为址：:]])(?![到在于去往寄至从自的是为])"
              + "(?:(?:\\p{IsHan}{2,3}省|\\p{IsHan}{2,5}自治区)?\\p{IsHan}{2,3}市\\p{IsHan}{1,5}?[区县市]"
              // a city's district alone, as a city's own list writes it: "海淀区中关村南大街48号院"
              + "|(?<![\\p{IsHan}])\\p{IsHan}{2,3}区(?=\\p{IsHan}{2,8}[路街道巷][0-9０-９]))"
              + "(?:[\\p{IsHan}&&[^年月日第]]|[0-9０-９]){1,30}?(?<!第)[0-9０-９]{1,5}[号號]"
              + "(?>\\p{IsHan}{0,10}?[0-9０-９]{1,5}(?:号楼|幢|栋|棟|单元|單元|室|层|樓|楼|号|號)){0,4}"
              + "(?:[0-9０-９]{3,5})?(?![0-9０-９])");

  /**
   * Japanese: a prefecture (or, without it, a city and its ward), a city or ward, the district,
   * then 丁目, 番 and 号, and the building.
   */
  private static final Pattern JAPANESE =
      Pattern.compile(
          "(?:(?:東京都|北海道|京都府|大阪府|\\p{IsHan}{2,3}県)[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ヶケ]{1,8}?[市区町村郡]"
              + "(?:[\\p{IsHan}\\p{IsKatakana}ヶケ]{1,8}?[市区町村])?"
              // without the prefecture, a city and its ward: "横浜市港北区日吉本町2-48-7"
              + "|(?<![\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}])\\p{IsHan}{1,4}市\\p{IsHan}{1,4}区)"
              + "[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ヶケ]{0,10}?"
              // Sapporo's blocks: "南3条西8丁目7-2"
              + "(?:[0-9０-９]{1,2}条[東西南北]?)?"
              + "(?:[0-9０-９]{1,4}丁目[0-9０-９]{1,4}(?:番地?|[-－ー])[0-9０-９]{1,4}号?"
              + "|[0-9０-９]{1,4}[-－ー][0-9０-９]{1,4}[-－ー][0-9０-９]{1,4})"
              + "(?:[ 　][\\p{IsKatakana}\\p{IsHan}ー・]{1,20}[0-9０-９]{2,4}(?:号室)?)?(?![0-9０-９])");

  /**
   * Korean: a province or metropolitan city, a city, county or district, a town or neighbourhood,
   * then a road and its number or a lot number, and the building, block and flat.
   */
  private static final Pattern KOREAN =
      Pattern.compile(
          "(?<![가-힣])(?:서울특별시|[가-힣]{2}광역시|세종특별자치시|제주특별자치도|경기도|강원도|강원특별자치도|충청[남북]도|전라[남북]도|전북특별자치도|경상[남북]도"
              // the short names a form or a list writes: "서울 은평구", "경기 고양시"
              + "|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주) [가-힣]{1,5}[시군구]"
              + "(?: [가-힣]{1,5}구)?(?: [가-힣0-9]{1,10}[읍면동](?= [0-9]))? (?:[가-힣0-9]{1,12}(?:로|길) ?)?"
              + "[0-9]{1,5}(?:-[0-9]{1,4})?(?![0-9])"
              + "(?:,? [가-힣A-Za-z0-9]{1,12}(?: [가-힣A-Za-z0-9]{1,12})? [0-9]{1,4}동 [0-9]{1,4}호)?");

  /**
   * A line of a building and a flat only, below an address. Every repeated part of these patterns
   * is bounded and atomic: a long run of units cannot make them try each way to split it.
   */
  private static final Pattern UNIT_LINE =
      Pattern.compile(
          "\\p{IsHan}{1,12}(?>[0-9０-９]{1,5}(?:号楼|幢|栋|棟|单元|單元|室|层|樓|楼|号|號)){1,4}"
              + "|[\\p{IsKatakana}\\p{IsHan}ー・]{2,20}[0-9０-９]{2,4}(?:号室)?"
              + "|[가-힣A-Za-z][가-힣A-Za-z0-9 ]{0,19} ?[0-9]{1,4}동 ?[0-9]{1,4}호");

  private CjkAddresses() {}

  static void find(String text, List<Finding> out) {
    boolean han = false;
    boolean hangul = false;
    for (int i = 0; i < text.length() && !(han && hangul); i++) {
      char c = text.charAt(i);
      han |= c >= 0x4E00 && c <= 0x9FFF;
      hangul |= c >= 0xAC00 && c <= 0xD7A3;
    }
    // Each shape is looked for only where the text holds its unit words.
    if (han
        && (text.indexOf('市') >= 0 || text.indexOf('区') >= 0)
        && (text.indexOf('号') >= 0 || text.indexOf('號') >= 0)) {
      all(CHINESE, text, out);
    }
    if (han && (text.indexOf("丁目") >= 0 || text.indexOf('-') >= 0 || text.indexOf('－') >= 0)) {
      all(JAPANESE, text, out);
    }
    if (hangul && (text.indexOf("시 ") >= 0 || text.indexOf("도 ") >= 0 || text.indexOf("구 ") >= 0)) {
      all(KOREAN, text, out);
    }
  }

  private static void all(Pattern p, String text, List<Finding> out) {
    int first = out.size();
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (!ofAnInstitution(text, m.start())
          && !within(out, first, m.start(), m.end())
          && !(p == KOREAN && shortWithoutRoad(m.group()))) {
        out.add(new Finding(PiiType.STREET_ADDRESS, m.start(), m.end(), 0.75));
      }
    }
  }

  /**
   * Whether a Korean match opens with a province's short name ("서울 강남구") and names no road: a
   * figure of a statistics' list ("서울 강남구 3.2%"), not an address.
   */
  private static boolean shortWithoutRoad(String match) {
    int sp = match.indexOf(' ');
    boolean full = sp > 0 && (match.charAt(sp - 1) == '시' || match.charAt(sp - 1) == '도');
    return !full && match.indexOf('로') < 0 && match.indexOf('길') < 0;
  }

  /**
   * Whether an address found already holds [s, e): one found before this shape's (those are few,
   * found after a label or a postcode's mark), or the last of this shape's, as they come in order.
   */
  private static boolean within(List<Finding> out, int first, int s, int e) {
    int n = out.size();
    if (n > first && holds(out.get(n - 1), s, e)) {
      return true;
    }
    for (int k = 0; k < first && k < MAX_EARLIER; k++) {
      if (holds(out.get(k), s, e)) {
        return true;
      }
    }
    return false;
  }

  /** How many findings before this shape's are compared with each of its matches. */
  private static final int MAX_EARLIER = 256;

  private static boolean holds(Finding f, int s, int e) {
    return f.type() == PiiType.STREET_ADDRESS && f.start() <= s && f.end() >= e;
  }

  /**
   * Last characters of the names of institutions and landmarks: a museum, an office, a residence, a
   * palace, a ministry, a temple, a hall ("故宫博物院", "首相官邸", "정부서울청사").
   */
  private static final String INSTITUTIONS = "院馆館邸厅廳庁宫宮局部署寺社堂殿省会會청사관원부소궁";

  /**
   * Whether the address follows the name of an institution or landmark, in brackets or after a
   * comma ("故宫博物院（北京市...）", "정부서울청사, 서울특별시 ..."): its address, not a person's.
   */
  private static boolean ofAnInstitution(String text, int start) {
    int i = start;
    while (i > 0 && start - i < 3 && "（(,，、 ".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    if (i == start || i == 0) {
      return false;
    }
    return INSTITUTIONS.indexOf(text.charAt(i - 1)) >= 0;
  }

  /**
   * The line below each address from {@code first} on that ends its line, when that line holds a
   * building and a flat only.
   */
  static void unitLines(String text, int first, List<Finding> out) {
    int n = text.length();
    int found = out.size();
    for (int k = first; k < found; k++) {
      Finding f = out.get(k);
      int end = f.end();
      if (end < n && text.charAt(end) == '\r') {
        end++;
      }
      if (f.type() != PiiType.STREET_ADDRESS || end >= n || text.charAt(end) != '\n') {
        continue;
      }
      int ls = end + 1;
      if (ls >= n) {
        continue;
      }
      int le = Scan.lineEnd(text, ls);
      int s = ls;
      int e = le;
      while (s < e && (text.charAt(s) == ' ' || text.charAt(s) == '\u3000')) {
        s++;
      }
      while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\r')) {
        e--;
      }
      if (e > s && UNIT_LINE.matcher(text.substring(s, e)).matches()) {
        out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.7));
      }
    }
  }
}
