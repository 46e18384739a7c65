package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Set;

/**
 * Names in the running text of scripts without capitals, beyond the labelled fields of {@link
 * UncasedNameFields}: the name lists of these scripts (datafaker's Chinese, Japanese, Korean,
 * Hebrew, Arabic, Persian and Thai lists, and {@code pii/names-uncased.txt}) together with what
 * stands around a name in each script.
 *
 * <ul>
 *   <li>Chinese and Japanese: a family name (and a short given name) right before a term of address
 *       ("王秀英阿姨", "陈先生", "佐藤恵子さん", "渡辺様"), after a word of kin or role ("邻居李建国说", "喪主 長男 田中誠"), a
 *       Japanese family name, a space and a given name in a list or form ("斎藤 健一"), and the family
 *       name before "です" or "より" that introduces or signs ("営業部の高橋です").
 *   <li>Korean: three syllables that open with a family name, before an honorific ("박준호 고객님", "이준호
 *       씨").
 *   <li>Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, Telugu and Georgian: a listed given
 *       name followed by a family name or another given name ("خالد العتيبي", "נועה פרידמן", "राहुल
 *       वर्मा", Georgian family names also in their case forms), a listed given name after a word
 *       of kin, role, speech or greeting ("وقال يوسف", "המורה דנה", "প্রিয় ফারহানা") or before an
 *       honorific ("रवि जी"), and the next listed given names of a list ("... और प्रिया").
 *   <li>Thai: the name after a title (นาย, นาง, นางสาว; คุณ, ป้า, ลุง and the like before a listed
 *       name or a short word and a space), with the family name after its space.
 * </ul>
 *
 * A name found once is found again wherever else the text writes it ("佐藤さん ... 佐藤恵子").
 */
final class UncasedNames {

  /** Chinese terms of address and roles written after a name. */
  private static final List<String> TERMS_ZH =
      List.of(
          "先生", "女士", "小姐", "阿姨", "太太", "夫人", "同学", "同學", "师傅", "師傅", "大爷", "大妈", "奶奶", "爷爷", "叔叔",
          "伯伯", "老师", "老師", "医生", "醫生", "律师", "律師", "经理", "經理", "主任", "教授", "警官", "大夫");

  /** Japanese honorifics written after a name. */
  private static final List<String> TERMS_JA =
      List.of("さん", "様", "さま", "氏", "くん", "ちゃん", "先生", "殿", "儀", "社長", "部長", "課長");

  /** Korean honorifics after a name, the longer first ("고객님" before "님"). */
  private static final List<String> TERMS_KO =
      List.of(
          "고객님", "선생님", "교수님", "과장님", "부장님", "대리님", "팀장님", "사장님", "원장님", "회원님", "할머니", "할아버지",
          "어르신", "님", "씨");

  /** Korean job titles written after a name and a space ("윤서아 대리", "오세진 과장"). */
  private static final List<String> TITLES_KO =
      List.of("대리", "차장", "과장", "부장", "팀장", "실장", "주임", "사원", "이사", "상무", "전무", "대표", "기자", "교수");

  /** Korean family names of two syllables. */
  private static final Set<String> KO_DOUBLE = Set.of("남궁", "황보", "제갈", "선우", "독고");

  /** Korean words of three syllables that take an honorific and are no names. */
  private static final Set<String> NOT_KO =
      Set.of(
          "신청자", "사용자", "이용자", "구매자", "보호자", "수신자", "발신자", "주문자", "예약자", "담당자", "관리자", "운영자", "작성자",
          "참가자", "지원자", "유치원", "한겨레", "마케팅", "당첨자", "여러분", "선생님", "기사님");

  /** Chinese words of kin and role that stand right before a name ("邻居李建国说"). */
  private static final List<String> CUES_ZH =
      List.of(
          "邻居", "鄰居", "志愿者", "志願者", "配偶", "子女", "孙子", "孫子", "孙女", "孫女", "儿子", "兒子", "女儿", "女兒",
          "丈夫", "妻子", "新郎", "新娘", "患者", "本人", "同事", "村民", "市民", "居民", "网友", "網友", "老伴", "母亲", "母親",
          "父亲", "父親", "哥哥", "姐姐", "弟弟", "妹妹", "朋友", "店主", "司机", "司機", "联系人", "聯絡人", "申请人", "申請人",
          "持证人", "持證人", "记录人", "記錄人", "报案人", "報案人", "紧急联系人", "緊急聯絡人", "同行人", "陪同人", "监护人", "監護人",
          "证明人", "證明人", "担保人", "擔保人", "受益人", "收款人", "承租人", "出租人", "房东是", "房東是", "当事人", "當事人", "嫌疑人",
          "受害人");

  /** Kin and papers after "的" that make the run before it a person ("张伟的父亲", "何志强的身份证"). */
  private static final List<String> OWNED_ZH =
      List.of(
          "的父亲", "的母亲", "的父親", "的母親", "的儿子", "的兒子", "的女儿", "的女兒", "的妻子", "的丈夫", "的爸爸", "的妈妈", "的媽媽",
          "的身份证", "的身份證", "的护照", "的護照");

  /** Japanese words of kin and role that stand before a name ("喪主 長男 田中誠"). */
  private static final List<String> CUES_JA =
      List.of(
          "喪主", "長男", "長女", "次男", "次女", "担当", "父", "母", "妻", "夫", "応募者", "申請者", "契約者", "依頼者", "代表者",
          "保護者");

  /** Characters that end a word before a Chinese name: particles, prepositions, measure words. */
  private static final String BEFORE_ZH = "的了着給给和与與跟向找叫问問请請由将將在从從为為或之是有把被让讓对對及同";

  /**
   * Words that begin or end with a common family name and are no name: "历史老师", "对方律师", "小于 10",
   * "高中老师".
   */
  private static final Set<String> NOT_NAMES_ZH =
      Set.of(
          "历史", "歷史", "对方", "對方", "双方", "雙方", "校方", "警方", "院方", "女方", "男方", "地方", "明白", "长江", "長江",
          "小白", "老白", "小黄", "小马", "老高", "小于", "老于", "任课", "任职", "高中", "高级", "高三", "高二", "高一", "金牌",
          "黄金", "石油", "万能", "高速");

