package dev.indexer.pii.recognizers;

/**
 * Where a few characters stand in a text, in order: a loop that only acts at a colon or a line
 * break asks for the next one instead of reading every character. Each character is found by {@link
 * String#indexOf(int, int)}, which reads many characters at a time, and its next position is kept
 * until the loop passes it, so the text is read once per character asked for.
 */
final class CharPositions {

  private final String text;
  private final char[] chars;
  private final int[] next;

  CharPositions(String text, char... chars) {
    this.text = text;
    this.chars = chars;
    this.next = new int[chars.length];
    for (int k = 0; k < chars.length; k++) {
      next[k] = text.indexOf(chars[k]);
    }
  }

  /**
   * The first position at or after {@code from} that holds one of the characters, or -1. {@code
   * from} never goes back between calls: a position before the last one asked for is not found
   * again.
   */
  int from(int from) {
    int first = -1;
    for (int k = 0; k < chars.length; k++) {
      if (next[k] >= 0 && next[k] < from) {
        next[k] = text.indexOf(chars[k], from);
      }
      if (next[k] >= 0 && (first < 0 || next[k] < first)) {
        first = next[k];
      }
    }
    return first;
  }
}
