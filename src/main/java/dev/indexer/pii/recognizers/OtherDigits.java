package dev.indexer.pii.recognizers;

/**
 * Numbers written in the digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai,
 * full-width ...): the text with each such digit, and the full-width signs around numbers, replaced
 * by its ASCII form, one char for one, so that offsets found in it hold in the text.
 */
final class OtherDigits {

  private OtherDigits() {}

  /** The text with ASCII digits for the others, or null when it has no digit of another script. */
  static String folded(String text) {
    char[] chars = null;
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x0660) {
        continue;
      }
      char a = ascii(c);
      if (a != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = a;
        digit |= Character.isDigit(c);
      }
    }
    // Signs alone ("（", "－") change nothing worth a second reading.
    return digit ? new String(chars) : null;
  }

  /** Whether [s, e) holds a digit of another script. */
  static boolean holdsOne(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c >= 0x0660 && Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  private static char ascii(char c) {
    if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
      return (char) ('0' + Character.digit(c, 10));
    }
    return switch (c) {
      case '－' -> '-';
      case '＋' -> '+';
      case '（' -> '(';
      case '）' -> ')';
      case '．' -> '.';
      case '／' -> '/';
      case '\u3000' -> ' ';
      default -> c;
    };
  }
}
