package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names known by the shape of the text around them rather than by a cue word: travel documents
 * ({@code OKONKWO/CHIDINMA MRS}), "Surname, Given" as a field's whole value, a first name in lower
 * case after a chat greeting ("hey marek,"), an IRC speaker ({@code <Eamon Doyle>}) and the heading
 * of a contact card.
 */
final class NameShapes {

  private static final String WORD = "\\p{Lu}[\\p{L}'’-]{1,24}";
  private static final String PARTICLE =
      "(?:van|von|de|der|den|da|di|du|la|le|del|della|ter|ten|los|las|dos|das|O'|Mac)\\s";

  /** SURNAME/GIVEN TITLE of tickets and passenger lists; tried where a slash joins capitals. */
  private static final Pattern TRAVEL =
      Pattern.compile(
          "\\p{Lu}[\\p{Lu}'-]{1,24}(?:\\s\\p{Lu}[\\p{Lu}'-]{1,24})?/\\p{Lu}[\\p{Lu}'-]{1,24}"
              + "(?:\\s\\p{Lu}[\\p{Lu}'-]{1,24}){0,3}\\s(?:MR|MRS|MS|MISS|MSTR|DR|PROF|CHD|INF"
              + "|MME|MLLE|M|SRA|SRTA|SR|HERR|FRAU|SIG|SIGRA|DHR|MEVR)(?![\\p{L}])");

