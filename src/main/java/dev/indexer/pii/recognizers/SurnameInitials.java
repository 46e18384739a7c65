package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;

/**
 * A surname with the initials of the given names after it, as rosters, rotas and minutes write
 * them: "Ахмедов Р.", "Никитина В. И.", "Marchetti R.". The surname is a listed one (no common
 * word) or ends like one, in Latin or Cyrillic letters; the initials are capitals with a dot, and
 * no capitalised word follows them (then they open the next name). A person found as the surname
 * alone takes its initials.
 */
final class SurnameInitials {

  /** Endings of Russian, Ukrainian, Belarusian and Bulgarian surnames. */
  private static final String[] CYRILLIC_ENDINGS = {
    "ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "цкий", "цкая",
    "енко", "ук", "юк", "ян", "швили", "дзе", "ич"
  };

  /** How close the next surname with initials of a roster stands. */
  private static final int NEAR = 20;

  private SurnameInitials() {}

  static void find(String text, int first, List<Finding> out, NameLists names) {
    if (text.indexOf('.') < 0) {
      return;
    }
    java.util.BitSet covered = PersonRecognizer.persons(text, out, first, out.size());
    // Surnames that only end like one count beside another surname with initials, as a roster
    // lists them, not alone ("Витамин С.", "Lesson B.").
    List<int[]> found = new java.util.ArrayList<>();
    int n = text.length();
    for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      int initial = dot - 1;
      if (!Character.isUpperCase(text.charAt(initial)) || text.charAt(initial - 1) != ' ') {
        continue;
      }
      int we = initial - 1; // the surname's end
      int ws = we;
      while (ws > 0 && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '-')) {
        ws--;
      }
      if (we - ws < 2
          || ws > 0
              && (Character.isLetterOrDigit(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.')
          || !NameWords.nameShaped(text, ws, we)) {
        continue;
      }
      Kind kind = surname(text.substring(ws, we), names);
      if (kind == Kind.NONE) {
        continue;
      }
      int end = dot + 1;
      // a second initial: "Никитина В. И."
      if (end + 2 < n
          && text.charAt(end) == ' '
          && Character.isUpperCase(text.charAt(end + 1))
          && text.charAt(end + 2) == '.') {
        end += 3;
      }
      if (end < n && Character.isLetterOrDigit(text.charAt(end))
          || end + 1 < n
              && text.charAt(end) == ' '
              && Character.isUpperCase(text.charAt(end + 1))) {
        continue; // "Marchetti R.Costa", or the initials of the next name: "Anna K. Smith"
      }
      found.add(new int[] {ws, we, end, kind.ordinal()});
      dot = end - 1;
    }
    for (int k = 0; k < found.size(); k++) {
      int[] c = found.get(k);
      boolean listed = c[3] == Kind.LISTED.ordinal();
      boolean beside =
          k > 0 && c[0] - found.get(k - 1)[2] <= NEAR
              || k + 1 < found.size() && found.get(k + 1)[0] - c[2] <= NEAR;
      if (listed || beside) {
        add(text, c[0], c[1], c[2], covered, out);
      }
    }
  }

  /** Reports [s, end), or stretches the person found as the surname [s, we) to it. */
  private static void add(
      String text, int s, int we, int end, java.util.BitSet covered, List<Finding> out) {
    if (covered.get(s)) {
      for (int k = 0; k < out.size(); k++) {
        Finding f = out.get(k);
        if (f.type() == PiiType.PERSON && f.start() <= s && f.end() == we) {
          out.set(k, new Finding(PiiType.PERSON, f.start(), end, f.score()));
        }
      }
      return;
    }
    if (covered.nextSetBit(s) < 0 || covered.nextSetBit(s) >= end) {
      out.add(new Finding(PiiType.PERSON, s, end, 0.6));
    }
  }

  /** How a word is a surname: listed, only shaped like one, or not. */
  private enum Kind {
    LISTED,
    SHAPED,
    NONE
  }

  private static Kind surname(String w, NameLists names) {
    if (names.isLast(w)) {
      return Kind.LISTED;
    }
    if (NameWords.surnameShaped(w)) {
      return names.isStopword(w) ? Kind.NONE : Kind.SHAPED;
    }
    if (w.length() >= 4
        && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.CYRILLIC) {
      for (String ending : CYRILLIC_ENDINGS) {
        if (w.endsWith(ending)) {
          return Kind.SHAPED;
        }
      }
    }
    return Kind.NONE;
  }
}