  /** Verbs of two characters that take a person right after them ("联系刘先生"). */
  private static final Set<String> VERBS_ZH =
      Set.of(
          "联系", "聯繫", "联络", "聯絡", "告诉", "告訴", "通知", "感谢", "感謝", "谢谢", "謝謝", "拜访", "拜訪", "询问", "詢問",
          "邀请", "邀請", "致电", "致電");

  /** Characters that follow a Chinese name of two characters rather than belong to it. */
  private static final String AFTER_ZH =
      "说說告表是的在从從和与與及将將于於已也都就等称稱认認曾今现現把被对對向给給为為让讓请請跟每一还還又才正刚剛先女同则則便所，。、；：！？（）";

  /** Words before a name in Arabic, Persian, Hebrew and Hindi: kin, roles, speech, greetings. */
  private static final Set<String> CUES_WORDS =
      Set.of(
          // Arabic
          "الشاب",
          "الشابة",
          "الطفل",
          "الطفلة",
          "المريض",
          "المريضة",
          "المرحوم",
          "المرحومة",
          "الحاج",
          "الحاجة",
          "المهندس",
          "المهندسة",
          "باسم",
          "ابنها",
          "ابنه",
          "ابنته",
          "جارته",
          "جاره",
          "زوجته",
          "زوجها",
          "شقيق",
          "شقيقة",
          "شقيقه",
          "والد",
          "والدة",
          "قال",
          "وقال",
          "قالت",
          "وقالت",
          "السائق",
          "المواطن",
          "المواطنة",
          "للسيد",
          "للسيدة",
          "أخي",
          "أختي",
          "زوجي",
          "زوجتي",
          "ابني",
          "ابنتي",
          "پیاری",
          "پیارے",
          "بیگم",
          "محترم",
          "محترمہ",
          "প্রিয়",
          "يا",
          // Persian
          "آقای",
          "خانم",
          // Hebrew
          "השכן",
          "השכנה",
          "המורה",
          "הנכד",
          "הנכדה",
          "הבן",
          "הבת",
          "שלום",
          "תודה",
          "האח",
          "האחות",
          "הרופא",
          "הרופאה",
          "מר",
          "שמי",
          "בשם",
          "גב'",
          "עו\"ד",
          "ד\"ר",
          // Hindi
          "श्री",
          "श्रीमती",
          "सुश्री",
          "डॉ",
          "पड़ोसी",
          "बेटी",
          "बेटा",
          "पिता",
          "माता",
          "पत्नी",
          "पति",
          "छात्रा",
          "छात्र");

  /** Words before a given name that make it a street, a mosque, a king or a school. */
  private static final Set<String> PLACES_BEFORE =
      Set.of(
          "الملك",
          "الأمير",
          "شارع",
          "مسجد",
          "جامعة",
          "مستشفى",
          "مدرسة",
          "حي",
          "ميدان",
          "مطار",
          "مؤسسة",
          "مركز",
          "قاعة",
          "برج",
          "רחוב",
          "שדרות",
          "כיכר",
          "אוניברסיטת",
          "מרכז",
          "בית",
          "خیابان",
          "میدان",
          "دانشگاه");

  /** Adjectives of the nisba form that follow a word without making it a family name. */
  private static final Set<String> NOT_NISBA =
      Set.of(
          "الثاني",
          "الثالث",
          "العربي",
          "الدولي",
          "الحالي",
          "الماضي",
          "الوطني",
          "الرسمي",
          "الأساسي",
          "الجامعي",
          "الصحي",
          "الطبي",
          "الشخصي",
          "العالمي",
          "المحلي",
          "الإسلامي",
          "الشرقي",
          "الغربي",
          "الشمالي",
          "الجنوبي",
          "التالي",
          "الفعلي",
          "النهائي",
          "الذهبي",
          "الكهربائي",
          "الذي",
          "التي",
          "الحقيقي",
          "الأصلي",
          "الإضافي",
          "اليومي",
          "الشهري",
          "السنوي");

  /** Thai titles before a name: formal ones may stand before any name, the others a listed one. */
  private static final List<String> THAI_FORMAL =
      List.of("นางสาว", "นายแพทย์", "แพทย์หญิง", "เด็กชาย", "เด็กหญิง", "นาย", "นาง");

  private static final List<String> THAI_INFORMAL =
      List.of("คุณ", "ป้า", "ลุง", "น้า", "น้อง", "พี่");

  /**
   * What follows a Thai title in common nouns and sentences: prime minister, employer, angel,
   * nurse, model after นาย or นาง; quality, mother, "you can" after คุณ; a sign (ป้าย) after ป้า.
   */
  private static final List<String> THAI_NOT_NAMES =
      List.of(
          "ก",
          "จ้าง",
          "หน้า",
          "ทุน",
          "อำเภอ",
          "ร้อย",
          "พล",
          "สิบ",
          "ท่าน",
          "ประกัน",
          "ตรวจ",
          "ช่าง",
          "ทหาร",
          "ตำรวจ",
          "ฟ้า",
          "แบบ",
          "พยาบาล",
          "งาม",
          "เอก",
          "รำ",
          "ภาพ",
          "สมบัติ",
          "ค่า",
          "ธรรม",
          "ลักษณะ",
          "วุฒิ",
          "ประโยชน์",
          "ความ",
          "ได้",
          "จะ",
          "เป็น",
          "มี",
          "ก็",
          "ไม่",
          "ยัง",
          "ควร",
          "ต้อง",
          "สามารถ",
          "ย",
          "แม่",
          "พ่อ",
          "ครู",
          "หมอ",
          "ลูกค้า",
          "ผู้",
          "ท่าน",
          "ชาย",
          "สาว",
          "น้อง",
          "พี่",
          "ใหม่",
          "เล็ก",
          "ๆ",
          "ทุก",
          "ทั้ง",
          "วัย",
          "อายุ");

