package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;

/**
 * The person a code comment assigns a task to: "TODO(Amara): move to vault", "FIXME(Jan Novák)". A
 * capitalised name is a person's; a handle in lower case ("TODO(jdoe)") is an account's, as a
 * chat's handles are.
 */
final class CodeAuthors {

  private static final String[] MARKERS = {"TODO(", "FIXME(", "HACK(", "XXX("};

  private CodeAuthors() {}

  static void find(String text, List<Finding> out) {
    for (String marker : MARKERS) {
      for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
        int s = at + marker.length();
        int close = TableColumns.indexIn(text, ')', s, Math.min(text.length(), s + 41));
        if (close > s && capitalisedWords(text, s, close) && listedFirst(text, s, close)) {
          out.add(new Finding(PiiType.PERSON, s, close, 0.7));
        }
      }
    }
  }

  /** The first word a listed given name: not "TODO(API)", "FIXME(Security)", "TODO(Refactor)". */
  private static boolean listedFirst(String text, int s, int close) {
    int e = NameWords.wordEnd(text, s, close);
    String w = text.substring(s, e);
    NameLists names = NameLists.get();
    return names.isFirst(w) && !names.isStopword(w) && !CommonWords.contains(w);
  }

  /** One to three words, each opening with a capital and holding letters only. */
  private static boolean capitalisedWords(String text, int s, int e) {
    int words = 0;
    int i = s;
    while (i < e) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
      int we = NameWords.wordEnd(text, i, e);
      if (we - i < 2 || ++words > 3) {
        return false;
      }
      if (we < e && text.charAt(we) != ' ') {
        return false;
      }
      i = we + 1;
    }
    return words > 0;
  }
}
