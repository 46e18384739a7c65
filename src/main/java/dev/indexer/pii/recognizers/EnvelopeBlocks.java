package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an envelope under its addressee: a person's name on a line of its own (at the text's
 * start, after a blank line or a line of a cue such as "To", "Herrn", "לכבוד"), then one to four
 * short lines down to a line that holds a postcode. Each of those lines is an address, in any
 * language, also where none names a street by its type ("Kuuse talu", "Väike-Maarja vald", "46203
 * Lääne-Virumaa").
 *
 * <p>The name is a person's when it opens with a title or a form of address, when a word of it is a
 * listed given name or surname, or when it is two to five words of a script without case and no
 * digit. Not under a firm's or a body's name; a line of a label, a phone, an e-mail address, a
 * sentence or more than eight words ends the block, and without a postcode line no block is taken.
 */
final class EnvelopeBlocks {

  private EnvelopeBlocks() {}

  /** The longest line of an envelope. */
  private static final int MAX_LINE = 60;

  /** Lines of the address under the name, the postcode's line included. */
  private static final int MAX_LINES = 5;

  /**
   * A postcode: four to seven digits, a country's letters before them ("LT-57123"), the Czech and
   * Swedish "130 00", the British and Irish codes.
   */
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./:-])(?:(?:[A-Z]{1,2}-)?[0-9]{4,7}|[0-9]{3} [0-9]{2}"
              + "|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}|[A-Z][0-9]{2}[0-9W]? [0-9A-Z]{4})"
              + "(?![\\p{L}\\p{N}]|[./:-][0-9])");

  /** Lines of a cue above the name: "To", "Herrn", "Frau", "לכבוד", "До", "Kepada Yth.". */
  private static final Set<String> CUES =
      Set.of(
          "to",
          "an",
          "herrn",
          "herr",
          "frau",
          "à",
          "a",
          "al",
          "para",
          "do",
          "до",
          "кому",
          "לכבוד",
          "kepada",
          "kepada yth.",
          "yth.",
          "προς",
          "alla",
          "aan",
          "till",
          "til",
          "sayın",
          "سرکار",
          "إلى",
          "السيد",
          "السيدة");

  static void find(String text, List<Finding> out, NameLists names) {
    if (text.indexOf('\n') < 0 || !UsSsnRecognizer.containsDigit(text)) {
      return;
    }
    BitSet covered = new BitSet();
    for (Finding f : out) {
      covered.set(f.start(), f.end());
    }
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = Scan.lineEnd(text, ls);
      int next = le + 1;
      if (le - ls > 3 && atBlockStart(text, ls) && addressee(text, ls, le, names, false)) {
        next = block(text, le, covered, out, addressee(text, ls, le, names, true), names);
      }
      ls = Math.max(next, le + 1);
    }
  }

  /**
   * Takes the address lines below the addressee's line that ends at {@code le}; returns where to
   * read on.
   */
  private static int block(
      String text, int le, BitSet covered, List<Finding> out, boolean strong, NameLists names) {
    int n = text.length();
    int[] starts = new int[MAX_LINES];
    int[] ends = new int[MAX_LINES];
    int lines = 0;
    int postcodeLine = -1;
    for (int ls = le + 1; ls < n && lines < MAX_LINES && postcodeLine < 0; ) {
      int e = Scan.lineEnd(text, ls);
      int s = PostalBlocks.skipSpaces(text, ls, e);
      int t = e;
      while (t > s && Character.isWhitespace(text.charAt(t - 1))) {
        t--;
      }
      if (t == s
          || !addressLine(text, s, t)
          || PostcodeTails.organisationBefore(text, s)
          || personLine(text, s, t, names)) {
        break;
      }
      starts[lines] = s;
      ends[lines] = t;
      int postcode = postcodeIn(text, s, t);
      if (postcode == SURE
          || postcode == LIKELY && lines >= 2 && digitIn(text, starts[0], ends[0])) {
        postcodeLine = lines; // "Lima 15001" under a street's line and a district's
      }
      lines++;
      ls = e + 1;
    }
    if (postcodeLine < 0) {
      return le + 1;
    }
    if (postcodeLine == 0 && wordsIn(text, starts[0], ends[0]) < 2) {
      return le + 1; // one postcode under a name: a number, not an envelope
    }
    if (!strong) {
      // A name told by its shape alone: only over a street's number and a line more.
      boolean number = false;
      for (int i = 0; i < postcodeLine; i++) {
        number |= digitIn(text, starts[i], ends[i]);
      }
      if (postcodeLine < 1 || !number) {
        return le + 1;
      }
    }
    for (int i = 0; i <= postcodeLine; i++) {
      int s = starts[i];
      int e = ends[i];
      int c = covered.nextSetBit(s);
      if (c >= 0 && c < e) {
        continue; // a finding holds part of the line already
      }
      out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.6));
      covered.set(s, e);
    }
    return ends[postcodeLine] + 1;
  }

  private static final int NONE = 0;
  private static final int LIKELY = 1;
  private static final int SURE = 2;

  /**
   * Whether [s, e) holds a postcode: {@link #SURE} at the line's start ("46203 Lääne-Virumaa",
   * "10000 Zagreb"), alone, as a British or Irish code, or at its end after a word that is no
   * common English word ("חולון 5822112"); {@link #LIKELY} at its end after a common word ("Lima
   * 15001", but also "Points 12450", "Build 583921") or as four digits from 1000 to 2999 there
   * ("Vienna 1824"); else {@link #NONE}. No year opens a line's postcode ("2020 Rückblick").
   */
  private static int postcodeIn(String text, int s, int e) {
    Matcher m = Scan.matcher(POSTCODE, text).region(s, e);
    int found = NONE;
    while (m.find()) {
      String code = m.group();
      boolean atStart = m.start() == s;
      boolean atEnd = m.end() == e || ",.)".indexOf(text.charAt(m.end())) >= 0 && m.end() + 1 == e;
      if (atStart && !year(code) || !Character.isDigit(code.charAt(0))) {
        return SURE; // "Clitheroe BB7 3AT": letters and digits are no count
      }
      if (atEnd && !atStart) {
        int b = m.start();
        while (b > s && !Character.isLetter(text.charAt(b - 1))) {
          b--;
        }
        int ws = b;
        while (ws > s && Scan.letterOrMark(text.charAt(ws - 1))) {
          ws--; // the vowel signs of Indic scripts belong to the word: "राजस्थान"
        }
        String before = text.substring(ws, b);
        if (b - ws < 3
            || Character.isUpperCase(before.charAt(0))
                && PassportOrIdRecognizer.capitalsOnly(before)) {
          continue; // "ID 204518", "PR 10234"
        }
        if (CommonWords.contains(before.toLowerCase(Locale.ROOT))
            || code.length() == 4 && code.charAt(0) >= '1' && code.charAt(0) <= '2') {
          found = LIKELY;
        } else {
          return SURE;
        }
      }
    }
    return found;
  }

  /**
   * A line of a person's name: capitalised words, no digit, the first a listed given name ("Klaus
   * Fischer" under "Hans Weber": a list of people, no envelope).
   */
  private static boolean personLine(String text, int s, int e, NameLists names) {
    if (digitIn(text, s, e)) {
      return false;
    }
    String[] words = text.substring(s, e).split(" +");
    return words.length >= 2
        && words.length <= 4
        && Character.isUpperCase(words[0].charAt(0))
        && names.isFirst(words[0]);
  }

  /** A year of four digits ("2020 Rückblick"), which a postcode line does not hold. */
  private static boolean year(String code) {
    return code.length() == 4 && (code.startsWith("19") || code.startsWith("20"));
  }

  /** Articles that open a heading, never a name: "Die Ergebnisse", "The Results". */
  private static final Set<String> ARTICLES =
      Set.of("the", "a", "an", "die", "der", "das", "le", "la", "les", "el", "los", "las", "il");

  /** At the text's start, after a blank line, or under a line of a cue. */
  private static boolean atBlockStart(String text, int ls) {
    if (ls == 0) {
      return true;
    }
    int pe = ls - 1;
    int ps = Scan.lineStart(text, pe, 200);
    if (ps < 0) {
      return false;
    }
    String above = text.substring(ps, pe).strip();
    if (above.isEmpty() || above.equals("\u0001")) {
      return true;
    }
    String lower = above.toLowerCase(Locale.ROOT);
    if (lower.endsWith(":") || lower.endsWith(",")) {
      lower = lower.substring(0, lower.length() - 1).strip();
    }
    return CUES.contains(lower);
  }

  /** Words in lower case within a name: "Ludwig van Beethoven", "Ana de la Cruz". */
  private static final Set<String> PARTICLES =
      Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del", "dos", "le", "la");

  /**
   * Whether [ls, le) is a person's name alone on its line; {@code strong}: by a title, a list or a
   * script without case, not by its shape alone.
   */
  private static boolean addressee(String text, int ls, int le, NameLists names, boolean strong) {
    int s = PostalBlocks.skipSpaces(text, ls, le);
    String line = text.substring(s, le).strip();
    if (line.isEmpty() || line.length() > MAX_LINE || line.indexOf('@') >= 0) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isDigit(c) || c == ':' || c == '|' || c == '\t') {
        return false;
      }
    }
    String[] words = line.split(" +");
    if (words.length < 2 || words.length > 6 || PostcodeTails.organisationBefore(text, s)) {
      return false;
    }
    if (!Character.isLetter(line.charAt(0)) || Character.isLowerCase(line.charAt(0))) {
      return false;
    }
    boolean cased = false;
    for (int i = 0; i < line.length() && !cased; i++) {
      char c = line.charAt(i);
      cased = Character.isUpperCase(c) || Character.isLowerCase(c);
    }
    if (!cased) {
      // Arabic, Hebrew, Devanagari: no case to tell a name by, so only over a longer block
      return words.length <= 5 && !strong;
    }
    String head = words[0].replace(".", "").toLowerCase(Locale.ROOT);
    if (ARTICLES.contains(head)) {
      return false;
    }
    if (NameWords.HONORIFICS.contains(head) || NameWords.HONORIFICS.contains(head + ".")) {
      return true;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) && !w.equals("&")) {
        if (!PARTICLES.contains(w)) {
          return false;
        }
      }
    }
    String firstWord = words[0].replaceAll("[,.]+$", "");
    String lastWord = words[words.length - 1].replaceAll("[,.]+$", "");
    if (names.isFirst(firstWord)
        || names.isListedLast(lastWord)
            && !CommonWords.contains(firstWord.toLowerCase(Locale.ROOT))) {
      return true; // "Ludwig ...", "... Okafor"; not "Price List"
    }
    boolean common = false;
    for (String w : words) {
      common |= CommonWords.contains(w.replaceAll("[,.]+$", "").toLowerCase(Locale.ROOT));
    }
    // Two or three capitalised words of no list and no English word: a name only over a longer
    // block with a street's number, which the caller asks for.
    return !common && words.length <= 3 && !strong;
  }

  /** A short line of an address: no label, phone, mail, sentence, greeting nor long prose. */
  private static boolean addressLine(String text, int s, int e) {
    if (e - s > MAX_LINE || longDigitRun(text, s, e)) {
      return false;
    }
    String line = text.substring(s, e);
    if (line.indexOf('@') >= 0
        || line.contains("http")
        || line.endsWith(":")
        || line.endsWith("!")
        || line.endsWith("?")
        || line.indexOf('\t') >= 0) {
      return false;
    }
    int colon = line.indexOf(':');
    if (colon > 0 && !line.substring(0, colon).strip().equalsIgnoreCase("No")) {
      return false; // a label ("Predmet: ...", "Tel: ..."), not Turkish "No: 7"
    }
    int words = wordsIn(text, s, e);
    if (words > 8 || (words > 5 && !digitIn(text, s, e))) {
      return false; // prose or a verse, not an address's line
    }
    int w = s;
    while (w < e && Character.isLetter(text.charAt(w))) {
      w++;
    }
    String head = text.substring(s, w).toLowerCase(Locale.ROOT);
    if (PostalBlocks.notAddressWord(head)) {
      return false;
    }
    if (PostalBlocks.dateIn(text, s, e)) {
      return false; // a date: a history's or a schedule's line
    }
    if (line.endsWith(",") && !digitIn(text, s, e)) {
      return false; // a greeting: "Dear Mrs Rowbottom,"
    }
    // A sentence: a full stop, then a space and a word in capitals, far enough from the start.
    Matcher sentence = Scan.matcher(SENTENCE, text).region(s, e);
    return !sentence.find();
  }

  private static final Pattern SENTENCE = Pattern.compile("\\p{Ll}{4,}\\. \\p{Lu}");

  /**
   * Eight digits or more in one run, groups parted by a space, a dash, a dot or a slash: a phone's
   * or an account's number ("+49 30 1234567", "0207 946 0958"), not a street's and a postcode.
   */
  private static boolean longDigitRun(String text, int s, int e) {
    int run = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        if (++run >= 8) {
          return true;
        }
      } else if (!(run > 0
          && " -./".indexOf(c) >= 0
          && i + 1 < e
          && Character.isDigit(text.charAt(i + 1)))) {
        run = 0;
      }
    }
    return text.charAt(s) == '+';
  }

  private static boolean digitIn(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int wordsIn(String text, int s, int e) {
    int words = 0;
    boolean in = false;
    for (int i = s; i < e; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }
}
