package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that the context makes a birth date ("DOB: 1985-03-12", "born on 12 March 1985", "geboren
 * am 12.03.1985", "né le 12 mars 1985"). Other dates (timestamps, release dates) are not personal
 * and stay.
 */
public final class DateOfBirthRecognizer implements Recognizer {

  /** Languages whose month names (CLDR's, as the JDK ships them) a written date may use. */
  private static final List<String> LANGUAGES =
      List.of(
          "en", "en-GB", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "nb", "nn", "da", "fi",
          "af", "tr", "ro", "cs", "sk", "hu", "is", "ca", "hr", "sl", "et", "lv", "lt", "ga", "cy",
          "eu", "gl", "sq", "id", "ms", "fil", "sw", "el", "ru", "uk", "bg", "th", "ar", "hi", "sr",
          "ur", "bn", "kk", "ka", "uz", "az", "mk");

  /** Month names as often typed without their accents. */
  private static final List<String> UNACCENTED =
      List.of("marz", "fevrier", "aout", "decembre", "sept", "agustos", "subat", "mayis");

  /** The months of Syria, Lebanon, Jordan and Iraq, which the locales' Arabic names leave out. */
  private static final List<String> LEVANTINE =
      List.of(
          "كانون الثاني",
          "شباط",
          "آذار",
          "نيسان",
          "أيار",
          "حزيران",
          "تموز",
          "آب",
          "أيلول",
          "تشرين الأول",
          "تشرين الثاني",
          "كانون الأول");

  /** Thai months in short, which the month names leave out for their inner dots ("ก.ย"). */
  private static final List<String> THAI_SHORT =
      List.of(
          "ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย", "ต.ค", "พ.ย", "ธ.ค");

  private static final String MONTHS = monthNames();

  /**
   * Full and short month names of every language above, in their format and stand-alone forms
   * ("marca" and "marzec"), longest first so that the alternation prefers "September" to "Sep";
   * abbreviations may end in a dot.
   */
  private static String monthNames() {
    Set<String> all =
        new java.util.TreeSet<>(
            Comparator.comparing(String::length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
    for (String language : LANGUAGES) {
      Locale locale = Locale.forLanguageTag(language);
      for (Month month : Month.values()) {
        for (TextStyle style : TextStyle.values()) {
          if (style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE) {
            continue;
          }
          String name = month.getDisplayName(style, locale).toLowerCase(locale);
          if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
          }
          // Thai writes its vowels as combining marks.
          if (name.length() >= 3
              && name.chars()
                  .allMatch(
                      c ->
                          Character.isLetter(c)
                              || Character.getType(c) == Character.NON_SPACING_MARK
                              || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
            all.add(name);
          }
        }
      }
    }
    all.addAll(UNACCENTED);
    all.addAll(THAI_SHORT);
    all.addAll(LEVANTINE);
    StringBuilder b = new StringBuilder("(?:");
    for (String name : all) {
      if (b.length() > 3) {
        b.append('|');
      }
      b.append(Pattern.quote(name));
    }
    return b.append(")\\.?").toString();
  }

  private static final Pattern DATE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]])(?:"
              + "[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}"
              + "|(?:民國|民国)[0-9]{1,3}年[0-9]{1,2}月[0-9]{1,2}日"
              + "|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|(?:[0-9]{4}|[0-9]{2})년\\s?[0-9]{1,2}월\\s?[0-9]{1,2}일"
              // a Roman month ("4.XI.1984"), a Japanese era in short ("S62.3.3"), a Hebrew month
              // ("12 בינואר 2011"), a passport's month in two languages ("02 AUG /AOÛT 85")
              + "|[0-9]{1,2}\\.\\s?(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.\\s?[0-9]{4}"
              + "|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}　：]\\s{0,2})(?-i:[MTSHR])(?:[1-9]|[1-5][0-9]|6[0-4])\\.(?:[1-9]|1[0-2])\\.(?:[1-9]|[12][0-9]|3[01])"
              + "|[0-9]{1,2}\\sב(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)\\s[0-9]{4}"
              + "|[0-9]{1,2}\\s"
              + MONTHS
              + "\\s?/\\s?"
              + MONTHS
              + "\\s(?:[0-9]{4}|[0-9]{2})"
              + "|(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元)年[0-9]{1,2}月[0-9]{1,2}日"
              + "|(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元)([・.])[0-9]{1,2}\\1[0-9]{1,2}(?![0-9])"
              // in Chinese numerals: "一九七五年十月十二日", "二〇〇五年八月二十日"
              + "|[〇零一二三四五六七八九]{4}年(?:十[一二]?|[一二三四五六七八九])月"
              + "(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日"
              + "|[0-9]{4}\\.\\s[0-9]{1,2}\\.\\s[0-9]{1,2}(?=\\.)"
              + "|[0-9]{4}\\.\\s"
              + MONTHS
              + "\\s[0-9]{1,2}\\.?"
              + "|[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{4}|[0-9]{2})"
              // forms and records: "05 / 30 / 1990", "08 19 2003", "14MAR1982", "19710614"
              + "|[0-9]{1,2}\\s/\\s[0-9]{1,2}\\s/\\s[0-9]{4}|[0-9]{1,2}\\s[0-9]{1,2}\\s(?:19|20)[0-9]{2}"
              + "|[0-9]{2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:19|20)[0-9]{2}"
              + "|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
              // Vietnamese "02 tháng 9 năm 1978", Latvian "1986. gada 4. augusts", Lithuanian
              // "1979 m. sausio 22 d."
              + "|(?:ngày\\s)?[0-9]{1,2}\\stháng\\s[0-9]{1,2},?\\s(?:năm\\s)?[0-9]{4}"
              + "|[0-9]{4}\\.\\sgada\\s[0-9]{1,2}\\.\\s"
              + MONTHS
              + "|[0-9]{4}\\sm\\.\\s"
              + MONTHS
              + "\\s[0-9]{1,2}\\sd\\."
              // Kazakh "1988 жылғы 3 наурыз", Georgian "1985 წლის 7 მაისი": the year first
              + "|[0-9]{4}\\s(?:жылғы|წლის)\\s[0-9]{1,2}\\s"
              + MONTHS
              + "|[0-9]{1,2}\\.\\s[0-9]{1,2}\\.\\s?[0-9]{4}"
              + "|[0-9]{1,2}(?:st|nd|rd|th|er|\\.)?\\s(?:de\\s|of\\s)?"
              + MONTHS
              + ",?\\s(?:de\\s)?[0-9]{4}"
              + "|[0-9]{1,2}[-/ ]"
              + MONTHS
              + "[-/ ](?:[0-9]{4}|[0-9]{2})"
              + "|"
              + MONTHS
              + "\\s[0-9]{1,2}(?:st|nd|rd|th)?,?\\s[0-9]{4}"
              + ")(?:(?<=[日일])|(?![\\p{L}\\p{N}]))");
  static final String[] CUES = {
    "born",
    "dob",
    "d.o.b",
    "date of birth",
    "birth date",
    "birthdate",
    "birthday",
    "b.",
    "f.",
    "n.",
    "geboren",
    "geburtsdatum",
    "geb.",
    "geburtstag",
    "né le",
    "née le",
    "né(e) le",
    "date de naissance",
    "naissance",
    "fecha de nacimiento",
    "nacido",
    "nacida",
    "f. nac",
    "fecha de nac",
    "fecha nac",
    "date of b",
    "geb.-datum",
    "data di nascita",
    "nato il",
    "nata il",
    "nato a",
    "nata a",
    "geboortedatum",
    "geboren op",
    "urodzony",
    "urodzona",
    "data urodzenia",
    "data de nascimento",
    "data de nasc",
    "nacimiento",
    "nilizaliwa",
    "data nasc",
    "dt. nasc",
    "nascido",
    "nascida",
    "födelsedatum",
    "født",
    "syntymäaika",
    "birth:",
    "fødselsdato",
    "dateofbirth",
    "date_of_birth",
    "date-of-birth",
    "birth_date",
    "doğum tarihi",
    "dogum tarihi",
    "doğum tarihi",
    "data nașterii",
    "data nasterii",
    "născut",
    "născută",
    "nascut",
    "ur.",
    "fæðingardagur",
    "fæddur",
    "fædd",
    "född",
    "fødd",
    "születési",
    "született",
    "γέννησης",
    "γεννήθηκε",
    "生年月日",
    "出生日期",
    "出生",
    "생년월일",
    "تاریخ تولد",
    "дата рождения",
    "дата на раждане",
    "родился",
    "родилась",
    "sünniaeg",
    "gimimo data",
    "dzimšanas datums",
    "nascimento",
    "datum narození",
    "narozen",
    "narozena",
    "dátum narodenia",
    "narodený",
    "narodená",
    "narodil sa",
    "narodila sa",
    "تاريخ الميلاد",
    "تاريخ الولادة",
    "תאריך לידה",
    "נולד ב",
    "נולדה ב",
    "שנולד ב",
    "שנולדה ב",
    "petsa ng kapanganakan",
    "dáta breithe",
    "ngày sinh",
    "tarehe ya kuzaliwa",
    "tanggal lahir",
    "tgl lahir",
    "जन्म तिथि",
    "जन्मतिथि",
    "जन्म मिति",
    "जन्ममिति",
    "วันเกิด",
    "дата народження",
    "nar.",
    "szül.",
    "sinh ngày",
    "γεννηθείσα",
    "γεννηθείς",
    "γεννημένη",
    "γεννημένος",
    "مواليد",
    "ipinanganak",
    "nato/a",
    "nata/o",
    "doğum yeri/tarihi",
    "syntynyt",
    "datum rođenja",
    "datum rodjenja",
    "datum rojstva",
    "роден на",
    "родена на",
    "дата рођења",
    "tarikh lahir",
    "bday",
    "เกิดวันที่",
    "เกิดเมื่อ",
    // verbs of birth in running text: "nació en Elche el ...", "alizaliwa tarehe ..."
    "nació",
    "nacio",
    "nasceu",
    "alizaliwa",
    "aliyezaliwa",
    "народився",
    "народилася",
    "rođen",
    "rođena",
    "syntyi",
    "lahir",
    "المولود في",
    "المولودة في",
    "rugadh",
    "urodził się",
    "urodziła się",
    // more languages: Catalan, Afrikaans, Polish in the first person, Arabic with its vowel mark,
    // Japanese "birthday", Hindi "birth of", Malay
    "data de naixement",
    "nascut el",
    "nascuda el",
    "gebore",
    "urodziłam się",
    "urodziłem się",
    "وُلد",
    "وُلدت",
    "誕生日",
    "का जन्म",
    "dilahirkan",
    // forms of more languages and scripts: Welsh, Basque, Georgian, Armenian, Amharic, Urdu and
    // Persian, Bengali, Tamil, Telugu, Khmer, Filipino, Yoruba, Hausa, Igbo, Zulu, Serbian
    "dyddiad geni",
    "jaiotze-data",
    "jaiotza-data",
    "jaiotze data",
    "დაბადების თარიღი",
    "ծննդյան ամսաթիվ",
    "ծննդյան օր",
    "የትውልድ ቀን",
    "تاریخ پیدائش",
    "تاریخ تولد",
    "জন্ম তারিখ",
    "பிறந்த தேதி",
    "పుట్టిన తేదీ",
    "ថ្ងៃខែឆ្នាំកំណើត",
    "kapanganakan",
    "ọjọ́ ìbí",
    "ranar haihuwa",
    "ụbọchị ọmụmụ",
    "usuku lokuzalwa",
    "рођен",
    "рођена",
    "المولودة بتاريخ",
    "المولود بتاريخ",
    "datëlindja",
    "sünnikuupäev",
    "출생연월일",
    "tgl. lahir",
    "ngày, tháng, năm sinh",
    "ngày tháng năm sinh",
    "датум рођења",
    "ת. לידה",
    "doğum:",
    "туған күні",
    "туылған күні"
  };

  /**
   * The cues of a birth that may name a table's column too: four characters or more, no place's.
   */
  private static final Set<String> CUE_COLUMNS =
      java.util.Arrays.stream(CUES)
          .filter(c -> c.length() >= 4 && !c.endsWith(" a") && !c.endsWith(" في"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Words after a date that make it a birth date: "18.06.1961 года рождения", "21.05.1986 г.р.",
   * "02.08.2011 р. н.", "3 Mart 1990 doğumlu", "平成3年5月14日生", "am 17. März 1934 zur Welt".
   */
  static final String[] AFTER_CUES = {
    "года рождения",
    "г. рождения",
    "г.р.",
    "г. р.",
    "р. н.",
    "р.н.",
    "року народження",
    "doğumlu",
    "生",
    "생",
    "出生",
    "geboren",
    "zur welt",
    "auf die welt",
    "született",
    "születtem",
    "doğdu"
  };

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.DATE_OF_BIRTH);
  }

  @Override
  public void find(String text, List<Finding> out) {
    int first = out.size();
    findInDigits(text, out);
    withYearsMark(text, first, out);
    dropBirthsOfHistory(text, first, out);
    if (out.size() > first) {
      boolean correspondence = PublicFigures.correspondence(text);
      out.subList(first, out.size())
          .removeIf(
              f ->
                  f.type() == PiiType.DATE_OF_BIRTH
                      && noPrivateBirth(text, f.start(), correspondence));
    }
  }

  /** Words that give a date as a format's example, in lower case: "e.g.", "например", "bijv.". */
  private static final List<String> EXAMPLE_CUES =
      List.of(
          "e.g.",
          "e.g",
          "for example",
          "for instance",
          "example:",
          "z.b.",
          "z. b.",
          "zum beispiel",
          "bijv.",
          "p.ex.",
          "p. ex.",
          "par exemple",
          "por ejemplo",
          "p.ej.",
          "ad es.",
          "per esempio",
          "por ex.",
          "por exemplo",
          "napr.",
          "esim.",
          "t.ex.",
          "f.eks.",
          "например",
          "напр.",
          "наприклад",
          "例如",
          "例：",
          "例:",
          "예:",
          "예시",
          "örn.",
          "π.χ.");

  /** Words that make a birth date a bound of a range: "born on or after", "nati dopo il". */
  private static final List<String> RANGE_CUES =
      List.of(
          "born on or after",
          "born on or before",
          "born after",
          "born before",
          "born between",
          "born since",
          "geboren nach",
          "geboren vor",
          "geboren ab",
          "nés après",
          "nés avant",
          "nacidos después",
          "nacidos antes",
          "nati dopo",
          "nati prima",
          "urodzeni po",
          "urodzeni przed");

  /** Labels of an animal's record, in lower case, as whole words: its birth date is no person's. */
  private static final List<String> ANIMAL_LABELS =
      List.of(
          "rasse:",
          "breed:",
          "rasa:",
          "raza:",
          "raça:",
          "razza:",
          "name des tieres",
          "imię psa",
          "fohlen",
          "welpen",
          "wurf",
          "puppy",
          "puppies",
          "kitten",
          "foal",
          "litter",
          "chiot",
          "cachorro",
          "cucciolo",
          "szczenię");

  /**
   * Whether the birth date at {@code s} is no private person's: a format's example just before it,
   * the bound of a range of births, an animal's on a line of its breed (or under such a line where
   * its own holds only a label and the date), or a public figure's whom the text names up to 64
   * characters before it on its line ("Angela Merkel (born 17 July 1954)"), in running text that is
   * no record or letter ({@code correspondence}) and without a label before it on its line. Reads
   * at most the 200 characters before the date and its line's next 200.
   */
  private static boolean noPrivateBirth(String text, int s, boolean correspondence) {
    String before = text.substring(Math.max(0, s - 24), s).toLowerCase(Locale.ROOT);
    for (String cue : EXAMPLE_CUES) {
      int at = before.lastIndexOf(cue);
      if (at >= 0
          && before.length() - at - cue.length() <= 4
          && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
        return true; // "e.g. 01/01/1990"; not "Reg. 03.04.1982"
      }
    }
    String wider = text.substring(Math.max(0, s - 40), s).toLowerCase(Locale.ROOT);
    for (String cue : RANGE_CUES) {
      if (wider.contains(cue)) {
        return true;
      }
    }
    int from = Math.max(0, s - 200);
    int nl = text.lastIndexOf('\n', s - 1);
    int ls = nl >= from ? nl + 1 : from;
    int le = text.indexOf('\n', s);
    le = le < 0 || le > s + 200 ? Math.min(text.length(), s + 200) : le;
    String line = text.substring(ls, le).toLowerCase(Locale.ROOT);
    String label = text.substring(ls, s).strip();
    String above = "";
    if (ls == nl + 1 && nl > 0 && label.split("\\s+").length <= 3) {
      // "Geburtsdatum: 05.03.2020" under "Name des Tieres: Bruno   Rasse: Labrador"
      int as = Math.max(Math.max(0, nl - 200), text.lastIndexOf('\n', nl - 1) + 1);
      above = text.substring(as, nl).toLowerCase(Locale.ROOT);
    }
    for (String animal : ANIMAL_LABELS) {
      if (Scan.wholeWordIn(line, animal) || Scan.wholeWordIn(above, animal)) {
        return true;
      }
    }
    // A record or a letter may name a private person who bears a famous name: not there.
    boolean labelled = text.substring(ls, s).indexOf(':') >= 0; // "Geburtsdatum: ...": a field's
    return !correspondence && !labelled && publicFigureBefore(text, Math.max(ls, s - 64), s);
  }

  /** Whether a name of a public figure stands within [from, s): "Mick Jagger was born on". */
  private static boolean publicFigureBefore(String text, int from, int s) {
    for (int i = from; i < s; i++) {
      if (Character.isUpperCase(text.charAt(i))
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        int e = i;
        while (e < s && Character.isLetter(text.charAt(e))) {
          e++;
        }
        if (e - i >= 3 && NamedAfter.famousAt(text, i, e)) {
          return true;
        }
        i = e;
      }
    }
    return false;
  }

  /**
   * The dates of birth of the text. Digits of other scripts ("๑๕ เมษายน ๒๕๕๖", "२०४५/०१/०३",
   * "١٤٣٤/٠٣/١٢") are read as ASCII digits, one char for one, so that the offsets found hold in the
   * text.
   */
  private void findInDigits(String text, List<Finding> out) {
    String folded = OtherDigits.folded(text);
    if (folded == null) {
      findInText(text, out);
      return;
    }
    Object[] kept = Scan.saved();
    try {
      findInText(folded, out);
    } finally {
      Scan.restore(kept);
    }
  }

  /**
   * Whether the text gives a birth, and all its births are of people history knows (see {@link
   * PublicFigures#birthOfHistory}): a biography's, whose people are no private persons either.
   */
  static boolean birthsOfHistoryIn(String text) {
    List<Finding> found = new java.util.ArrayList<>();
    new DateOfBirthRecognizer().findInDigits(text, found);
    return !found.isEmpty()
        && found.stream()
            .allMatch(
                f ->
                    f.type() != PiiType.DATE_OF_BIRTH
                        || PublicFigures.birthOfHistory(text, f.start(), f.end()));
  }

  /**
   * Drops the births found from {@code first} on when all are of people history knows (see {@link
   * PublicFigures#birthOfHistory}) and no earlier recognizer found a contact or a number of anyone:
   * a biography's "nació el 6 de marzo de 1911", not a record's.
   */
  private static void dropBirthsOfHistory(String text, int first, List<Finding> out) {
    if (first > 0 || out.size() == first) {
      return;
    }
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      if (f.type() == PiiType.DATE_OF_BIRTH
          && !PublicFigures.birthOfHistory(text, f.start(), f.end())) {
        return;
      }
    }
    out.subList(first, out.size()).removeIf(f -> f.type() == PiiType.DATE_OF_BIRTH);
  }

  /** Whether [s, e) is a date of digits parted by dots: "03.09.1990", "2014. 6. 9". */
  private static boolean dottedDigits(String text, int s, int e) {
    boolean dot = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dot = true;
      } else if (!Character.isDigit(c) && c != ' ') {
        return false;
      }
    }
    return dot;
  }

  /**
   * Widens a date that ends in its year's digits over the mark a form writes after it: the year's
   * abbreviation ("9 maja 1999 r.", "11 квітня 1979 р.", "21.11.1986 г.") or the ordinal dot of
   * Serbian, Croatian, Hungarian and Korean dates of digits ("03.09.1990.", "1949.07.21.", "2014.
   * 6. 9."), which labels take with the date.
   */
  private static void withYearsMark(String text, int first, List<Finding> out) {
    int n = text.length();
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      int e = f.end();
      if (f.type() != PiiType.DATE_OF_BIRTH || e >= n || !Character.isDigit(text.charAt(e - 1))) {
        continue;
      }
      int to = -1;
      // The ordinal dot at the end of a field's value, not a sentence's full stop ("Born:
      // 03.09.1990. Next appointment ...").
      if (text.charAt(e) == '.'
          && (e + 1 == n || text.charAt(e + 1) == '\n' || text.charAt(e + 1) == '\t')
          && dottedDigits(text, f.start(), e)) {
        to = e + 1;
      } else if (e + 3 <= n
          && text.charAt(e) == ' '
          && "rрг".indexOf(text.charAt(e + 1)) >= 0
          && text.charAt(e + 2) == '.') {
        to = e + 3;
      }
      if (to > 0) {
        out.set(k, new Finding(f.type(), f.start(), to, f.score()));
      }
    }
  }

  private void findInText(String text, List<Finding> out) {
    if (!UsSsnRecognizer.containsDigit(text) && text.indexOf('年') < 0) {
      return;
    }
    // Cues first (found with all the others in one pass), then a date starting within 40 characters
    // after one.
    int first = out.size();
    String lower = Scan.lower(text);
    Matcher m = Scan.matcher(DATE, text);
    for (int k = 0; k < CUES.length; k++) {
      String cue = CUES[k];
      for (int c : CueWords.positions(lower, CueWords.Kind.BIRTH, k)) {
        if (c > 0 && Character.isLetter(text.charAt(c - 1)) && !spaceless(cue.charAt(0))) {
          continue; // "adobe", "reborn", "club.": not the cue word
        }
        if (c + cue.length() < text.length()
            && spaceless(cue.charAt(0))
            && NOT_AFTER_BIRTH.indexOf(text.charAt(c + cue.length())) >= 0) {
          continue; // "人口出生率", "誕生日キャンペーン": a birth rate, a birthday sale
        }
        int from = c + cue.length();
        // "f. 11.06.1993" (Norwegian, Danish), "n. 12.04.1939" (Italian): an initial's cue only
        // right before the date.
        boolean initial = cue.equals("f.") || cue.equals("n.");
        int gap = initial ? 1 : 40;
        if (dateWithin(text, m, from, gap, Math.min(text.length(), from + 80))
            && sameField(text, from, m.start())
            && (!initial || afterANameOrBracket(text, c))) {
          out.add(new Finding(PiiType.DATE_OF_BIRTH, m.start(), m.end(), 0.9));
        } else if (!initial && !dateOnLine(text, m, c)) {
          AnsweredBirthDates.find(text, from, m, out);
        }
      }
    }
    findInTableColumns(text, lower, m, out);
    birthdayLists(text, lower, m, first, out);
    datesUnderHeaders(text, lower, m, out);
    lifeDates(text, m, out);
    lifeSpans(text, m, out);
    datesAfterNames(text, m, out);
    datesBeforeCues(text, lower, m, first, out);
    listedAfter(text, m, first, out);
    if (text.indexOf('\n') >= 0) {
      RecordColumns.find(text, m, out);
    }
    if (Hl7Segments.in(text)) {
      Hl7Segments.births(text, out);
    }
    if (text.contains("SSR DOCS")) {
      TravelDocs.births(text, out);
    }
    out.subList(first, out.size()).removeIf(f -> historical(text, f.start(), f.end()));
    // A date after two cues ("tanggal lahir" and "lahir") is one finding.
    PassportOrIdRecognizer.dropRepeats(out, first);
  }

  /**
   * Whether the date's year is one no living person was born in: before 1900 (Einstein's "born 14
   * March 1879" is an encyclopedia's, not a record's), or a Buddhist year before it (2101 to 2442,
   * no Gregorian year of a birth either). Years of the Hijri calendars in use for living people
   * (1290 to 1460) stay.
   */
  static boolean historical(String text, int start, int end) {
    int year = year(text, start, end);
    return year >= 1000 && year < 1900 && (year < 1290 || year > 1460)
        || year > 2100 && year < 2443;
  }

  /**
   * What makes a Chinese or Japanese birth word part of another: "出生率" (birth rate), "出生地"
   * (birthplace), "出生证" (certificate), "誕生日会" (party), "誕生日キャンペーン" (a campaign).
   */
  private static final String NOT_AFTER_BIRTH = "率地证證会會キプセ";

  /**
   * Whether a cue starting with this char is of a script written without spaces ("患者出生于",
   * "私の誕生日は"): a letter before it begins no other word.
   */
  private static boolean spaceless(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** Whether "生" before {@code i} means born: no letter of a word after it, or "まれ". */
  private static boolean bornAfter(String text, int i) {
    return i >= text.length() || !Character.isLetter(text.charAt(i)) || text.startsWith("まれ", i);
  }

  /**
   * "Bjørnstad, f. 11.06.1993", "(n. 12.04.1939)": the cue after a comma or an opening bracket;
   * "f." and "n." also abbreviate "für" and "numero" before the date of a request or a record
   * ("Urlaub f. 12.08.2010", "Verbale n. 12.04.2011").
   */
  private static boolean afterANameOrBracket(String text, int c) {
    int b = c;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    return b > 0 && (text.charAt(b - 1) == ',' || text.charAt(b - 1) == '(');
  }

  /** A date that ends right before a word of {@link #AFTER_CUES}, a space or comma between. */
  private static void datesBeforeCues(
      String text, String lower, Matcher m, int first, List<Finding> out) {
    // The ends of the birth dates found, so that a date found after two cues is one finding (a
    // set: a scan of all findings per cue would be quadratic on a text dense with them).
    Set<Integer> ends = new java.util.HashSet<>();
    for (Finding f : out.subList(first, out.size())) {
      if (f.type() == PiiType.DATE_OF_BIRTH) {
        ends.add(f.end());
      }
    }
    for (int k = 0; k < AFTER_CUES.length; k++) {
      for (int c : CueWords.positions(lower, CueWords.Kind.BIRTH_AFTER, k)) {
        if ((AFTER_CUES[k].equals("生") || AFTER_CUES[k].equals("생")) && !bornAfter(text, c + 1)) {
          continue; // "生效" (takes effect), "生产", "생산" (produced): not "生", "생", "生まれ" (born)
        }
        int after = c + AFTER_CUES[k].length();
        if (AFTER_CUES[k].indexOf(' ') > 0
            && after < text.length()
            && Character.isLetter(text.charAt(after))) {
          continue; // "zur Weltwirtschaft"; one word takes endings ("doğumluyum")
        }
        int e = c;
        while (e > 0 && c - e < 2 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ',')) {
          e--;
        }
        if (e == 0 || !Character.isLetterOrDigit(text.charAt(e - 1))) {
          continue;
        }
        m.region(Math.max(0, e - 30), e);
        int start = -1;
        while (m.find()) {
          if (m.end() == e) {
            start = m.start();
          }
        }
        if (start >= 0 && ends.add(e)) {
          out.add(new Finding(PiiType.DATE_OF_BIRTH, start, e, 0.85));
        }
      }
    }
  }

  /**
   * Words that join a birth date to the next one its sentence lists for someone else ("geboren op
   * 11 oktober 2012 en mijn dochter op 3 juni 2015", "me 8/22/1985, him 1/4/1983").
   */
  private static final Set<String> JOINING =
      Set.of(
          "and", "or", "&", "en", "und", "et", "y", "e", "i", "och", "og", "ja", "a", "és", "ve",
          "și", "oraz");

  /** Pronouns and kin: whose the next date is ("him", "mijn dochter", "seine Frau"). */
  private static final Set<String> PEOPLE_WORDS =
      Set.of(
          "my",
          "his",
          "her",
          "him",
          "me",
          "mine",
          "our",
          "their",
          "hers",
          "son",
          "daughter",
          "sister",
          "brother",
          "wife",
          "husband",
          "child",
          "partner",
          "spouse",
          "mother",
          "father",
          "mijn",
          "zijn",
          "haar",
          "zoon",
          "dochter",
          "broer",
          "zus",
          "vrouw",
          "man",
          "mein",
          "meine",
          "sein",
          "seine",
          "ihr",
          "ihre",
          "sohn",
          "tochter",
          "bruder",
          "schwester",
          "frau",
          "mann",
          "mon",
          "ma",
          "sa",
          "fils",
          "fille",
          "frère",
          "sœur",
          "femme",
          "mari",
          "mi",
          "su",
          "hijo",
          "hija",
          "hermano",
          "hermana",
          "esposa",
          "esposo");

  /** The prepositions and articles of a date: "op", "am", "le", "the". */
  private static final Set<String> DATE_WORDS =
      Set.of(
          "on", "op", "am", "le", "el", "il", "em", "den", "på", "no", "na", "w", "del", "de", "do",
          "da", "the", "for", "für", "pour", "para", "per", "voor", "för");

  /**
   * The dates a birth date's sentence lists after it, for other people: at most 40 characters on,
   * parted by a comma or a word of {@link #JOINING}, naming whose the date is by a pronoun, a word
   * of kin ({@link #PEOPLE_WORDS}) or a listed given name, with only the prepositions of a date
   * besides ({@link #DATE_WORDS}) and no digit, quote or end of a sentence between. Any other word
   * ("Hired", "joined", "Expiry") names another event; a record's next value is another column's.
   */
  private static void listedAfter(String text, Matcher m, int first, List<Finding> out) {
    int n = text.length();
    Set<Integer> starts = null; // of the birth dates found, read only where a list follows one
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      if (f.type() != PiiType.DATE_OF_BIRTH) {
        continue;
      }
      int e = f.end();
      // The words up to the next digit first, as they are cheaper to read than a date is to seek.
      int d = e;
      while (d < n && d - e <= 40 && !Character.isDigit(text.charAt(d))) {
        d++;
      }
      if (d >= n || d - e > 40 || !listing(text, e, d)) {
        continue;
      }
      m.region(e, Math.min(n, d + 30));
      if (!m.find() || m.start() - e > 40 || m.start() == e || !listing(text, e, m.start())) {
        continue;
      }
      if (starts == null) {
        starts = new java.util.HashSet<>();
        for (Finding g : out.subList(first, out.size())) {
          if (g.type() == PiiType.DATE_OF_BIRTH) {
            starts.add(g.start());
          }
        }
      }
      if (starts.add(m.start())) {
        out.add(new Finding(PiiType.DATE_OF_BIRTH, m.start(), m.end(), 0.8));
      }
    }
  }

  private static boolean listing(String text, int from, int to) {
    int names = 0;
    boolean someone = false;
    boolean parted = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || ".;!?\n()[]'\"|=".indexOf(c) >= 0) {
        return false; // another sentence, or the next value of a record ("'1984-06-09', '2019-")
      }
      if (!Character.isLetter(c) && c != '&') {
        parted |= c == ',';
        i++;
        continue;
      }
      int we = i;
      while (we < to
          && (Character.isLetter(text.charAt(we))
              || text.charAt(we) == '&'
              || text.charAt(we) == '\'')) {
        we++;
      }
      String w = text.substring(i, we);
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (JOINING.contains(lower)) {
        parted = true;
      } else if (PEOPLE_WORDS.contains(lower)) {
        someone = true;
      } else if (!DATE_WORDS.contains(lower)
          && !(names == 0
              && Character.isUpperCase(w.charAt(0))
              && NameLists.get().isFirst(w)
              && !NameLists.get().isStopword(w))) {
        return false;
      } else if (!DATE_WORDS.contains(lower)) {
        names++;
        someone = true;
      }
      i = we;
    }
    return parted && someone;
  }

  /** A death date after a birth date: "† 18. Feb. 2024", "k. 9.3.2024", "d. 3 mai 2024". */
  private static final Pattern DEATH_MARK =
      Pattern.compile("(?:†|(?<!\\p{L})(?:[kKdD]|zm|gest)\\.|zemřel|død)\\s?[0-9]");

  /**
   * A birth marker right before a date: "* 3. Mai 1937" and the abbreviations of obituaries and
   * genealogies, "f. 2. april 1938" (Danish and Norwegian "født"), "s. 2.7.1932" (Finnish
   * "syntynyt"), "(n. 11 ianuarie 1942" (Romanian "născut"). All but "f." also want a death date
   * after it ("† 18. Feb. 2024", "k. 9.3.2024", "– d. 3 mai 2024"): a star is a bullet and "s." a
   * page elsewhere.
   */
  private static void lifeDates(String text, Matcher date, List<Finding> out) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int markStart;
      if (c == '*') {
        markStart = i;
      } else if (c == '.' && i > 0 && "fFsSnN".indexOf(text.charAt(i - 1)) >= 0) {
        markStart = i - 1;
      } else {
        continue;
      }
      // The mark stands alone: "* 3. Mai", "(n. 11", not "**", "vs. 3" or "Nr. 5".
      if (markStart > 0) {
        char p = text.charAt(markStart - 1);
        if (Character.isLetterOrDigit(p) || p == '*' || p == '.') {
          continue;
        }
      }
      int d = i + 1;
      if (d < n && (text.charAt(d) == ' ' || text.charAt(d) == '\u00a0')) {
        d++;
      }
      if (d >= n || !Character.isDigit(text.charAt(d))) {
        continue;
      }
      date.region(d, Math.min(n, d + 30));
      if (!date.lookingAt()) {
        continue;
      }
      int e = date.end();
      // "f." without a death date only where a line or a bracket opens with it: German writes
      // "f." for "für" too ("Urlaub f. 12.08.2024").
      boolean danish =
          Character.toLowerCase(text.charAt(markStart)) == 'f'
              && (markStart == 0 || "\n(".indexOf(text.charAt(markStart - 1)) >= 0);
      if (danish || DEATH_MARK.matcher(text).region(e, Math.min(n, e + 60)).find()) {
        out.add(new Finding(PiiType.DATE_OF_BIRTH, d, e, 0.85));
      }
      i = e - 1;
    }
  }

  /**
   * Two full dates in brackets, ten years apart or more: an obituary's life dates ("(02.03.1937 –
   * 14.01.2024)"), the first a birth date. A shorter period is a contract's or a project's.
   */
  private static void lifeSpans(String text, Matcher date, List<Finding> out) {
    int n = text.length();
    for (int i = text.indexOf('('); i >= 0 && i + 1 < n; i = text.indexOf('(', i + 1)) {
      if (!DigitGroups.isDigit(text.charAt(i + 1))) {
        continue;
      }
      date.region(i + 1, Math.min(n, i + 40));
      if (!date.lookingAt()) {
        continue;
      }
      int s = date.start();
      int e = date.end();
      int d = e;
      while (d < n && d - e < 4 && " –—-".indexOf(text.charAt(d)) >= 0) {
        d++;
      }
      if (d == e || d >= n) {
        continue;
      }
      date.region(d, Math.min(n, d + 30));
      if (!date.lookingAt() || date.end() >= n || text.charAt(date.end()) != ')') {
        continue;
      }
      int born = year(text, s, e);
      int died = year(text, d, date.end());
      if (born > 0 && died - born >= 10) {
        out.add(new Finding(PiiType.DATE_OF_BIRTH, s, e, 0.85));
      }
    }
  }

  /** A time after a date: "(2024-03-12 14:05)". */
  private static final Pattern TIME_AFTER = Pattern.compile("[ T]?[0-9]{1,2}[:.][0-9]{2}");

  /**
   * A full date in brackets right after a listed given name or surname, maybe with a place after a
   * comma: "Szabó Bence (2012. 09. 30.)", "oma Truus (3-1-1938)", "Hasan Çelik'i (12 Nisan 1951,
   * Rize)". Lists of children and family birthdays write birth dates so; a firm's or a thing's name
   * is no listed name, and a date with a time, of this year or later, or before a colon is an
   * event's.
   */
  private static void datesAfterNames(String text, Matcher date, List<Finding> out) {
    int n = text.length();
    NameLists names = null;
    for (int i = text.indexOf(" ("); i >= 0 && i + 2 < n; i = text.indexOf(" (", i + 2)) {
      if (i == 0
          || !DigitGroups.isDigit(text.charAt(i + 2))
          || !Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      date.region(i + 2, Math.min(n, i + 42));
      if (!date.lookingAt()) {
        continue;
      }
      int s = date.start();
      int e = date.end();
      int c = e < n && text.charAt(e) == '.' ? e + 1 : e;
      if (c >= n
          || (text.charAt(c) != ')' && text.charAt(c) != ',')
          || TIME_AFTER.matcher(text).region(e, Math.min(n, e + 7)).lookingAt()
          || c + 1 < n && text.charAt(c) == ')' && text.charAt(c + 1) == ':') {
        continue; // "Call with Anna (12.03.2024): agreed ..." dates a call
      }
      int y = year(text, s, e);
      if (y < 1900 || y >= java.time.Year.now().getValue()) {
        continue; // this year's dates are events' more often than births'
      }
      if (names == null) {
        names = NameLists.get();
      }
      String word = nameBefore(text, i);
      if (word != null && (names.isFirst(word) || names.isListedLast(word))) {
        out.add(new Finding(PiiType.DATE_OF_BIRTH, s, e, 0.85));
      }
    }
  }

  /** The word ending at {@code e}, without a possessive or case suffix after an apostrophe. */
  private static String nameBefore(String text, int e) {
    int b = e;
    while (b > 0
        && e - b < 30
        && (Character.isLetter(text.charAt(b - 1))
            || text.charAt(b - 1) == '\''
            || text.charAt(b - 1) == '’')) {
      b--;
    }
    if (b == e || !Character.isUpperCase(text.charAt(b))) {
      return null;
    }
    String w = text.substring(b, e);
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
    return apostrophe > 0 ? w.substring(0, apostrophe) : w;
  }

  /** The first four-digit run of [s, e) as a year, or -1. */
  static int year(String text, int s, int e) {
    for (int i = s; i + 4 <= e; i++) {
      if (DigitGroups.isDigit(text.charAt(i))
          && (i == s || !DigitGroups.isDigit(text.charAt(i - 1)))
          && DigitGroups.isDigit(text.charAt(i + 1))
          && DigitGroups.isDigit(text.charAt(i + 2))
          && DigitGroups.isDigit(text.charAt(i + 3))
          && (i + 4 == e || !DigitGroups.isDigit(text.charAt(i + 4)))) {
        return Integer.parseInt(text.substring(i, i + 4));
      }
    }
    return chineseYear(text, s, e);
  }

  private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

  /** The year of a date in Chinese numerals ("一八七九年"), or -1. */
  private static int chineseYear(String text, int s, int e) {
    int y = text.indexOf('年', s);
    if (y < s + 4 || y > e) {
      return -1;
    }
    int year = 0;
    for (int i = y - 4; i < y; i++) {
      int d = text.charAt(i) == '零' ? 0 : CHINESE_DIGITS.indexOf(text.charAt(i));
      if (d < 0) {
        return -1;
      }
      year = year * 10 + d;
    }
    return year;
  }

  /**
   * Whether {@link #DATE} may match from {@code s}: each of its forms starts with a digit, a
   * month's or an era's name (letters, Thai vowel marks), never after an ASCII letter or digit.
   */
  private static boolean mayStartDate(String text, int s) {
    if (s >= text.length()) {
      return false;
    }
    char c = text.charAt(s);
    if (s > 0) {
      char b = text.charAt(s - 1);
      if (b < 128 && (Scan.isDigit(b) || (b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
        return false;
      }
    }
    if (c < 128) {
      return Scan.isDigit(c) || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether the line of the cue at {@code c} holds a date within 200 characters of it. */
  private static boolean dateOnLine(String text, Matcher m, int c) {
    int ls = Scan.lineStart(text, c, 200);
    int reach = Math.min(text.length(), c + 200);
    int le = TableColumns.indexIn(text, '\n', c, reach);
    le = le < 0 ? reach : le;
    int from = ls < 0 ? c - 200 : ls;
    return dateWithin(text, m, from, le - from, le);
  }

  /**
   * Whether a date starts within {@code gap} characters of {@code from} and ends by {@code end}:
   * the first match a search from {@code from} would give, without searching past the gap.
   */
  static boolean dateWithin(String text, Matcher m, int from, int gap, int end) {
    for (int s = from; s <= from + gap && s <= end; s++) {
      if (!mayStartDate(text, s)) {
        continue;
      }
      m.region(s, end);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date belongs to the cue: on its line, or on the next one when nothing but punctuation
   * follows the cue ("Geburtsdatum:\n17.08.1993") and the cue is no column of a table's header.
   * Rows further down a table are for the column pass; a date after a semicolon is another
   * clause's.
   */
  private static boolean sameField(String text, int from, int date) {
    boolean newline = false;
    boolean content = false;
    for (int i = from; i < date; i++) {
      char c = text.charAt(i);
      if (c == ';') {
        return false; // "born; 20 July 1969 — Apollo 11 lands": the next clause's date
      }
      if (c == '\n') {
        if (newline || content || columns(text, from)) {
          return false;
        }
        newline = true;
      } else if (!newline && Character.isLetterOrDigit(c)) {
        content = true;
      }
    }
    return true;
  }

  /**
   * Whether the line holding {@code i} is laid out in columns (a tab, or two spaces running): the
   * header of a table, whose dates below are for {@link #datesUnderHeaders}.
   */
  private static boolean columns(String text, int i) {
    int ls = text.lastIndexOf('\n', i - 1) + 1;
    String line = text.substring(ls, i);
    return line.contains("  ") || line.indexOf('\t') >= 0;
  }

  /**
   * Whether a header's word ends ({@code dir} 1) or starts ({@code dir} -1) at a column's edge: the
   * line's end or start, a tab, a pipe or two spaces.
   */
  private static boolean gap(String lower, int i, int dir) {
    int c = dir > 0 ? i : i - 1;
    if (c < 0 || c >= lower.length()) {
      return true;
    }
    char ch = lower.charAt(c);
    if (ch == '\n' || ch == '\t' || ch == '|') {
      return true;
    }
    int c2 = c + dir;
    return ch == ' ' && (c2 < 0 || c2 >= lower.length() || " \t\n|".indexOf(lower.charAt(c2)) >= 0);
  }

  /** Headings of a list of birthdays, in lower case. */
  private static final String[] BIRTHDAY_HEADINGS = {
    "birthdays",
    "birthday list",
    "bdays",
    "geburtstage",
    "geburtstagsliste",
    "anniversaires",
    "cumpleaños",
    "compleanni",
    "verjaardagen",
    "verjaardagskalender",
    "födelsedagar",
    "fødselsdager",
    "fødselsdage",
    "syntymäpäivät",
    "urodziny",
    "aniversários",
    "aniversarios",
    "születésnapok",
    "narozeniny",
    "doğum günleri",
    "дни рождения",
    "誕生日",
    "生日",
    "생일"
  };

  /**
   * A list under a heading of birthdays ("Family birthdays", "Geburtstage:"): on each line below
   * it, up to a blank line (40 lines at most), the dates with a year are birth dates.
   */
  private static void birthdayLists(
      String text, String lower, Matcher m, int first, List<Finding> out) {
    for (String heading : BIRTHDAY_HEADINGS) {
      for (int h = lower.indexOf(heading); h >= 0; h = lower.indexOf(heading, h + 1)) {
        int ls = Scan.lineStart(text, h, 80);
        int le = Scan.lineEnd(text, h);
        if (ls < 0 || le - ls > 80 || (h > ls && Character.isLetter(text.charAt(h - 1)))) {
          continue; // a heading is a short line of its own
        }
        int line = le + 1;
        for (int k = 0; k < 40 && line < text.length(); k++) {
          int end = Scan.lineEnd(text, line);
          if (text.substring(line, end).isBlank()) {
            break;
          }
          m.region(line, end);
          while (m.find()) {
            int year = year(text, m.start(), m.end());
            if (year >= 1900 && !foundAt(out, first, m.start())) {
              out.add(new Finding(PiiType.DATE_OF_BIRTH, m.start(), m.end(), 0.8));
            }
          }
          line = end + 1;
        }
      }
    }
  }

  /** Whether a birth date found since {@code first} starts at {@code start}. */
  private static boolean foundAt(List<Finding> out, int first, int start) {
    for (int k = first; k < out.size(); k++) {
      if (out.get(k).type() == PiiType.DATE_OF_BIRTH && out.get(k).start() == start) {
        return true;
      }
    }
    return false;
  }

  /** Words naming a birth-date column in the header of a table laid out with spaces. */
  private static final String[] HEADER_WORDS = {
    "dob", "d.o.b.", "date of birth", "birth date", "birthdate", "born"
  };

  /**
   * Dates under a birth-date column of a table laid out with spaces or tabs (columns "Claimant
   * SSN", "DOB", "Claim #"): a header line without a colon, with a tab or a run of spaces, names
   * the column; on each line below it, up to a blank one, the date nearest the name's column (by
   * tabs, one off at most, as runs of spaces of unequal length become tabs alike; or within 12
   * chars) is a birth date, and the other dates of the row ("Hired") are not.
   */
  private static void datesUnderHeaders(String text, String lower, Matcher m, List<Finding> out) {
    int n = text.length();
    for (String word : HEADER_WORDS) {
      for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
        int e = i + word.length();
        if ((i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1)))
            || (e < n && Character.isLetterOrDigit(lower.charAt(e)))) {
          continue;
        }
        if (!gap(lower, i, -1) && !gap(lower, e, 1)) {
          continue; // the word is no cell of its own ("first-born child")
        }
        int ls = Scan.lineStart(lower, i, 300);
        int le = TableColumns.indexIn(lower, '\n', i, Math.min(n, i + 300));
        if (ls < 0 || le < 0 || TableColumns.indexIn(lower, ':', ls, le) >= 0) {
          continue; // no header line: too long, or a form's label
        }
        String header = lower.substring(ls, le);
        boolean tabbed = header.indexOf('\t') >= 0;
        if (!tabbed && !header.contains("  ")) {
          continue; // not laid out in columns
        }
        if (m.region(ls, le).find()) {
          continue; // a row with its value ("DOB 07/22/1994     RSTR NONE"), not a header
        }
        // A column is a count of tabs (the service keeps a run of spaces as one) or of chars.
        int column = tabbed ? TableColumns.count(text, '\t', ls, i) : i - ls;
        int row = le + 1;
        for (int k = 0; k < 200 && row < n; k++) {
          int re = text.indexOf('\n', row);
          if (re < 0) {
            re = n;
          }
          if (text.substring(row, re).isBlank()) {
            break;
          }
          m.region(row, re);
          int best = -1;
          int bestEnd = -1;
          int distance = tabbed ? 2 : 13;
          while (m.find()) {
            int at = tabbed ? TableColumns.count(text, '\t', row, m.start()) : m.start() - row;
            int d = Math.abs(at - column);
            if (d < distance) {
              best = m.start();
              bestEnd = m.end();
              distance = d;
            }
          }
          if (best >= 0) {
            out.add(new Finding(PiiType.DATE_OF_BIRTH, best, bestEnd, 0.85));
          }
          row = re + 1;
        }
      }
    }
  }

  /** Column names that make a table column a birth date (compared whole, after normalising). */
  private static final Set<String> COLUMN_NAMES =
      Set.of(
          "dob",
          "d.o.b.",
          "d.o.b",
          "date of birth",
          "birth date",
          "birthdate",
          "birthday",
          "born",
          "geburtsdatum",
          "geb.",
          "geburtstag",
          "date de naissance",
          "naissance",
          "né le",
          "fecha de nacimiento",
          "fecha nacimiento",
          "nacimiento",
          "f. nac.",
          "data di nascita",
          "data nascita",
          "geboortedatum",
          "data urodzenia",
          "data de nascimento",
          "födelsedatum",
          "fødselsdato",
          "date naissance",
          "birth",
          "dateofbirth",
          "doğum tarihi",
          "dogum tarihi",
          "data nașterii",
          "data nasterii",
          "syntymäaika",
          "fæðingardagur",
          "födelsedag",
          "fødselsdag",
          "bdate",
          "birth dt",
          "nascimento",
          "data de nasc.",
          "fecha nac.",
          "geb. datum",
          "geb.datum",
          "生年月日",
          "出生日期",
          "생년월일",
          "дата рождения",
          "дата народження",
          "ημερομηνία γέννησης",
          "ngày sinh",
          "tanggal lahir",
          "tgl lahir",
          "วันเกิด",
          "जन्म तारीख",
          "जन्म तिथि",
          "تاريخ الميلاد",
          "תאריך לידה",
          "születési dátum",
          "születési idő",
          "datum narození",
          "datum rođenja",
          "syntymäpäivä",
          "född",
          "født",
          "fødd",
          "geboren",
          "né(e) le",
          "née le",
          "né(e)",
          "data ur.",
          "data ur",
          "ur.",
          "nar.",
          "datum nar.",
          "narozen",
          "rođen",
          "doğum",
          "生日",
          "出生年月日",
          "誕生日",
          "생일",
          "дата рожд.",
          "д.р.",
          "ημ. γέννησης",
          "szül. dátum",
          "szül.",
          "sünniaeg",
          "gimimo data",
          "dzimšanas datums",
          "datum rojstva",
          "data naixement",
          "f.dato",
          "f. dato",
          "fecha de nac.",
          "data nasc.",
          "nato il",
          "nata il",
          "วัน/เดือน/ปีเกิด",
          "ημ/νία γέννησης",
          "nasc.",
          "nasc");

  /**
   * Column names of one word that name a date of birth whole, and may go on with whose it is
   * ("Geburtsdatum Kind"); a name of several words may too ("Data di nascita del bambino").
   */
  private static final Set<String> WHOLE_DATE_NAMES =
      Set.of(
          "geb.datum",
          "geb. datum",
          "dob",
          "birthdate",
          "geburtsdatum",
          "geboortedatum",
          "födelsedatum",
          "fødselsdato",
          "syntymäaika",
          "生年月日",
          "出生日期",
          "생년월일");

  /** Words that join a birth date's column name to whose it is: "des Kindes", "of child". */
  private static final Set<String> WHOSE =
      Set.of("des", "der", "of", "del", "de", "do", "da", "della", "dell'", "van", "du");

  /**
   * The birth-date columns: {@link #COLUMN_NAMES}, a birth's cue of four characters or more, and a
   * name of {@link #WHOLE_DATE_NAMES} or of several words with whose birth it is after it (one or
   * two words, after a joining word or not) or a bracket.
   */
  private static final Set<String> BIRTH_COLUMNS =
      ColumnNames.of(COLUMN_NAMES, name -> CUE_COLUMNS.contains(name) || qualified(name));

  private static boolean qualified(String name) {
    int open = name.lastIndexOf(" (");
    if (open > 0 && name.endsWith(")")) {
      String head = name.substring(0, open); // "DOB (as per Aadhaar)", "تاريخ الميلاد (هـ)"
      return COLUMN_NAMES.contains(head) || CUE_COLUMNS.contains(head) || qualified(head);
    }
    int space = name.indexOf(' ');
    for (; space > 0; space = name.indexOf(' ', space + 1)) {
      String head = name.substring(0, space);
      if (WHOLE_DATE_NAMES.contains(head) || head.indexOf(' ') > 0 && COLUMN_NAMES.contains(head)) {
        String[] rest = name.substring(space + 1).split(" ");
        int from = WHOSE.contains(rest[0]) ? 1 : 0;
        if (rest.length - from < 1 || rest.length - from > 2) {
          return false;
        }
        for (int k = from; k < rest.length; k++) {
          if (rest[k].isEmpty() || !Character.isLetter(rest[k].charAt(0)) || otherDate(rest[k])) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * A word after a birth date's column name that makes it some other date's or no date's: "de
   * referencia", "verified", "format", "from".
   */
  private static boolean otherDate(String w) {
    return w.startsWith("refer")
        || w.startsWith("registr")
        || w.startsWith("entr")
        || w.startsWith("verif")
        || w.startsWith("format")
        || w.startsWith("check")
        || w.equals("from")
        || w.equals("to")
        || w.equals("range")
        || w.equals("year")
        || w.equals("place");
  }

  /**
   * Short dates read only under a birth-date column: an airline's (day, month's English
   * abbreviation, year of two or four digits: "15APR88"), and a year of two digits, month and day
   * ("880415", "65.12.01", as Korean and Japanese records write them).
   */
  private static final java.util.regex.Pattern AIRLINE_DATE =
      java.util.regex.Pattern.compile(
          "(?:0[1-9]|[12][0-9]|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)?[0-9]{2}"
              + "|[0-9]{2}\\.?(?:0[1-9]|1[0-2])\\.?(?:0[1-9]|[12][0-9]|3[01])");

  /** Whether a short date's month has its day ("990231", "31APR88" have not). */
  private static boolean validDay(String t, int s, int e) {
    String date = t.substring(s, e).replace(".", "");
    int month;
    int day;
    if (Scan.isDigit(date.charAt(2))) {
      month = Integer.parseInt(date.substring(2, 4));
      day = Integer.parseInt(date.substring(4, 6));
    } else {
      month = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC".indexOf(date.substring(2, 5)) / 3 + 1;
      day = Integer.parseInt(date.substring(0, 2));
    }
    return day <= java.time.Month.of(month).maxLength();
  }

  /**
   * Dates under a birth-date column of a CSV, TSV or pipe table, or of a table laid out with spaces
   * ({@code id,name,dob} and the rows below it).
   */
  private static void findInTableColumns(String text, String lower, Matcher m, List<Finding> out) {
    TableColumns.Cell cell =
        (t, s, e, column) -> {
          while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
          }
          m.region(s, e);
          if (m.matches() || AIRLINE_DATE.matcher(t).region(s, e).matches() && validDay(t, s, e)) {
            out.add(new Finding(PiiType.DATE_OF_BIRTH, s, e, 0.85));
          }
        };
    TableColumns.scan(text, lower, BIRTH_COLUMNS, cell);
    if (text.indexOf("  ") >= 0 || text.indexOf('\t') >= 0) {
      AlignedColumns.scan(text, lower, BIRTH_COLUMNS, cell);
    }
  }
}
