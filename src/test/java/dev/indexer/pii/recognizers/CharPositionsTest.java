package dev.indexer.pii.recognizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The positions and line delimiters found by searching for a few characters are those a reading of
 * every character finds.
 */
class CharPositionsTest {

  private static String mixed(int length, Random rnd) {
    String alphabet = "abc XYZ,;|\t\n.:-!?  def";
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static int read(String text, int from, String chars) {
    for (int i = Math.max(0, from); i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static char counted(String text, int ls, int le) {
    String order = ",|\t;";
    int[] counts = new int[order.length()];
    for (int i = ls; i < le; i++) {
      int k = order.indexOf(text.charAt(i));
      if (k >= 0) {
        counts[k]++;
      }
    }
    char d = 0;
    int best = 0;
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > best) {
        best = counts[k];
        d = order.charAt(k);
      }
    }
    return d;
  }

  @Test
  void theNextPositionOfAnyOfTheCharactersIsTheOneReadingFinds() {
    String text = mixed(5_000, new Random(3));
    CharPositions marks = new CharPositions(text, ':', '-', '.');
    for (int from = 0; from <= text.length() + 1; from += 1 + from % 3) {
      assertEquals(read(text, from, ":-."), marks.from(from), "from " + from);
    }
  }

  @Test
  void aCharacterTheTextLacksIsNeverFound() {
    CharPositions marks = new CharPositions("no such mark here", '|', '\t');
    assertEquals(-1, marks.from(0));
    assertEquals(-1, marks.from(40));
  }

  @Test
  void eachLinesDelimiterIsTheMostFrequentOneFirstOnATie() {
    String text = mixed(20_000, new Random(11)) + "\n";
    int ls = 0;
    while (ls <= text.length()) {
      int le = text.indexOf('\n', ls);
      le = le < 0 ? text.length() : le;
      assertEquals(counted(text, ls, le), TableColumns.mostFrequent(text, ls, le), "line at " + ls);
      ls = le + 1;
    }
  }

  @Test
  void aPartOfALineIsCountedOnItsOwn() {
    String text = "a,b,c|d|e|f|g\nx;y";
    assertEquals('|', TableColumns.mostFrequent(text, 0, 13));
    assertEquals(',', TableColumns.mostFrequent(text, 0, 5));
    assertEquals(';', TableColumns.mostFrequent(text, 14, 17));
    assertEquals((char) 0, TableColumns.mostFrequent(text, 16, 17));
    assertEquals(',', TableColumns.mostFrequent("a,b|c", 0, 5));
  }
}
