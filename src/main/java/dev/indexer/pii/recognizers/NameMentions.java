package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;

/**
 * Mentions built from a listed first name: {@code @Sarah}, {@code @first.last},
 * {@code @first_last}.
 */
final class NameMentions {

  private final NameLists names;

  NameMentions(NameLists names) {
    this.names = names;
  }

  /**
   * Mentions of the form {@code @first.last} or {@code @first_last} whose first part is a listed
   * first name: a person's handle built from their name. Other handles ({@code @channel},
   * {@code @ops-team}) stay.
   */
  void find(String text, List<Finding> out) {
    int n = text.length();
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at > 0 && (Context.isWordChar(text.charAt(at - 1)) || text.charAt(at - 1) == '.')) {
        continue; // an e-mail address or a package scope
      }
      int s = at + 1;
      if (s < n && Character.isUpperCase(text.charAt(s))) {
        // "@Sarah": a mention by a listed first name, not an address or a scope.
        int we = NameWords.wordEnd(text, s);
        if (we - s >= 2
            && we - s <= 20
            && !Context.wordCharAt(text, we)
            && !(we + 1 < n && text.charAt(we) == '.' && Character.isLetter(text.charAt(we + 1)))
            && names.isFirst(text.substring(s, we))) {
          out.add(new Finding(PiiType.PERSON, s, we, 0.7));
        }
        continue;
      }
      int i = s;
      while (i < n && i - s < 20 && Character.isLowerCase(text.charAt(i))) {
        i++;
      }
      if (i - s < 2 || i >= n || (text.charAt(i) != '.' && text.charAt(i) != '_')) {
        continue;
      }
      int ls = i + 1;
      int le = ls;
      while (le < n && le - ls < 24 && Character.isLowerCase(text.charAt(le))) {
        le++;
      }
      if (le - ls < 2
          || Context.wordCharAt(text, le)
          || (le + 1 < n && text.charAt(le) == '.' && Character.isLetter(text.charAt(le + 1)))) {
        continue; // "@anna.schmidt.dev", "@maria.b2": not a plain first.last
      }
      String first = Character.toUpperCase(text.charAt(s)) + text.substring(s + 1, i);
      if (names.isFirst(first)) {
        out.add(new Finding(PiiType.PERSON, s, le, 0.7));
      }
    }
  }
}
