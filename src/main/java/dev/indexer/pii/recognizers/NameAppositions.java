package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;

/**
 * A name followed by what only follows a person, the way news and reports write it: the person's
 * age in apposition ("Wanjohi Kiprotich, 64, said", "Tevita Fifita (47) wurde", "Iolanda Sequeira
 * da Mota, 81, caiu"), or a relative clause with "who" or "whose" ("Fionnuala Breathnach, whose
 * father..."). The name is two to five capitalised words (particles between them), or one the lists
 * know. The age is a number from 1 to 110 between commas or in parentheses with a word in lower
 * case after it, as a verb or a conjunction; scores and addresses ("Rotes Kreuz, 24, Hauptstraße")
 * have a capital or a number there.
 */
final class NameAppositions {

  private static final int MAX_WORDS = 5;

  private final NameLists names;

  NameAppositions(NameLists names) {
    this.names = names;
  }

  void find(String text, List<Finding> out) {
    for (int c = text.indexOf(", "); c >= 0; c = text.indexOf(", ", c + 1)) {
      int after = ageThen(text, c + 2, ',');
      if (after > 0 && lowerCaseWordAt(text, after)) {
        add(text, c, out);
      }
    }
    for (int w = text.indexOf(" who"); w >= 0; w = text.indexOf(" who", w + 1)) {
      int we = w + 4;
      if (we < text.length() && text.charAt(we) == 's' && text.startsWith("e", we + 1)) {
        we += 2; // "whose"
      }
      if (we < text.length() && text.charAt(we) == ' ') {
        add(text, w > 0 && text.charAt(w - 1) == ',' ? w - 1 : w, out);
      }
    }
    for (int c = text.indexOf(" ("); c >= 0; c = text.indexOf(" (", c + 1)) {
      int after = ageThen(text, c + 2, ')');
      if (after > 0) {
        int next = after < text.length() && text.charAt(after) == ',' ? after + 1 : after;
        if (lowerCaseWordAt(text, next)) {
          add(text, c, out);
        }
      }
    }
  }

  /** After an age of 1 to 110 at {@code p} closed by {@code close}, or -1. */
  private static int ageThen(String text, int p, char close) {
    int digits = Scan.digitsAt(text, p);
    if (digits < 1 || digits > 3 || p + digits >= text.length()) {
      return -1;
    }
    int age = Integer.parseInt(text, p, p + digits, 10);
    return age >= 1 && age <= 110 && text.charAt(p + digits) == close ? p + digits + 1 : -1;
  }

  private static boolean lowerCaseWordAt(String text, int p) {
    int i = p;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > p && i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  /** The name that ends at {@code end}, read backwards word by word. */
  private void add(String text, int end, List<Finding> out) {
    int start = -1;
    int capitalised = 0;
    String only = null;
    int e = end;
    for (int k = 0; k < MAX_WORDS + 2; k++) {
      int s = e;
      while (s > 0 && isNameChar(text.charAt(s - 1))) {
        s--;
      }
      if (s == e || e - s > 24 || !Character.isLetter(text.charAt(s))) {
        break;
      }
      String w = text.substring(s, e);
      if (Character.isUpperCase(w.charAt(0))) {
        if (!NameWords.nameShaped(text, s, e)
            || (names.isStopword(w) && !names.isAmbiguousFirst(w))
            || (CommonWords.contains(w) && !names.isFirst(w) && !names.isLast(w))) {
          break;
        }
        capitalised++;
        only = w;
        start = s;
      } else if (!NameWords.PARTICLES.contains(w)) {
        break;
      }
      if (capitalised == MAX_WORDS || s == 0 || text.charAt(s - 1) != ' ') {
        break;
      }
      e = s - 1;
    }
    if (start < 0) {
      return;
    }
    boolean known = capitalised == 1 && (names.isFirst(only) || names.isListedLast(only));
    if ((capitalised >= 2 || known) && !found(out, start, end)) {
      out.add(new Finding(PiiType.PERSON, start, end, 0.7));
    }
  }

  private static boolean found(List<Finding> out, int start, int end) {
    // The passes before this one report in text order: a name found here was found among the last.
    for (int k = out.size() - 1; k >= Math.max(0, out.size() - 256); k--) {
      Finding f = out.get(k);
      if (f.type() == PiiType.PERSON && f.start() <= start && f.end() >= end) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
  }
}
