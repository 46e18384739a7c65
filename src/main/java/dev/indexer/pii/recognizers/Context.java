package dev.indexer.pii.recognizers;

import java.util.Locale;

/** Looks for cue words near a candidate, in a bounded window so the cost stays linear. */
final class Context {

  private Context() {}

  /** The lower-cased text in the {@code window} chars before {@code start}. */
  static String before(String text, int start, int window) {
    int from = Math.max(0, start - window);
    String lower = Scan.lowerIfAtHand(text);
    return lower != null
        ? lower.substring(from, start)
        : text.substring(from, start).toLowerCase(Locale.ROOT);
  }

  /** The lower-cased text in the {@code window} chars after {@code end}. */
  static String after(String text, int end, int window) {
    int to = Math.min(text.length(), end + window);
    String lower = Scan.lowerIfAtHand(text);
    return lower != null
        ? lower.substring(end, to)
        : text.substring(end, to).toLowerCase(Locale.ROOT);
  }

  /** Whether any cue occurs in the window before the candidate (cues given in lower case). */
  static boolean anyBefore(String text, int start, int window, String... cues) {
    String w = before(text, start, window);
    for (String cue : cues) {
      if (w.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any cue occurs as the start of a word in the window before the candidate ("tel" in
   * "Tel.:" but not in "Bestellnummer").
   */
  static boolean anyWordBefore(String text, int start, int window, String... cues) {
    int from = Math.max(0, start - window);
    String w = before(text, start, window);
    for (String cue : cues) {
      int i = w.indexOf(cue);
      while (i >= 0) {
        char prev = i > 0 ? w.charAt(i - 1) : from > 0 ? text.charAt(from - 1) : ' ';
        if (!Character.isLetter(prev)) {
          return true;
        }
        i = w.indexOf(cue, i + 1);
      }
    }
    return false;
  }

  /**
   * Whether any cue occurs as a whole word in the window before the candidate ("case" in "Case
   * 4471" but not in "casero", "nip" in "NIP:" but not in "nipigie").
   */
  static boolean anyWholeWordBefore(String text, int start, int window, String... cues) {
    int from = Math.max(0, start - window);
    String w = before(text, start, window);
    for (String cue : cues) {
      for (int i = w.indexOf(cue); i >= 0; i = w.indexOf(cue, i + 1)) {
        char prev = i > 0 ? w.charAt(i - 1) : from > 0 ? text.charAt(from - 1) : ' ';
        int after = from + i + cue.length();
        if (!Character.isLetter(prev)
            && (after >= text.length() || !Character.isLetter(text.charAt(after)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether any cue occurs around the candidate (before or after). */
  static boolean anyAround(String text, int start, int end, int window, String... cues) {
    if (anyBefore(text, start, window, cues)) {
      return true;
    }
    String w = after(text, end, window);
    for (String cue : cues) {
      if (w.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  static boolean wordCharAt(String text, int i) {
    return i >= 0 && i < text.length() && isWordChar(text.charAt(i));
  }
}
