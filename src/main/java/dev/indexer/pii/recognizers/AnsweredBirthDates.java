package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A birth date given in a chat as the answer to a line that asks about it ("the gym form is asking
 * for dob ..." and below "mine's 14/2/91 anyway"): the first line below the question, past a
 * sender's name and time, when it is a short reply that holds a date of a past year.
 */
final class AnsweredBirthDates {

  /** The longest line that is read as a short reply. */
  private static final int REPLY = 80;

  private AnsweredBirthDates() {}

  /**
   * Reports the date that answers the question whose birth cue ends at {@code cueEnd}, if the line
   * below it holds one as a short reply; the question's own line holds none.
   */
  static void find(String text, int cueEnd, Matcher date, List<Finding> out) {
    int qe = TableColumns.indexIn(text, '\n', cueEnd, Math.min(text.length(), cueEnd + REPLY));
    if (qe < 0) {
      return; // no question of a chat: a long line, read to its end per cue, would cost its square
    }
    int n = text.length();
    int ls = qe + 1;
    while (ls < n) {
      int le = Scan.lineEnd(text, ls);
      if (!AnsweredNumbers.SENDER_LINE.matcher(text.substring(ls, le)).matches()) {
        break;
      }
      ls = le + 1;
    }
    if (ls >= n) {
      return;
    }
    int le = Scan.lineEnd(text, ls);
    if (le - ls > REPLY || !reply(text, ls, le, text.substring(cueEnd, qe).indexOf('?') >= 0)) {
      return;
    }
    for (int s = ls; s < le; s++) {
      if (Character.isDigit(text.charAt(s))
          && (s == ls || !Character.isLetterOrDigit(text.charAt(s - 1)))
          && DateOfBirthRecognizer.dateWithin(text, date, s, 0, le)) {
        if (pastYear(text, date.start(), date.end(), java.time.Year.now().getValue())) {
          out.add(new Finding(PiiType.DATE_OF_BIRTH, date.start(), date.end(), 0.8));
        }
        return;
      }
    }
  }

  /**
   * Whether the date [s, e) is of a year before {@code now}: with four digits, before it; with two
   * (the last run of the date), not this year's or last year's two digits ("3/5/26" in 2026 is a
   * meeting's, "14/2/91" a birth's).
   */
  static boolean pastYear(String text, int s, int e, int now) {
    int year = DateOfBirthRecognizer.year(text, s, e);
    if (year > 0) {
      return year < now;
    }
    int b = e;
    while (b > s && Character.isDigit(text.charAt(b - 1))) {
      b--;
    }
    if (e - b != 2) {
      return true; // no year written in digits ("3 марта"): the cue decides
    }
    int yy = Integer.parseInt(text.substring(b, e));
    int thisYear = now % 100;
    int lastYear = (now + 99) % 100;
    return yy != thisYear && yy != lastYear;
  }

  /**
   * Whether the line is a reply of a chat: below a sender's line, or opening with a time stamp in
   * brackets, or with a speaker's label when the line above asked a question (a form's next field
   * answers none).
   */
  private static boolean reply(String text, int ls, int le, boolean asked) {
    int colon = TableColumns.indexIn(text, ':', ls, Math.min(le, ls + 32));
    return AnsweredNumbers.belowSender(text, ls)
        || text.charAt(ls) == '['
        || asked && colon > ls && Character.isLetter(text.charAt(ls));
  }
}
