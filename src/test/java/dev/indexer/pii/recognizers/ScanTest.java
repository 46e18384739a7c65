package dev.indexer.pii.recognizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The digit runs of a long text, found from an index built once, are those a scan finds. */
class ScanTest {

  private static int scanned(String text, int from) {
    for (int i = Math.max(0, from); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && (i == 0 || !Scan.isDigit(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  private static String mixed(int length, Random rnd) {
    String alphabet = "0123456789      abcXYZ.-/\n";
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      // Stretches without digits, as in prose, and dense ones, as in tables.
      boolean sparse = (i / 700) % 3 == 0;
      char c = alphabet.charAt(rnd.nextInt(alphabet.length()));
      b.append(sparse && Scan.isDigit(c) && rnd.nextInt(50) > 0 ? 'q' : c);
    }
    return b.toString();
  }

  @Test
  void aLongTextsRunsAreTheScannedOnesInAnyOrderOfLookUps() {
    Random rnd = new Random(7);
    String text = mixed(20_000, rnd);
    for (int from = -3; from <= text.length() + 2; from++) {
      assertEquals(
          scanned(text, from), Scan.nextDigitRunStart(text, from), "forwards from " + from);
    }
    for (int from = text.length() + 2; from >= -3; from--) {
      assertEquals(
          scanned(text, from), Scan.nextDigitRunStart(text, from), "backwards from " + from);
    }
    for (int k = 0; k < 5_000; k++) {
      int from = rnd.nextInt(text.length() + 10) - 5;
      assertEquals(scanned(text, from), Scan.nextDigitRunStart(text, from), "from " + from);
    }
  }

  @Test
  void textsTakenInTurnEachGetTheirOwnRuns() {
    Random rnd = new Random(11);
    String a = mixed(9_000, rnd);
    String b = mixed(12_000, rnd);
    String shortText = "tel 555 1234, ext 9";
    for (int from = 0; from < 9_000; from += 37) {
      assertEquals(scanned(a, from), Scan.nextDigitRunStart(a, from));
      assertEquals(scanned(b, from), Scan.nextDigitRunStart(b, from));
      int f = from % shortText.length();
      assertEquals(scanned(shortText, f), Scan.nextDigitRunStart(shortText, f));
    }
  }

  @Test
  void aTextWithoutDigitsOrOnlyDigitsHasNoneOrOneRun() {
    String letters = "a".repeat(10_000);
    String digits = "7".repeat(10_000);
    assertEquals(-1, Scan.nextDigitRunStart(letters, 0));
    assertEquals(0, Scan.nextDigitRunStart(digits, 0));
    assertEquals(-1, Scan.nextDigitRunStart(digits, 1));
  }
}