  /** Words that follow a Thai name and a space without being its family name: and, with, or. */
  private static final List<String> THAI_NOT_FAMILY =
      List.of(
          "และ", "กับ", "หรือ", "ได้", "ที่", "ซึ่ง", "เป็น", "จะ", "ก็", "ไม่", "อายุ", "เล่า",
          "บอก", "กล่าว");

  /** Words the given-name lists hold that are mostly something else: peace, Israel, Iran, hello. */
  private static final Set<String> NOT_GIVEN =
      Set.of("שלום", "ישראל", "ایران", "سلام", "امید", "پیام");

  private final NameLists names;

  UncasedNames(NameLists names) {
    this.names = names;
  }

  void find(String text, List<Finding> out) {
    if (!UncasedNameFields.uncasedScript(text)) {
      return;
    }
    int first = out.size();
    boolean kana = kana(text);
    Marks marks = new Marks(text);
    hanBeforeTerms(text, kana, marks, out);
    hanAfterCues(text, kana, marks, out);
    if (!kana) {
      familiar(text, out);
      owned(text, marks, out);
      hanLists(text, out);
    }
    japaneseSpacedAndSigned(text, kana, out);
    korean(text, marks, out);
    words(text, out);
    thai(text, out);
    again(text, first, names.scriptLast, out);
    PassportOrIdRecognizer.dropRepeats(out, first);
    dropKnown(first, out);
  }

  /**
   * Drops what an earlier rule found already (a labelled field, a title's name): the earlier names
   * sorted by start, each new one looked up by binary search.
   */
  private static void dropKnown(int first, List<Finding> out) {
    if (out.size() == first) {
      return;
    }
    List<Finding> earlier = new java.util.ArrayList<>();
    for (int j = 0; j < first; j++) {
      if (out.get(j).type() == PiiType.PERSON) {
        earlier.add(out.get(j));
      }
    }
    if (earlier.isEmpty()) {
      return;
    }
    earlier.sort(java.util.Comparator.comparingInt(Finding::start));
    int[] starts = new int[earlier.size()];
    int[] reach = new int[earlier.size()]; // the farthest end among the names up to this one
    for (int j = 0; j < starts.length; j++) {
      starts[j] = earlier.get(j).start();
      reach[j] = Math.max(j > 0 ? reach[j - 1] : 0, earlier.get(j).end());
    }
    for (int k = out.size() - 1; k >= first; k--) {
      Finding f = out.get(k);
      int j = java.util.Arrays.binarySearch(starts, f.start());
      int last = j >= 0 ? lastAt(starts, j) : -j - 2;
      if (last >= 0 && reach[last] >= f.end()) {
        out.remove(k);
      }
    }
  }

  private static int lastAt(int[] starts, int j) {
    while (j + 1 < starts.length && starts[j + 1] == starts[j]) {
      j++;
    }
    return j;
  }

  /** The words of the lists above keyed by their first character. */
  private static final java.util.Map<Character, List<String>> BY_FIRST = new java.util.HashMap<>();

  static {
    for (List<String> list :
        List.of(TERMS_ZH, TERMS_JA, TERMS_KO, TITLES_KO, CUES_ZH, CUES_JA, OWNED_ZH)) {
      for (String w : list) {
        List<String> same = BY_FIRST.computeIfAbsent(w.charAt(0), k -> new java.util.ArrayList<>());
        if (!same.contains(w)) {
          same.add(w); // "先生" is a term of both Chinese and Japanese
        }
      }
    }
  }

  /** Where each word of the lists occurs in a text, all found in one pass. */
  private static final class Marks {
    private final java.util.Map<String, List<Integer>> at = new java.util.HashMap<>();

