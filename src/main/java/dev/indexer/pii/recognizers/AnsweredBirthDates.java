package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date given in a chat as the answer to a line that asks about it ("the gym form is asking
 * for dob ..." and below "mine's 14/2/91 anyway"): the first line below the question, past a
 * sender's name and time, when it is a short reply that holds a date of a past year.
 */
final class AnsweredBirthDates {

  /** The longest line that is read as a short reply. */
  private static final int REPLY = 80;

  /** A sender's name and the time, the line above a message in Slack or Teams. */
  private static final Pattern SENDER_LINE =
      Pattern.compile(".{2,40}? {1,3}[0-9]{1,2}:[0-9]{2}(?: ?[AaPp][Mm])?");

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
      if (!SENDER_LINE.matcher(text.substring(ls, le)).matches()) {
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
        int year = DateOfBirthRecognizer.year(text, date.start(), date.end());
        if (year < 0 || year <= java.time.Year.now().getValue()) {
          out.add(new Finding(PiiType.DATE_OF_BIRTH, date.start(), date.end(), 0.8));
        }
        return;
      }
    }
  }

  /**
   * Whether the line is a reply of a chat: below a sender's line, or opening with a time stamp in
   * brackets, or with a speaker's label when the line above asked a question (a form's next field
   * answers none).
   */
  private static boolean reply(String text, int ls, int le, boolean asked) {
    int above = Scan.lineStart(text, ls - 1, 60);
    boolean belowSender =
        above >= 0 && SENDER_LINE.matcher(text.substring(above, ls - 1)).matches();
    int colon = TableColumns.indexIn(text, ':', ls, Math.min(le, ls + 32));
    return belowSender
        || text.charAt(ls) == '['
        || asked && colon > ls && Character.isLetter(text.charAt(ls));
  }
}
