package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity numbers written digit by digit with spaces (or the tabs a service's normaliser makes of
 * wide gaps) between, as the boxes of a paper form come back from OCR ("Nr PESEL: 9 1 0 7 2 3 0 4 8
 * 2 4", "(TFN)? 4 5 9 2 1 8 3 7 6"): eight digits or more, each alone, after the name of an
 * identity document on the same line within {@value #WINDOW} characters.
 */
final class SpacedIdNumbers {

  private static final int WINDOW = 60;

  /** Single digits parted by one to three spaces, eight to sixteen of them and no more. */
  private static final Pattern SPACED =
      Pattern.compile(
          "(?<![\\p{L}\\p{Nd}])\\p{Nd}(?:[ \\t]{1,3}\\p{Nd}){7,15}(?![\\p{L}\\p{Nd}])(?![ \\t]{1,3}\\p{Nd})");

  private SpacedIdNumbers() {}

  static void find(String text, List<Finding> out) {
    Matcher m = null;
    int n = text.length();
    for (int p = Scan.nextDigitRunStart(text, 0); p >= 0; p = Scan.nextDigitRunStart(text, p + 1)) {
      if (p + 2 >= n
          || (text.charAt(p + 1) != ' ' && text.charAt(p + 1) != '\t')
          || !singleDigitAfter(text, p + 1)
          || p > 0 && text.charAt(p - 1) == ' ' && spacedDigitBefore(text, p)) {
        continue; // not one digit alone and another after it, or inside a run already read
      }
      m = m != null ? m : Scan.matcher(SPACED, text);
      if (!Scan.at(m, p, 64, n)) {
        continue;
      }
      int ls = Scan.lineStart(text, p, WINDOW);
      int from = ls < 0 ? p - WINDOW : ls;
      if (labelledBy(text, from, Context.before(text, p, p - from))) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, m.start(), m.end(), 0.85));
      }
      p = m.end();
    }
  }

  /**
   * Whether the text before the number ends with the name of an identity document and a label's
   * signs, four letters at most ("(TFN)?", "Nr"); not a list of weights after the name.
   */
  private static boolean labelledBy(String text, int from, String before) {
    int end = -1;
    for (String cue : PassportOrIdRecognizer.CUES) {
      int i = before.lastIndexOf(cue);
      int e = i + cue.length();
      if (i >= 0
          && (i == 0 || !Character.isLetter(before.charAt(i - 1)))
          && (e >= before.length() || !Character.isLetter(before.charAt(e)))
          && (!PassportOrIdRecognizer.capitalsOnly(cue)
              || text.startsWith(cue.toUpperCase(java.util.Locale.ROOT), from + i))) {
        end = Math.max(end, e); // a whole word, in capitals where it must be ("TFN", not "city")
      }
    }
    if (end < 0) {
      return false;
    }
    int letters = 0;
    for (int i = end; i < before.length(); i++) {
      letters += Character.isLetter(before.charAt(i)) ? 1 : 0;
    }
    return letters <= 4;
  }

  /** Whether one to three spaces from {@code i} on lead to a digit alone (a space after it). */
  private static boolean singleDigitAfter(String text, int i) {
    int n = text.length();
    int k = i;
    while (k < n && k - i < 3 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    return k + 1 < n
        && Character.isDigit(text.charAt(k))
        && (text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\t');
  }

  /** Whether a digit stands alone one to three spaces before {@code p}. */
  private static boolean spacedDigitBefore(String text, int p) {
    int i = p - 1;
    while (i > 0 && p - i <= 3 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return Character.isDigit(text.charAt(i))
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }
}