    Marks(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x3000) {
          continue; // all the lists' words start with kana, Han or Hangul
        }
        List<String> words = BY_FIRST.get(c);
        if (words != null) {
          for (String w : words) {
            if (text.startsWith(w, i)) {
              at.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(i);
            }
          }
        }
      }
    }

    List<Integer> of(String word) {
      return at.getOrDefault(word, List.of());
    }
  }

  // ---------------------------------------------------------------- Chinese and Japanese

  private void hanBeforeTerms(String text, boolean kana, Marks marks, List<Finding> out) {
    for (String term : kana ? TERMS_JA : TERMS_ZH) {
      for (int t : marks.of(term)) {
        if (t <= 0) {
          continue;
        }
        if (!han(text.charAt(t - 1))) {
          continue;
        }
        int s = hanNameStart(text, hanRunStart(text, t), t, kana);
        if (s >= 0) {
          out.add(new Finding(PiiType.PERSON, s, t, 0.7));
        }
      }
    }
  }

  /**
   * The start of the run of Han characters that ends at {@code t}, looking back eight at most: a
   * longer run gives {@code t - 9}, before any name's start.
   */
  private static int hanRunStart(String text, int t) {
    int run = t;
    while (run > 0 && t - run < 8 && han(text.charAt(run - 1))) {
      run--;
    }
    return run > 0 && t - run >= 8 && han(text.charAt(run - 1)) ? t - 9 : run;
  }

  /**
   * Where a name ending at {@code t} starts, in the run of Han characters [run, t): the longest
   * that opens with a listed family name (a common Chinese one when it stands alone) after a word's
   * end; or a listed Japanese given name that is the whole run ("由美さん"); -1 if none.
   */
  private int hanNameStart(String text, int run, int t, boolean kana) {
    for (int s = Math.max(run, t - (kana ? 5 : 4)); s < t; s++) {
      int family = familyAt(text, s, t, kana);
      if (family == 0 || t - s - family > (kana ? 3 : 2)) {
        continue;
      }
      if (!kana && t - s == 1) {
        // A common family name alone before a term of address: "可周先生说", "中介孙经理"; not the end
        // of "历史" or "对方" before "老师" or "律师".
        if (names.zhTop.contains(text.substring(s, t))
            && (s == run || !NOT_NAMES_ZH.contains(text.substring(s - 1, t)))) {
          return s;
        }
        continue;
      }
      if (s == run || wordEndsBefore(text, s, kana)) {
        return s;
      }
    }
    if (kana && t - run >= 2 && t - run <= 3 && names.jaFirst.contains(text.substring(run, t))) {
      return run;
    }
    return -1;
  }

  /** The length of the longest listed family name at {@code s}, ending at or before {@code t}. */
  private int familyAt(String text, int s, int t, boolean kana) {
    Set<String> list = kana ? names.jaLast : names.zhTop;
    for (int len = Math.min(3, t - s); len >= 1; len--) {
      if (list.contains(text.substring(s, s + len))) {
        return len;
      }
    }
    return 0;
  }

  private static boolean wordEndsBefore(String text, int s, boolean kana) {
    if (kana) {
      return false; // Japanese: the run of Han characters starts the name
    }
    if (BEFORE_ZH.indexOf(text.charAt(s - 1)) >= 0) {
      return true;
    }
    return s >= 2 && VERBS_ZH.contains(text.substring(s - 2, s));
  }

  /** "小刘", "老王": a common family name after "little" or "old", as friends call each other. */
  private void familiar(String text, List<Finding> out) {
    int n = text.length();
    for (int i = 0; i + 2 <= n; i++) {
      char c = text.charAt(i);
      if ((c != '小' && c != '老')
          || (i > 0 && han(text.charAt(i - 1)) && BEFORE_ZH.indexOf(text.charAt(i - 1)) < 0)) {
        continue;
      }
      String family = text.substring(i + 1, i + 2);
      if (names.zhTop.contains(family)
          && !NOT_NAMES_ZH.contains(text.substring(i, i + 2))
          && (i + 2 == n
              || !han(text.charAt(i + 2))
              || AFTER_ZH.indexOf(text.charAt(i + 2)) >= 0)) {
        out.add(new Finding(PiiType.PERSON, i, i + 2, 0.6));
      }
    }
  }

  /** The fewest items of a list whose items are all Chinese names. */
  private static final int LIST_ITEMS = 3;

  /**
   * A Chinese list of names parted by "、" after a label or a role: "第3桌：许文杰、江雨桐、罗志明", "市场部 韩雪梅、技术部
   * 董建国、人事部 尹晓红", "新郎 温子轩、新娘 卢思琪、温建平". Each item, after a department's or a role's word and a
   * space, is a family name of the Chinese lists and a given name of one or two characters; three
   * items at least, two of them of three characters, and all of them such: a list of places or
   * things ("张家界、黄山、桂林、九寨沟") has an item that is none.
   */
  private void hanLists(String text, List<Finding> out) {
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = Scan.lineEnd(text, ls);
      int comma = TableColumns.indexIn(text, '、', ls, le);
      // Not the characters of a book a line names in title marks: "《红楼梦》：贾宝玉、林黛玉、薛宝钗".
      if (comma >= 0 && TableColumns.indexIn(text, '《', ls, le) < 0) {
        hanList(text, ls, le, out);
      }
      ls = le + 1;
    }
  }

  private void hanList(String text, int ls, int le, List<Finding> out) {
    int from = ls;
    for (int i = ls; i < le; i++) {
      char c = text.charAt(i);
      if (c == '：' || c == ':') {
        from = i + 1;
      }
    }
    // A list of people after a label that names them (a roster, a table, the winners), or with a
    // department's or a role's word before its items; not "主要城市：唐山、石家庄".
    boolean peopleLabel = from > ls + 1 && PEOPLE_LABEL_ENDS.indexOf(text.charAt(from - 2)) >= 0;
    boolean prefixed = false;
    List<int[]> items = new java.util.ArrayList<>();
    int threes = 0;
    for (int s = from; s <= le; ) {
      int e = s;
      while (e < le && text.charAt(e) != '、') {
        e++;
      }
      // The item after the last space: a department's or a role's word may stand before it.
      int is = e;
      while (is > s && text.charAt(is - 1) != ' ' && text.charAt(is - 1) != '\u3000') {
        is--;
      }
      int ie = e;
      while (ie > is && "，。；）)".indexOf(text.charAt(ie - 1)) >= 0) {
        ie--;
      }
      prefixed |= is > s;
      int len = ie - is;
      int family = len >= 2 && len <= 4 ? listedFamily(text, is, ie) : 0;
      if (family == 0 || len - family < 1 || len - family > 2 || !allHan(text, is, ie)) {
        return;
      }
      items.add(new int[] {is, ie});
      threes += len >= 3 ? 1 : 0;
      s = e + 1;
    }
    // Names of two characters are words too often: a prefixed list wants two names of three.
    if (items.size() < LIST_ITEMS || !(peopleLabel || prefixed && threes >= 2)) {
      return;
    }
    for (int[] item : items) {
      out.add(new Finding(PiiType.PERSON, item[0], item[1], 0.6));
    }
  }

  /**
   * Last characters of a label before a list of people: a list of names (名单), a table at a feast
   * (桌), a person or member (人, 员, 者), a prize (奖), a group (组).
   */
  private static final String PEOPLE_LABEL_ENDS = "单單桌人员員者奖獎组組";

  /**
   * The length of the longest family name of the Chinese lists at {@code s}, ending by {@code t}.
   */
  private int listedFamily(String text, int s, int t) {
    for (int len = Math.min(2, t - s); len >= 1; len--) {
      if (names.zhLast.contains(text.substring(s, s + len))) {
        return len;
      }
    }
    return 0;
  }

  private static boolean allHan(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!han(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void owned(String text, Marks marks, List<Finding> out) {
    for (String kin : OWNED_ZH) {
      for (int t : marks.of(kin)) {
        if (t <= 0) {
          continue;
        }
        int run = hanRunStart(text, t);
        for (int s = Math.max(run, t - 4); s < t - 1; s++) {
          int family = familyAt(text, s, t, false);
          if (family > 0
              && t - s - family >= 1
              && t - s - family <= 2
              && (s == run || wordEndsBefore(text, s, false))) {
            out.add(new Finding(PiiType.PERSON, s, t, 0.6));
            break;
          }
        }
      }
    }
  }

  private void hanAfterCues(String text, boolean kana, Marks marks, List<Finding> out) {
    int n = text.length();
    for (String cue : kana ? CUES_JA : CUES_ZH) {
      for (int c : marks.of(cue)) {
        int s = c + cue.length();
        if (kana) {
          if (c > 0 && han(text.charAt(c - 1))) {
            continue; // "祖父", "叔母": the cue ends a longer word
          }
          while (s < n && (text.charAt(s) == ' ' || text.charAt(s) == '\u3000')) {
            s++;
          }
        }
        if (s >= n || !han(text.charAt(s))) {
          continue;
        }
        int family = familyAt(text, s, Math.min(n, s + 3), kana);
        if (family == 0 || (!kana && family > 1 && c > 0 && han(text.charAt(c - 1)))) {
          continue;
        }
        int e = s + family;
        if (kana) {
          while (e < n
              && e - s - family < 3
              && han(text.charAt(e))
              && text.charAt(e) != '儀'
              && !termAt(text, e, TERMS_JA)) {
            e++;
          }
          if (e == s + family || (e < n && han(text.charAt(e)) && !termAt(text, e, TERMS_JA))) {
            continue; // no given name, or a longer word
          }
        } else {
          // One or two characters of a given name: the second unless a particle or verb follows.
          if (e >= n
              || !han(text.charAt(e))
              || AFTER_ZH.indexOf(text.charAt(e)) >= 0
              || termAt(text, e, TERMS_ZH)) {
            continue;
          }
          e++;
          if (e < n
              && han(text.charAt(e))
              && AFTER_ZH.indexOf(text.charAt(e)) < 0
              && !termAt(text, e, TERMS_ZH)) {
            e++;
          }
        }
        out.add(new Finding(PiiType.PERSON, s, e, 0.65));
      }
    }
  }

  /** Whether a term of address starts at {@code i}: the name before it ends there. */
  private static boolean termAt(String text, int i, List<String> terms) {
    for (String term : terms) {
      if (text.startsWith(term, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "斎藤 健一（38）": a Japanese family name at a word's start, a space and one to three Han characters
   * of a given name; "営業部の高橋です", "鈴木より": a family name that introduces or signs.
   */
  private void japaneseSpacedAndSigned(String text, boolean kana, List<Finding> out) {
    int n = text.length();
    for (int s = 0; s < n; s++) {
      if (!han(text.charAt(s)) || (s > 0 && han(text.charAt(s - 1)))) {
        continue;
      }
      int e = s;
      while (e < n && e - s < 6 && han(text.charAt(e))) {
        e++;
      }
      if (e < n && han(text.charAt(e))) {
        continue;
      }
      String run = text.substring(s, e);
      if (names.jaLast.contains(run) && (kana || run.length() >= 2) && e + 1 < n) {
        char sep = text.charAt(e);
        if (sep == ' ' || sep == '\u3000') {
          int g = e + 1;
          while (g < n && g - e - 1 < 3 && han(text.charAt(g))) {
            g++;
          }
          if (g > e + 1 && (g == n || !han(text.charAt(g))) && !placeWord(text.charAt(g - 1))) {
            out.add(new Finding(PiiType.PERSON, s, g, 0.65));
            continue;
          }
        }
      }
      int family = kana ? familyAt(text, s, e, true) : 0;
      boolean introduced =
          family >= 2
              && e - s - family <= 3
              && (text.startsWith("です", e) || text.startsWith("でございます", e) || signs(text, e))
              && (s == 0 || "の\n、。」\u3000".indexOf(text.charAt(s - 1)) >= 0);
      if (introduced) {
        out.add(new Finding(PiiType.PERSON, s, e, 0.65));
      }
    }
  }

  /** "より" at the end of a line or message: a signature. */
  private static boolean signs(String text, int e) {
    if (!text.startsWith("より", e)) {
      return false;
    }
    int a = e + 2;
    return a >= text.length() || text.charAt(a) == '\n' || text.charAt(a) == '。';
  }

  /** The last character of a station, city, ward, shop or company: no given name. */
  private static boolean placeWord(char c) {
    return "駅市県区町村店社所院校園場館線港".indexOf(c) >= 0;
  }

  // ---------------------------------------------------------------- Korean

  private void korean(String text, Marks marks, List<Finding> out) {
    int n = text.length();
    for (String title : TITLES_KO) {
      for (int at : marks.of(title)) {
        int t = at - 1; // the title's space
        if (t < 3 || text.charAt(t) != ' ') {
          continue;
        }
        int after = at + title.length();
        if (after < n && hangul(text.charAt(after)) && !text.startsWith("님", after)) {
          continue; // "대표이사", "과장님" is a term of its own
        }
        int s = t;
        while (s > 0 && t - s < 6 && hangul(text.charAt(s - 1))) {
          s--;
        }
        String word = text.substring(s, t);
        if (word.length() == 3
            && names.koLast.contains(word.substring(0, 1))
            && !NOT_KO.contains(word)
            && !modifierEnding(word)) {
          out.add(new Finding(PiiType.PERSON, s, t, 0.65));
        }
      }
    }
    for (String term : TERMS_KO) {
      for (int t : marks.of(term)) {
        if (t <= 0) {
          continue;
        }
        int e = text.charAt(t - 1) == ' ' ? t - 1 : t;
        int s = e;
        while (s > 0 && t - s < 6 && hangul(text.charAt(s - 1))) {
          s--;
        }
        int len = e - s;
        String word = text.substring(s, e);
        boolean family =
            len == 3 && names.koLast.contains(word.substring(0, 1))
                || len == 4 && KO_DOUBLE.contains(word.substring(0, 2))
                // "김 할머니", "박 씨": a family name alone before a spaced term ("이" is "this")
                || len == 1 && e < t && names.koLast.contains(word) && !word.equals("이");
        if (family && !NOT_KO.contains(word) && !modifierEnding(word)) {
          out.add(new Finding(PiiType.PERSON, s, e, 0.65));
        } else if (len == 2 && term.equals("님") && e == t && addressedGivenName(text, s, t)) {
          out.add(new Finding(PiiType.PERSON, s, e, 0.6));
        }
      }
    }
  }

  /** Korean words of two syllables that take "님" as a role or kin, not as a given name. */
  private static final Set<String> NOT_KO_GIVEN =
      Set.of(
          "고객", "회원", "선생", "교수", "사장", "부장", "과장", "차장", "팀장", "실장", "원장", "대리", "주임", "이사", "상무",
          "전무", "대표", "기사", "의사", "목사", "신부", "누나", "언니", "오빠", "어머", "아버", "할머", "작가", "감독", "회장",
          "총장", "국장", "담당", "학생", "환자", "위원", "의원", "장관", "선배", "후배", "기자", "직원", "점장", "소장", "반장",
          "수녀", "주인", "여러", "관리", "구매", "판매", "예약", "신청", "방문", "참가", "상담", "매니", "부모", "형님", "따님",
          "아드", "사모", "도련", "아가", "하나", "하느", "이모", "고모", "장모", "교장", "집사", "권사", "장로", "삼촌", "부인");

  /**
   * "민지님 안녕하세요", "수빈님, ...": a given name of two syllables that opens a line and takes "님" as the
   * message addresses its reader, with a space, a comma or "께" after it.
   */
  private static boolean addressedGivenName(String text, int s, int t) {
    String word = text.substring(s, t);
    int after = t + 1;
    return (s == 0 || text.charAt(s - 1) == '\n')
        && after < text.length()
        && (text.charAt(after) == ' ' || text.charAt(after) == ',' || text.charAt(after) == '께')
        && !NOT_KO_GIVEN.contains(word)
        && !NOT_KO.contains(word)
        && !modifierEnding(word);
  }

  /**
   * A Korean word ending like a modifier or a language rather than a given name: "소중한" (valued),
   * "한국어" (Korean), "기획팀" (planning team).
   */
  private static boolean modifierEnding(String word) {
    return "한운는의어팀".indexOf(word.charAt(word.length() - 1)) >= 0;
  }

  /**
   * Last characters of Chinese words of two or three characters that open with a family name and
   * name a place, a grade, a colour, a unit or a time, not a person ("黄色", "高级", "王府井路").
   */
  private static final String NOT_NAME_ENDINGS_ZH =
      "色级級区區市县縣省路街镇鎮村号號楼樓室部组組科处處司局院店厂廠型款类類版期月日年一二三四五六末速上下天";

  /** Last syllables of Korean words that name a thing or a place ("정기권", "김밥집"). */
  private static final String NOT_NAME_ENDINGS_KO = "권집점실관장";

  /**
   * Whether a table's cell is shaped as a full name of a script without capitals: Korean, three
   * syllables after a listed family name (four after one of two syllables); Chinese, two or three
   * characters after a common family name.
   */
  static boolean cellName(NameLists names, String cell) {
    int len = cell.length();
    if (len < 2 || len > 4) {
      return false;
    }
    boolean hangul = true;
    boolean han = true;
    for (int i = 0; i < len; i++) {
      hangul &= hangul(cell.charAt(i));
      han &= han(cell.charAt(i));
    }
    if (hangul) {
      return (len == 3 && names.koLast.contains(cell.substring(0, 1))
              || len == 4 && KO_DOUBLE.contains(cell.substring(0, 2)))
          && !NOT_KO.contains(cell)
          && !modifierEnding(cell)
          && NOT_NAME_ENDINGS_KO.indexOf(cell.charAt(len - 1)) < 0;
    }
    return han
        && len <= 3
        && names.zhTop.contains(cell.substring(0, 1))
        && NOT_NAME_ENDINGS_ZH.indexOf(cell.charAt(len - 1)) < 0;
  }

  // ---------------------------------------------------------------- Arabic, Hebrew, Hindi

  /** Names of words parted by spaces: a listed given name and a family name, or after a cue. */
  private void words(String text, List<Finding> out) {
    int n = text.length();
    int prevStart = -1;
    int prevEnd = -1;
    int nameEnd = -1; // where the last name found here ends, for lists of names
    for (int i = 0; i < n; ) {
      if (!wordLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int e = wordEnd(text, i);
      String w = text.substring(i, e);
      int compound = compoundGiven(text, i, e);
      if (compound > e) {
        e = compound;
        w = text.substring(i, e).replace(" ", "");
      }
      if ((w.equals("أبو") || w.equals("أم")) && e + 1 < n && text.charAt(e) == ' ') {
        int ge = wordEnd(text, e + 1);
        if (ge > e + 1 && names.scriptFirst.contains(text.substring(e + 1, ge))) {
          out.add(new Finding(PiiType.PERSON, i, ge, 0.6)); // "أبو فيصل", "أم خالد"
          i = ge;
          prevStart = -1;
          prevEnd = -1;
          continue;
        }
      }
      if (nameEnd >= 0 && listed(text, nameEnd, i)) {
        // "राहुल वर्मा और प्रिया", "أحمد وسامي وهالة", "שרה, דני ומיכל": the next of a list of
        // names
        int skip =
            (w.startsWith("و") || w.startsWith("ו")) && !names.scriptFirst.contains(w) ? 1 : 0;
        if (names.scriptFirst.contains(w.substring(skip))) {
          e = followers(text, e); // with its family name: "... और दीपक जोशी"
          out.add(new Finding(PiiType.PERSON, i + skip, e, 0.6));
          nameEnd = e;
          prevStart = -1;
          prevEnd = -1;
          i = e;
          continue;
        }
      }
      if (names.scriptFirst.contains(w) && !NOT_GIVEN.contains(w)) {
        String before =
            prevEnd >= 0 && gapIsSpace(text, prevEnd, i) ? text.substring(prevStart, prevEnd) : "";
        boolean cue = cueBefore(text, prevStart, prevEnd, i);
        int end = followers(text, e);
        if (end == e && honorificAfter(text, e)) {
          cue = true; // "रवि जी", "रवि भैया"
        }
        if (!PLACES_BEFORE.contains(before) && (end > e || cue)) {
          out.add(new Finding(PiiType.PERSON, i, end, 0.65));
          nameEnd = end;
          prevStart = -1;
          prevEnd = -1;
          i = end;
          continue;
        }
      }
      prevStart = i;
      prevEnd = e;
      i = e;
    }
  }

  /**
   * Whether [from, to) parts two items of a list: a comma, "and" of Hindi, or a space before
   * "و"/"ו".
   */
  private static boolean listed(String text, int from, int to) {
    if (to - from > 12) {
      return false;
    }
    String gap = text.substring(from, to);
    return gap.equals(", ")
        || gap.equals("، ")
        || gap.equals(" और ")
        || gap.equals(" আর ")
        || gap.equals(" ও ")
        || gap.equals(" மற்றும் ")
        || gap.equals(" اور ")
        || (gap.equals(" ") && (text.charAt(to) == 'و' || text.charAt(to) == 'ו'));
  }

  /** The end of "عبد الرحمن" at {@code i} when the two words make a listed name, else -1. */
  private int compoundGiven(String text, int i, int e) {
    if (e - i != 3
        || !text.startsWith("عبد", i)
        || e + 1 >= text.length()
        || text.charAt(e) != ' ') {
      return -1;
    }
    int we = wordEnd(text, e + 1);
    return we > e + 1 && names.scriptFirst.contains("عبد" + text.substring(e + 1, we)) ? we : -1;
  }

  /** Honorifics after a given name: Hindi ji, brother, sister, sir; Urdu sir, brother; Bengali. */
  private static final List<String> HONORIFICS_AFTER =
      List.of(" जी", " भैया", " दीदी", " साहब", " صاحب", " صاحبہ", " بھائی", " ভাই", " আপা");

  /** Whether an honorific follows a given name ending at {@code e}. */
  private static boolean honorificAfter(String text, int e) {
    for (String h : HONORIFICS_AFTER) {
      if (text.startsWith(h, e)
          && (e + h.length() >= text.length() || !wordLetter(text.charAt(e + h.length())))) {
        return true;
      }
    }
    return false;
  }

  /** A cue word right before: over a space, or a comma, colon or dot ("תודה, ...", "डॉ. ..."). */
  private static boolean cueBefore(String text, int ps, int pe, int s) {
    if (ps < 0) {
      return false;
    }
    String gap = text.substring(pe, s);
    return (gap.equals(" ")
            || gap.equals(", ")
            || gap.equals("، ")
            || gap.equals(": ")
            || gap.equals(". "))
        && CUES_WORDS.contains(text.substring(ps, pe));
  }

  /**
   * The end of the family and further given names after a given name ending at {@code e}, up to
   * three words: listed names, or an Arabic family name of the form "al-...i"; {@code e} if none.
   */
  private int followers(String text, int e) {
    int end = e;
    int n = text.length();
    for (int k = 0; k < 3; k++) {
      if (end + 1 >= n || text.charAt(end) != ' ' || !wordLetter(text.charAt(end + 1))) {
        break;
      }
      int ws = end + 1;
      int we = wordEnd(text, ws);
      String w = text.substring(ws, we);
      int compound = compoundGiven(text, ws, we);
      if (compound > 0) {
        end = compound;
        continue;
      }
      if (we < n && text.charAt(we) == '-') {
        break; // "דוד בן-גוריון": a hyphenated family name is not read in part
      }
      if (names.scriptLast.contains(w)
          || names.scriptFirst.contains(w)
          || nisba(w)
          || hebrewFamily(w)
          || georgianFamily(w)) {
        end = we;
      } else {
        break;
      }
    }
    return end;
  }

  /** A Hebrew family name of a common ending: גולדברג, פרידמן, רובינשטיין, אברמוביץ. */
  private static boolean hebrewFamily(String w) {
    return w.length() >= 5
        && w.charAt(0) >= 0x05D0
        && w.charAt(0) <= 0x05EA
        && (w.endsWith("ברג")
            || w.endsWith("מן")
            || w.endsWith("שטיין")
            || w.endsWith("וביץ")
            || w.endsWith("סקי"));
  }

  private static final List<String> GEORGIAN_ENDINGS =
      List.of("ძე", "ძეს", "ძემ", "შვილი", "შვილს", "შვილმა", "ია", "იას", "ავა", "ური");

  /**
   * A Georgian family name of its common endings, also in the case forms of running text: ბერიძე,
   * კაპანაძეს, გელაშვილი, გელაშვილს.
   */
  private static boolean georgianFamily(String w) {
    if (w.length() < 5 || w.charAt(0) < 0x10D0 || w.charAt(0) > 0x10FF) {
      return false;
    }
    for (String end : GEORGIAN_ENDINGS) {
      if (w.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  /** An Arabic family name of the form "al-...i": القحطاني, الزعبي. */
  private static boolean nisba(String w) {
    return w.length() >= 5 && w.startsWith("ال") && w.endsWith("ي") && !NOT_NISBA.contains(w);
  }

  private static boolean gapIsSpace(String text, int from, int to) {
    return to - from == 1 && text.charAt(from) == ' ';
  }

  private static int wordEnd(String text, int i) {
    int e = i;
    while (e < text.length() && wordLetter(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /** A letter or mark of Hebrew, Arabic, an Indic script or Georgian, or a joiner inside a word. */
  private static boolean wordLetter(char c) {
    if (c == '\u200C') {
      return true; // the zero-width non-joiner inside Persian words: علی‌رضا
    }
    if (c >= 0x10D0 && c <= 0x10FF) {
      return true; // Georgian
    }
    if (!((c >= 0x0590 && c <= 0x06FF) || (c >= 0x0900 && c <= 0x0DFF))) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  // ---------------------------------------------------------------- Thai

  private void thai(String text, List<Finding> out) {
    if (text.indexOf('\u0E19') < 0
        && text.indexOf('\u0E04') < 0
        && text.indexOf('\u0E1B') < 0
        && text.indexOf('\u0E25') < 0
        && text.indexOf('\u0E1E') < 0) {
      return;
    }
    int n = text.length();
    for (int p = 0; p < n; p++) {
      char c = text.charAt(p);
      if (!thaiChar(c) || (p > 0 && thaiChar(text.charAt(p - 1)) && !thaiTitleBoundary(text, p))) {
        continue;
      }
      String title = null;
      boolean formal = false;
      for (String t : THAI_FORMAL) {
        if (text.startsWith(t, p)) {
          title = t;
          formal = true;
          break;
        }
      }
      if (title == null) {
        for (String t : THAI_INFORMAL) {
          if (text.startsWith(t, p)) {
            title = t;
            break;
          }
        }
      }
      if (title == null) {
        continue;
      }
      int s = p + title.length();
      int e = listedThaiName(text, s);
      if (e < 0) {
        // An unlisted name: after a formal title one word of up to 14 letters before the family
        // name; after an informal one a short word and a space ("คุณวิไลวรรณ ย้ายไป", "ป้าสมศรี
        // ผม").
        int r = s;
        while (r < n && r - p < 40 && thaiChar(text.charAt(r))) {
          r++;
        }
        boolean common = false;
        for (String w : THAI_NOT_NAMES) {
          common |= text.startsWith(w, s);
        }
        boolean spaced = r < n && text.charAt(r) == ' ';
        if (!common
            && r - s >= 2
            && spaced
            && formal
            && r - s <= 14
            && r + 1 < n
            && thaiChar(text.charAt(r + 1))) {
          e = r;
        } else if (!common
            && r - s >= 2
            && spaced
            && !formal
            && r - s <= 10
            && !thaiMark(text.charAt(s))) {
          out.add(new Finding(PiiType.PERSON, s, r, 0.6));
          p = r;
          continue;
        }
      }
      if (e < 0) {
        continue;
      }
      if (e + 1 < n && text.charAt(e) == ' ' && thaiChar(text.charAt(e + 1))) {
        int r = e + 1;
        while (r < n && r - e < 23 && thaiChar(text.charAt(r))) {
          r++;
        }
        boolean word = false;
        for (String w : THAI_NOT_FAMILY) {
          word |= text.startsWith(w, e + 1);
        }
        if (!word
            && r - e - 1 >= 2
            && r - e - 1 <= 20
            && (formal || names.scriptLast.contains(text.substring(e + 1, r)))) {
          e = r; // the family name after its space
        }
      }
      out.add(new Finding(PiiType.PERSON, s, e, 0.65));
      p = e;
    }
  }

  /** Words a Thai title may follow without a space. */
  private static final List<String> THAI_BEFORE_TITLE =
      List.of("ของ", "ว่า", "ให้", "กับ", "และ", "โดย", "ถึง", "จาก", "ไม่ใช่", "ติดต่อ");

  /** A title may follow "ของ", "ว่า" and the like without a space: the text before is a word. */
  private static boolean thaiTitleBoundary(String text, int p) {
    for (String w : THAI_BEFORE_TITLE) {
      if (p >= w.length() && text.startsWith(w, p - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** The end of the longest listed Thai given name at {@code s}, not followed by a vowel sign. */
  private int listedThaiName(String text, int s) {
    int n = text.length();
    for (int len = Math.min(20, n - s); len >= 3; len--) {
      if (names.scriptFirst.contains(text.substring(s, s + len))) {
        int e = s + len;
        if (e < n && thaiMark(text.charAt(e))) {
          continue;
        }
        for (String w : THAI_NOT_NAMES) {
          if (text.startsWith(w, s) && w.length() >= len) {
            return -1;
          }
        }
        return e;
      }
    }
    return -1;
  }

  private static boolean thaiChar(char c) {
    return c >= 0x0E01 && c <= 0x0E4E;
  }

  /** A Thai vowel or tone sign that cannot start a word: the name would end inside one. */
  private static boolean thaiMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || "ะาำๅ".indexOf(c) >= 0;
  }

  // ---------------------------------------------------------------- everywhere

  /**
   * Other places the text writes a name found here (two characters or more, four in Thai), and a
   * listed family name of a name of several words on its own.
   */
  private static void again(String text, int first, Set<String> scriptLast, List<Finding> out) {
    int found = out.size();
    Set<String> seen = new java.util.HashSet<>();
    java.util.BitSet covered = new java.util.BitSet(text.length());
    for (int k = first; k < found; k++) {
      covered.set(out.get(k).start(), out.get(k).end());
    }
    for (int k = first; k < found; k++) {
      Finding f = out.get(k);
      if (f.end() - f.start() < 2) {
        continue;
      }
      String name = text.substring(f.start(), f.end());
      if (!seen.add(name)) {
        continue;
      }
      if (seen.size() > MAX_AGAIN) {
        break; // a long list of names: each was found where it stands
      }
      if (thaiChar(name.charAt(0)) && name.length() < 4) {
        continue; // "ฝน" is rain too, and Thai writes no spaces between words
      }
      int sp = name.lastIndexOf(' ');
      if (wordLetter(name.charAt(0)) && sp > 0 && scriptLast.contains(name.substring(sp + 1))) {
        // "अनिल गुप्ता", later "गुप्ता": a listed family name on its own, too
        String family = name.substring(sp + 1);
        if (seen.add(family)) {
          mentions(text, family, covered, out);
        }
      }
      mentions(text, name, covered, out);
    }
  }

  private static void mentions(
      String text, String name, java.util.BitSet covered, List<Finding> out) {
    {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        int e = i + name.length();
        boolean word =
            !wordLetter(name.charAt(0))
                || ((i == 0 || !wordLetter(text.charAt(i - 1)))
                    && (e == text.length() || !wordLetter(text.charAt(e))));
        if (word && covered.nextClearBit(i) < e) {
          out.add(new Finding(PiiType.PERSON, i, e, 0.6));
          covered.set(i, e);
        }
      }
    }
  }

  /** How many names found here are looked for elsewhere in the text, so the cost stays linear. */
  private static final int MAX_AGAIN = 64;

  private static boolean kana(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x3041 && c <= 0x30FA) {
        return true;
      }
    }
    return false;
  }

  private static boolean han(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || c == '々';
  }

  private static boolean hangul(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }
}
