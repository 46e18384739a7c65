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
 * Identity numbers given as the answer in a chat: a turn that holds little but a number ("Can:
 * 48219370576", "sure, it's 046 454 286", "ni 31846201") up to {@value #REACH} lines below a line
 * that names an identity document without giving a number ("can you send your SIN?", "mam heb je
 * mijn bsn?"), with no other number between them. The question names the document; the answer has
 * no cue of its own. A turn is a line that opens with a speaker's label or a time stamp, or the
 * line below a sender's name and time ("Owen Tremblay 2:44 PM"); a line labelled as a field
 * ("Phone: ...") is no answer.
 */
final class AnsweredNumbers {

  /** How many lines below the question the answer may stand. */
  private static final int REACH = 2;

  /** A turn's opening: time stamps, a WhatsApp date and time, a speaker's label and its colon. */
  private static final Pattern OPENING =
      Pattern.compile(
          "(?:\\[[^\\]\\n]{1,30}\\]\\s?){0,2}(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4},? [0-9]{1,2}:[0-9]{2}(?: ?[AaPp][Mm])? [-–] )?"
              + "(?:([\\p{L}\\p{M}][\\p{L}\\p{M}'’ .()\\x{1F1E6}-\\x{1F1FF}-]{0,30}?) ?[:：] ?)?");

  /** Up to four words, the number (digits of any script), then up to five words. */
  private static final Pattern ANSWER =
      Pattern.compile(
          "(?:[\\p{L}\\p{M}'’,]+ ){0,4}([A-Z]{0,2}\\p{Nd}[\\p{Nd} ./\\-\\x{3000}]{5,24}\\p{Nd}[A-Z]?)(?:[ ,.!]+[\\p{L}\\p{M}'’]+){0,5}[ .!]*");

  /** A sender's name and the time at the end of the line above a message (Slack, Teams). */
  static final Pattern SENDER_LINE =
      Pattern.compile(".{2,40}? {1,3}[0-9]{1,2}:[0-9]{2}(?: ?[AaPp][Mm])?\r?");

  /** Labels of fields, which a line of a form or a record opens with instead of a speaker's. */
  private static final Set<String> FIELDS =
      Set.of(
          "phone",
          "tel",
          "tel.",
          "telefon",
          "telephone",
          "mobile",
          "mobil",
          "cell",
          "fax",
          "order",
          "invoice",
          "ticket",
          "ref",
          "reference",
          "account",
          "iban",
          "date",
          "datum",
          "time",
          "total",
          "amount",
          "zip",
          "postcode",
          "plz",
          "code",
          "pin",
          "otp",
          "card",
          "tracking");

  /** A date, which an answer about when to bring a document gives. */
  private static final Pattern DATE =
      Pattern.compile(
          "[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2}");

  private AnsweredNumbers() {}

  static void find(String text, String lower, List<Finding> out) {
    if (text.indexOf('\n') < 0) {
      return;
    }
    BitSet named = new BitSet(); // where a document is named
    String[] cues = PassportOrIdRecognizer.CUES;
    for (int k = 0; k < cues.length; k++) {
      for (int i : CueWords.positions(lower, CueWords.Kind.IDENTITY, k)) {
        if (Scan.wordStart(text, i) && written(text, i, cues[k])) {
          named.set(i);
        }
      }
    }
    if (named.isEmpty()) {
      return;
    }
    BitSet asked = new BitSet(); // the starts of the lines that name a document, read once
    for (int ls = 0, i = named.nextSetBit(0); i >= 0; ) {
      int le = Scan.lineEnd(text, ls);
      if (i < le) {
        asked.set(ls);
      }
      ls = le + 1;
      i = named.nextSetBit(ls);
      if (i > ls) {
        ls = Math.max(ls, text.lastIndexOf('\n', i - 1) + 1); // the next named one's line
      }
    }
    Matcher opening = Scan.matcher(OPENING, text);
    if (!chat(text, opening)) {
      return;
    }
    Matcher answer = Scan.matcher(ANSWER, text);
    BitSet seen = new BitSet();
    for (int q = asked.nextSetBit(0); q >= 0; q = asked.nextSetBit(q + 1)) {
      int ls = Scan.lineEnd(text, q) + 1;
      if (digitRun(text, q, ls - 1)) {
        continue; // "身份证号：1101..." gives its number: no question
      }
      for (int line = 0; line < REACH && ls < text.length(); ) {
        int le = Scan.lineEnd(text, ls);
        if (seen.get(ls)) {
          break;
        }
        seen.set(ls);
        if (answer(text, ls, le, opening, answer, out) || digitRun(text, ls, le)) {
          break; // the answer, or another number: what comes below answers no more
        }
        if (!SENDER_LINE.matcher(text.substring(ls, le)).matches()) {
          line++; // a sender's name and time above the answer is no line between them
        }
        ls = le + 1;
      }
    }
  }

  /** Whether [s, e) holds a run of five digits or more. */
  private static boolean digitRun(String text, int s, int e) {
    int run = 0;
    for (int i = s; i < e; i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run >= 5) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is a chat: a speaker's label that opens two lines or more, two speakers after
   * a time stamp, or two lines below a sender's name and time; a form's labels open one line each,
   * and a log's levels, fields and common words are no speakers.
   */
  private static boolean chat(String text, Matcher opening) {
    java.util.Map<String, Integer> labels = new java.util.HashMap<>();
    boolean again = false;
    boolean timed = false;
    int stamped = 0;
    for (int ls = 0; ls < text.length(); ls = Scan.lineEnd(text, ls) + 1) {
      int le = Scan.lineEnd(text, ls);
      if (le > ls && Scan.at(opening, ls, le - ls, text.length())) {
        String label = opening.group(1);
        // After a time stamp a label is a sender's, though a word as well ("Mama"); else no
        // field's or common word's ("Serial:").
        boolean stamp =
            label != null && opening.start(1) > ls + 1 && Character.isDigit(text.charAt(ls + 1));
        if (label != null && (stamp || speaker(label))) {
          again |= labels.merge(label.strip(), 1, Integer::sum) >= 2;
          timed |= stamp;
        }
        stamped += belowSender(text, ls) ? 1 : 0;
      }
      if (again || (timed && labels.size() >= 2) || stamped >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line's label may be a speaker's: no field's, no log level's, no common word. */
  private static boolean speaker(String label) {
    String lower = label.strip().toLowerCase(Locale.ROOT);
    return !FIELDS.contains(lower)
        && !ChatLabels.FIELDS.contains(lower)
        && !LOG_LEVELS.contains(lower)
        && !CommonWords.contains(lower);
  }

  /** The levels of a log line, which open it as a speaker's label would. */
  private static final Set<String> LOG_LEVELS =
      Set.of("info", "warn", "warning", "error", "debug", "trace", "fatal", "notice", "crit");

  /** Words before a number that make it a phone number or an order's, not an identity number. */
  private static final Set<String> NOT_AN_ID =
      Set.of(
          "call",
          "phone",
          "tel",
          "mobile",
          "cell",
          "ring",
          "text",
          "whatsapp",
          "order",
          "invoice",
          "tracking",
          "pedido",
          "factura",
          "llámame",
          "llama",
          "ruf",
          "appelle",
          "bel",
          "bestellung");

  /**
   * Whether the cue at {@code i} is written as a document's name: in capitals where it must be
   * ("SIN", not Spanish "sin"), unless a question mark or "number" follows it.
   */
  private static boolean written(String text, int i, String cue) {
    int e = i + cue.length();
    if (cue.length() <= 6
        && cue.indexOf(' ') < 0
        && e < text.length()
        && Character.isLetter(text.charAt(e))) {
      return false; // a short cue inside a longer word: "nin" of "nine"
    }
    if (cue.equals("nin")) {
      return text.startsWith("NIN", i);
    }
    if (!PassportOrIdRecognizer.capitalsOnly(cue)
        || text.startsWith(cue.toUpperCase(Locale.ROOT), i)) {
      return true;
    }
    return text.startsWith("?", e)
        || text.startsWith(" number", e)
        || text.startsWith(" no.", e)
        || text.startsWith(" no ", e);
  }

  /**
   * Reports the number that the line [ls, le) answers with, if it is a turn that does; whether so.
   */
  private static boolean answer(
      String text, int ls, int le, Matcher opening, Matcher answer, List<Finding> out) {
    if (le - ls < 8 || le - ls > 120 || !Scan.at(opening, ls, le - ls, text.length())) {
      return false;
    }
    if (text.charAt(le - 1) == '\r') {
      le--;
    }
    String label = opening.group(1);
    boolean turn = opening.end() > ls || belowSender(text, ls);
    boolean stamp = opening.start(1) > ls + 1 && Character.isDigit(text.charAt(ls + 1));
    if (!turn || (label != null && !stamp && !speaker(label))) {
      return false;
    }
    int from = opening.end();
    if (!Scan.at(answer, from, le - from, text.length())
        || answer.end() != le
        || leadIn(text, from, answer.start(1))) {
      return false;
    }
    String value = answer.group(1).strip();
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
    }
    if (digits >= 8
        && digits <= 16
        && PassportOrIdRecognizer.plausibleId(value)
        && !DATE.matcher(ascii(value)).matches()) {
      out.add(
          new Finding(
              PiiType.PASSPORT_OR_ID, answer.start(1), answer.start(1) + value.length(), 0.85));
      return true;
    }
    return false;
  }

  /** Whether a word before the number makes it a phone's or an order's ("call me on ..."). */
  private static boolean leadIn(String text, int from, int to) {
    for (String w : text.substring(from, to).toLowerCase(Locale.ROOT).split("[ ,]+")) {
      if (NOT_AN_ID.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The value with ASCII digits for those of other scripts. */
  private static String ascii(String value) {
    String folded = OtherDigits.folded(value);
    return folded != null ? folded : value;
  }

  /** Whether the line above {@code ls} is a sender's name and a time, as Slack writes them. */
  static boolean belowSender(String text, int ls) {
    if (ls < 2) {
      return false;
    }
    int ps = Scan.lineStart(text, ls - 1, 60);
    if (ps < 0) {
      return false;
    }
    return SENDER_LINE.matcher(text.substring(ps, ls - 1)).matches();
  }
}