  /**
   * Vietnamese names, family name first: a common family name, a middle name such as "Van" or
   * "Thi", then one or two given names ("Nguyen Van An", "Tran Thi Mai", "Pham, Van Duc").
   */
  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "(?:Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang"
              + "|Bùi|Bui|Đỗ|Do|Hồ|Ho|Ngô|Ngo|Dương|Duong|Lý|Ly|Trịnh|Trinh|Đinh|Dinh|Trương|Truong"
              + "|Lâm|Lam|Mai|Cao|Lưu|Luu),?\\s"
              + "(?:Văn|Van|Thị|Thi|Đức|Duc|Minh|Ngọc|Ngoc|Thanh|Quốc|Quoc|Hữu|Huu|Xuân|Xuan|Hồng|Hong"
              + "|Thu|Kim|Quang|Tuấn|Tuan|Hải|Hai|Thế|Bảo|Bao|Gia|Hoài|Hoai|Phương|Phuong)"
              + "\\s\\p{Lu}\\p{Ll}{1,8}(?:\\s\\p{Lu}\\p{Ll}{1,8})?(?![\\p{L}])");

  /** Family names that start a Vietnamese name: where the pattern above is tried. */
  static final Set<String> VIETNAMESE_FAMILIES =
      Set.of(
          "Nguyễn", "Nguyen", "Trần", "Tran", "Lê", "Le", "Phạm", "Pham", "Hoàng", "Hoang", "Huỳnh",
          "Huynh", "Phan", "Vũ", "Vu", "Võ", "Vo", "Đặng", "Dang", "Bùi", "Bui", "Đỗ", "Do", "Hồ",
          "Ho", "Ngô", "Ngo", "Dương", "Duong", "Lý", "Ly", "Trịnh", "Trinh", "Đinh", "Dinh",
          "Trương", "Truong", "Lâm", "Lam", "Mai", "Cao", "Lưu", "Luu");

  /** "Label: van Dijk, Marloes" as the whole value of a field line. */
  private static final Pattern SURNAME_COMMA_GIVEN =
      Pattern.compile(
          "[\\p{L}][\\p{L} ._-]{1,30}:[ \\t]*((?:"
              + PARTICLE
              + ")*"
              + WORD
              + "(?:\\s(?:"
              + PARTICLE
              + ")*"
              + WORD
              + ")?,\\s("
              + WORD
              + "))(?=[ \\t]*(?:\\r?\\n|$))");

  /**
   * Greetings and thanks, each starting with two ASCII letters (see {@link #GREETINGS_BY_START}).
   */
  private static final List<String> GREETING_WORDS =
      List.of(
          "hey",
          "hi",
          "hello",
          "hallo",
          "hola",
          "hoi",
          "salut",
          "cześć",
          "czesc",
          "hej",
          "hei",
          "ciao",
          "olá",
          "oi",
          "merhaba",
          "morning",
          "buenas",
          "moin",
          "servus",
          "thanks",
          "thank you",
          "thx",
          "danke",
          "merci",
          "gracias",
          "grazie",
          "dzięki",
          "takk",
          "tack",
          "obrigado",
          "obrigada",
          "bedankt",
          "dank je");

  /** A greeting or thanks (at the start of a line or sentence), then a word in lower case. */
  private static final Pattern GREETING =
      Pattern.compile(
          "(?i:"
              + String.join("|", GREETING_WORDS)
              + ")[ ,]+(\\p{Ll}[\\p{Ll}'-]{2,15})(?=\\s*[,!?:]|\\s*$|\\s+-)");

  /**
   * The greetings by their first two letters (all ASCII), in lower case, at index {@code a * 26 +
   * b}: most sentences start otherwise, and those that share two letters with one ("The", "He") are
   * told from it without running the pattern.
   */
  @SuppressWarnings("unchecked")
  private static final List<String>[] GREETINGS_BY_START = new List[26 * 26];

  static {
    for (String w : GREETING_WORDS) {
      int k = (w.charAt(0) - 'a') * 26 + (w.charAt(1) - 'a');
      if (GREETINGS_BY_START[k] == null) {
        GREETINGS_BY_START[k] = new ArrayList<>();
      }
      GREETINGS_BY_START[k].add(w);
    }
  }

  /** Words after a greeting that address a group or fill the sentence, never a person. */
  private static final Set<String> ADDRESSEES =
      Set.of(
          "all",
          "team",
          "everyone",
          "everybody",
          "guys",
          "folks",
          "there",
          "again",
          "you",
          "both",
          "people",
          "much",
          "lot",
          "equipo",
          "todos",
          "todas",
          "chicos",
          "alle",
          "zusammen",
          "leute",
          "tout",
          "tous",
          "allemaal",
          "iedereen",
          "wszystkim",
          "wszyscy",
          "tutti",
          "ragazzi",
          "pessoal",
          "gente",
          "everyone's",
          "mate",
          "man",
          "dude",
          "sir");

  /** HTML elements whose tag could be read as a lower-case nickname. */
  private static final Set<String> HTML_TAGS =
      Set.of(
          "li", "ul", "ol", "td", "tr", "th", "div", "span", "em", "br", "hr", "table", "img",
          "code", "pre", "strong", "small", "sub", "sup", "nav", "main", "body", "head", "html",
          "title", "meta", "link", "script", "style", "form", "input", "label", "option", "select",
          "button", "section", "article", "aside", "header", "footer", "figure", "caption", "dd",
          "dl", "dt", "abbr", "cite", "mark", "time", "video", "audio", "source", "summary",
          "details", "tbody", "thead", "tfoot");

  /** An IRC or Matrix speaker at the start of a line, after an optional time. */
  private static final Pattern IRC_SPEAKER =
      Pattern.compile(
          "(?:\\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\\]?\\s{1,3})?<("
              + WORD
              + "(?:\\s"
              + WORD
              + "){0,2}|\\p{Ll}\\p{L}{1,24}(?=>\\s))>");

  /** A heading or bold text that holds nothing but two to four capitalised words. */
  private static final Pattern HEADING =
      Pattern.compile(
          "<(h[1-6]|strong|b|dt)(?:\\s[^>]{0,80})?>\\s*("
              + WORD
              + "(?:\\s(?:"
              + PARTICLE
              + ")*"
              + WORD
              + "){1,3})\\s*</\\1>");

  private final NameLists names;

  NameShapes(NameLists names) {
    this.names = names;
  }

  /** Adds the names found by the shapes above. */
  void find(String text, List<Finding> out) {
    if (text.indexOf('/') >= 0) {
      travelNames(text, out);
    }
    boolean lt = text.indexOf('<') >= 0;
    if (lt) {
      headings(text, out);
    }
    if (lt || text.indexOf(':') >= 0) {
      lines(text, out);
    }
    greetings(text, out);
    lowerCaseSignatures(text, out);
  }

  /**
   * "cheers\npriya", "— deb": a listed given name in lower case alone on the line under a closing,
   * or after a signature's dash at the line's start, as chats and quick mails are signed.
   */
  private void lowerCaseSignatures(String text, List<Finding> out) {
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = Scan.lineEnd(text, ls);
      int s = ls;
      boolean dash = false;
      while (s < le && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++;
      }
      if (s + 1 < le && (text.charAt(s) == '—' || text.startsWith("--", s))) {
        dash = true;
        s += text.charAt(s) == '—' ? 1 : 2;
        while (s < le && text.charAt(s) == ' ') {
          s++;
        }
      }
      int e = s;
      while (e < le && Character.isLowerCase(text.charAt(e))) {
        e++;
      }
      int end = e;
      while (end < le && (text.charAt(end) == ' ' || text.charAt(end) == '\r')) {
        end++;
      }
      if (e - s >= 3 && e - s <= 15 && end == le && (dash || LayoutCues.closingBefore(text, s))) {
        String cap = Character.toUpperCase(text.charAt(s)) + text.substring(s + 1, e);
        if (names.isFirst(cap) && !names.isStopword(cap) && !CommonWords.contains(cap)) {
          out.add(new Finding(PiiType.PERSON, s, e, 0.6));
        }
      }
      ls = le + 1;
    }
  }

  /** End of the Vietnamese name that starts at {@code s} with a family name, or -1. */
  static int vietnameseAt(String text, int s) {
    Matcher m = Scan.matcher(VIETNAMESE, text);
    return Scan.at(m, s, 50, text.length()) ? m.end() : -1;
  }

  /** Per line: a "Surname, Given" field or an IRC speaker at its start. */
  private void lines(String text, List<Finding> out) {
    Matcher field = Scan.matcher(SURNAME_COMMA_GIVEN, text);
    Matcher irc = Scan.matcher(IRC_SPEAKER, text);
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = n;
      }
      int colon = TableColumns.indexIn(text, ':', ls, Math.min(le, ls + 40));
      if (colon > ls
          && TableColumns.indexIn(text, ',', colon, le) > 0
          && Scan.at(field, ls, le - ls, n)) {
        surnameCommaGiven(field, out);
      }
      int lt = TableColumns.indexIn(text, '<', ls, Math.min(le, ls + 14));
      if (lt >= 0 && Scan.at(irc, ls, Math.min(le - ls, 100), n)) {
        speaker(irc, out);
      }
      ls = le + 1;
    }
  }

  /**
   * A travel document's name without a title after it, as in a manifest's rows ("HALVORSEN/LIV"):
   * the given name must be a listed one, the surname no common word ("TCP/IP", "EUR/USD").
   */
  private static final Pattern TRAVEL_BARE =
      Pattern.compile("(\\p{Lu}[\\p{Lu}'-]{1,24})/(\\p{Lu}[\\p{Lu}-]{1,24})(?![\\p{L}\\p{N}/])");

  /** At each slash between capitals, the travel-document name that runs across it. */
  private void travelNames(String text, List<Finding> out) {
    Matcher m = Scan.matcher(TRAVEL, text);
    Matcher bare = Scan.matcher(TRAVEL_BARE, text);
    int n = text.length();
    int done = 0;
    for (int sl = text.indexOf('/'); sl > 0; sl = text.indexOf('/', sl + 1)) {
      if (sl < done || sl + 1 >= n || !Character.isUpperCase(text.charAt(sl - 1))) {
        continue;
      }
      int w1 = upperRunStart(text, sl);
      int w0 = w1 >= 2 && text.charAt(w1 - 1) == ' ' ? upperRunStart(text, w1 - 1) : w1;
      for (int start : new int[] {w0, w1}) {
        boolean free = start == 0 || !Character.isLetter(text.charAt(start - 1));
        if (free && Scan.at(m, start, 120, n)) {
          out.add(new Finding(PiiType.PERSON, start, m.end(), 0.7));
          done = m.end();
          break;
        }
      }
      if (done <= sl
          && (w1 == 0 || Character.isWhitespace(text.charAt(w1 - 1)))
          && Scan.at(bare, w1, 52, n)
          && bareTravelName(bare.group(1), bare.group(2))) {
        out.add(new Finding(PiiType.PERSON, w1, bare.end(), 0.7));
        done = bare.end();
      }
    }
  }

  private boolean bareTravelName(String surname, String given) {
    String g = NameWords.titleCase(given);
    String s = NameWords.titleCase(surname);
    return given.length() >= 3
        && names.isFirst(g)
        && !names.isStopword(g)
        && !names.isAmbiguousFirst(g)
        && !names.isStopword(s)
        && (!CommonWords.contains(s) || names.isListedLast(s));
  }

  /** Where the run of capitals, apostrophes and hyphens ending at {@code end} starts. */
  private static int upperRunStart(String text, int end) {
    int b = end;
    while (b > 0
        && end - b < 25
        && (Character.isUpperCase(text.charAt(b - 1))
            || text.charAt(b - 1) == '\''
            || text.charAt(b - 1) == '-')) {
      b--;
    }
    return b;
  }

  /** The field's value when the given name or the surname is one by the lists or by its shape. */
  private void surnameCommaGiven(Matcher m, List<Finding> out) {
    String given = m.group(2);
    String surname = m.group(1).substring(0, m.group(1).indexOf(','));
    String last = surname.substring(surname.lastIndexOf(' ') + 1);
    boolean evidence = names.isFirst(given) || names.isListedLast(last) || surname.indexOf(' ') > 0;
    if (evidence && !names.isStopword(given) && !anyStopword(m.group(1))) {
      out.add(new Finding(PiiType.PERSON, m.start(1), m.end(), 0.7));
    }
  }

  private void greetings(String text, List<Finding> out) {
    Matcher m = Scan.matcher(GREETING, text);
    int n = text.length();
    CharPositions breaks = new CharPositions(text, '\n', '.', '!', '?');
    for (int i = 0; i >= 0 && i < n; i = nextStart(text, breaks, i + 1)) {
      if (!Character.isLetter(text.charAt(i)) || !greetingStart(text, i) || !Scan.at(m, i, 40, n)) {
        continue;
      }
      i = m.end() - 1;
      String w = m.group(1);
      String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      boolean listed = names.isFirst(cap) && !names.isStopword(cap);
      boolean addressed =
          !names.isStopword(cap)
              && !ADDRESSEES.contains(w)
              && m.end() < text.length()
              && text.charAt(m.end()) == ',';
      if (listed || addressed) {
        out.add(new Finding(PiiType.PERSON, m.start(1), m.end(1), 0.6));
      }
    }
  }

  /**
   * Where the next line or sentence starts at or after {@code from} (after a line break, or after
   * ". ", "! " or "? "), or -1; {@code from} never goes back between calls on one text.
   */
  private static int nextStart(String text, CharPositions breaks, int from) {
    int n = text.length();
    for (int p = breaks.from(Math.max(0, from - 2)); p >= 0; p = breaks.from(p + 1)) {
      boolean line = text.charAt(p) == '\n';
      int s = line ? p + 1 : p + 2;
      if (s >= n) {
        return -1;
      }
      if (s >= from && (line || text.charAt(p + 1) == ' ')) {
        return s;
      }
    }
    return -1;
  }

  /**
   * Whether a greeting word starts at {@code i}, followed by a space or a comma (as the pattern
   * asks): a looser test than the pattern, which still decides.
   */
  private static boolean greetingStart(String text, int i) {
    if (i + 1 >= text.length()) {
      return false;
    }
    int a = (text.charAt(i) | 0x20) - 'a';
    int b = (text.charAt(i + 1) | 0x20) - 'a';
    List<String> words =
        a >= 0 && a < 26 && b >= 0 && b < 26 ? GREETINGS_BY_START[a * 26 + b] : null;
    if (words == null) {
      return false;
    }
    char third = i + 2 < text.length() ? text.charAt(i + 2) : 0;
    for (String w : words) {
      int e = i + w.length();
      if (e < text.length()
          && (text.charAt(e) == ' ' || text.charAt(e) == ',')
          && (third >= 0x80 || w.length() < 3 || !differsInAscii(third, w.charAt(2)))
          && text.regionMatches(true, i, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether ASCII {@code c} is not the lower-case ASCII letter {@code lower} in either case. */
  private static boolean differsInAscii(char c, char lower) {
    return lower >= 'a' && lower <= 'z' && (c | 0x20) != lower;
  }

  private void speaker(Matcher m, List<Finding> out) {
    String speaker = m.group(1);
    // Nicknames are often a first name in lower case ("<dmitri> done"); not an HTML tag ("<li>").
    String capitalised = Character.toUpperCase(speaker.charAt(0)) + speaker.substring(1);
    boolean nickname =
        Character.isLowerCase(speaker.charAt(0))
            && !HTML_TAGS.contains(speaker)
            && names.isFirst(capitalised);
    if (!anyStopword(speaker) && (speaker.indexOf(' ') > 0 || names.isFirst(speaker) || nickname)) {
      out.add(new Finding(PiiType.PERSON, m.start(1), m.end(1), 0.7));
    }
  }

  private void headings(String text, List<Finding> out) {
    Matcher h = Scan.matcher(HEADING, text);
    int n = text.length();
    for (int lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
      if (!Scan.at(h, lt, n - lt, n)) {
        continue;
      }
      lt = h.end() - 1;
      if (!anyStopword(h.group(2)) && contactNearby(text, h.start(), h.end())) {
        out.add(new Finding(PiiType.PERSON, h.start(2), h.end(2), 0.7));
      }
    }
  }

  /** An e-mail address or a phone label near the heading: it heads a contact card. */
  private static boolean contactNearby(String text, int s, int e) {
    String around =
        text.substring(Math.max(0, s - 200), Math.min(text.length(), e + 300))
            .toLowerCase(Locale.ROOT);
    return around.indexOf('@') >= 0
        || around.contains("tel")
        || around.contains("phone")
        || around.contains("mailto");
  }

  private boolean anyStopword(String words) {
    for (String w : words.split("[\\s,]+")) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && names.isStopword(w)
          && !names.isAmbiguousFirst(w)) {
        return true;
      }
    }
    return false;
  }
}
