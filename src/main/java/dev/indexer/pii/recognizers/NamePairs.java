package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Names joined by "and" in some language: what is joined to a name found is a name too ("Søren
 * Østergaard og Nanna", "Katarzyna Wójcik i Zdzisław"), and two listed given names joined are two
 * names ("Lorenzo e Giovanna"). A word after the "and" is taken when it is capitalised, not a
 * stopword and a listed name, or, after a name of two words or more and an "and" of a language that
 * capitalises no nouns nor firms' partners (not "und", "et", "y", "e"), no common English word; a
 * word before it only when it is a listed name. The first 500 names found in a text are read for
 * what is joined to them. Firms of two names ("Marks and Spencer") are left to the filter of
 * things.
 */
final class NamePairs {

  private static final Set<String> AND =
      Set.of(
          "and", "und", "e", "et", "y", "og", "och", "ja", "és", "i", "a", "en", "ve", "și", "и",
          "και", "oraz", "ir", "un", "ou", "or", "oder", "o");

  /** The most letters of a word in {@link #AND}. */
  private static final int LONGEST_AND = AND.stream().mapToInt(String::length).max().orElse(0);

  /** Words that join names in one language and mean "in", "to" or "the" in another. */
  private static final Set<String> AMBIGUOUS = Set.of("en", "a", "o", "ou", "i");

  /** Words for "and" after which a word no list knows may be a name. */
  private static final Set<String> ANY_WORD_AFTER =
      Set.of("and", "og", "och", "ja", "és", "oraz", "ve", "și", "и", "και", "ir", "un");

  /** At most this many words of a name after the "and". */
  private static final int MAX_WORDS = 3;

  private final NameLists names;

  NamePairs(NameLists names) {
    this.names = names;
  }

  /** Adds the names joined to those found in {@code out} from {@code first}, and listed pairs. */
  void find(String text, int first, List<Finding> out) {
    BitSet covered = PersonRecognizer.persons(text, out, first, out.size());
    // Each name added may be joined to the next: "Ana, Bruno i Celina".
    for (int k = first; k < out.size() && k < first + 500; k++) {
      Finding f = out.get(k);
      if (f.type() != PiiType.PERSON) {
        continue;
      }
      int after = andAfter(text, f.end());
      if (after > 0 && !covered.get(after)) {
        // A word no list knows only after a name of two words or more: "Søren Østergaard og Nanna".
        // German capitalises every noun and Romance firms their partners ("und Söhne", "et
        // Fils"): after those, only a listed name.
        boolean listedOnly =
            !ANY_WORD_AFTER.contains(wordBefore(text, after))
                || !hasSpace(text, f.start(), f.end());
        int end = nameAfter(text, after, listedOnly);
        if (end > after) {
          out.add(new Finding(PiiType.PERSON, after, end, 0.6));
          covered.set(after, end);
        }
      }
      int before = andBefore(text, f.start());
      if (before > 0 && !covered.get(before - 1)) {
        int start = Scan.letterRunStart(text, before);
        if (start < before && listed(text.substring(start, before)) && !covered.get(start)) {
          out.add(new Finding(PiiType.PERSON, start, before, 0.6));
          covered.set(start, before);
        }
      }
    }
    listedPairs(text, covered, out);
  }

  /** Two listed given names joined, neither a common English word: "Lorenzo e Giovanna". */
  private void listedPairs(String text, BitSet covered, List<Finding> out) {
    int n = text.length();
    // The space after the joining word, then the word back to the space before it.
    for (int ae = text.indexOf(' '); ae >= 0 && ae + 1 < n; ae = text.indexOf(' ', ae + 1)) {
      if (!Character.isUpperCase(text.charAt(ae + 1))) {
        continue;
      }
      int i = ae;
      while (i > 0 && ae - i <= LONGEST_AND && Scan.isLetter(text.charAt(i - 1))) {
        i--; // a longer word is none of AND: stop reading it
      }
      i--;
      if (i < 0
          || i + 1 == ae
          || ae - i - 1 > LONGEST_AND
          || text.charAt(i) != ' '
          || !AND.contains(text.substring(i + 1, ae))) {
        continue;
      }
      int le = i;
      int ls = Scan.letterRunStart(text, le);
      int rs = ae + 1;
      int re = NameWords.wordEnd(text, rs);
      if (ls < le
          && !covered.get(ls)
          && !covered.get(rs)
          && Character.isUpperCase(text.charAt(ls))
          && (ls == 0 || !Scan.isLetterOrDigit(text.charAt(ls - 1)))
          && !Scan.sentenceStart(text, ls)
          && plainGivenName(text, ls, le)
          && plainGivenName(text, rs, re)
          && (re >= n || !Scan.isLetterOrDigit(text.charAt(re)))) {
        out.add(new Finding(PiiType.PERSON, ls, le, 0.6));
        out.add(new Finding(PiiType.PERSON, rs, re, 0.6));
        covered.set(ls, le);
        covered.set(rs, re);
      }
    }
  }

  private boolean plainGivenName(String text, int s, int e) {
    String w = text.substring(s, e);
    return e > s + 1
        && NameWords.nameShaped(text, s, e)
        && names.isFirst(w)
        && !names.isAmbiguousFirst(w)
        && !CommonWords.contains(w);
  }

  private boolean listed(String w) {
    return w.length() >= 2
        && Character.isUpperCase(w.charAt(0))
        && !NamedAfter.SAINTS.contains(w)
        && (names.isFirst(w) || names.isListedLast(w))
        && !(names.isStopword(w) && !names.isAmbiguousFirst(w));
  }

  /** Where the word after "{@code , }and " at {@code e} starts, or -1. */
  private static int andAfter(String text, int e) {
    int n = text.length();
    int p = e;
    if (p < n && text.charAt(p) == ',') {
      p++;
    }
    if (p >= n || text.charAt(p) != ' ') {
      return -1;
    }
    int as = p + 1;
    int ae = as;
    while (ae < n && Scan.isLetter(text.charAt(ae))) {
      ae++;
    }
    if (ae == as || ae + 1 >= n || text.charAt(ae) != ' ') {
      return -1;
    }
    return AND.contains(text.substring(as, ae)) && Character.isUpperCase(text.charAt(ae + 1))
        ? ae + 1
        : -1;
  }

  /** Where the word before " and " that ends right before {@code s} ends, or -1. */
  private static int andBefore(String text, int s) {
    if (s < 4 || text.charAt(s - 1) != ' ') {
      return -1;
    }
    int as = Scan.letterRunStart(text, s - 1);
    if (as == s - 1 || as < 2 || text.charAt(as - 1) != ' ') {
      return -1;
    }
    return AND.contains(text.substring(as, s - 1)) && Scan.isLetter(text.charAt(as - 2))
        ? as - 1
        : -1;
  }

  private static boolean hasSpace(String text, int s, int e) {
    int space = text.indexOf(' ', s);
    return space >= 0 && space < e;
  }

  /** The word that ends one space before {@code s}. */
  private static String wordBefore(String text, int s) {
    return text.substring(Scan.letterRunStart(text, s - 1), s - 1);
  }

  /**
   * The end of the name of one to three capitalised words at {@code s}, or {@code s}; its first
   * word a listed name if {@code listedOnly}.
   */
  private int nameAfter(String text, int s, boolean listedOnly) {
    int n = text.length();
    int end = s;
    int p = s;
    for (int k = 0; k < MAX_WORDS && p < n && Character.isUpperCase(text.charAt(p)); k++) {
      int we = NameWords.wordEnd(text, p);
      String w = text.substring(p, we);
      boolean listed = names.isFirst(w) || names.isListedLast(w);
      if (we - p < 2
          || !NameWords.nameShaped(text, p, we)
          || (names.isStopword(w) && !names.isAmbiguousFirst(w))
          || (!listed && (CommonWords.contains(w) || (listedOnly && k == 0)))
          || NamedAfter.THINGS.contains(w)
          || NamedAfter.SAINTS.contains(w)) {
        break;
      }
      end = we;
      if (we + 1 >= n || text.charAt(we) != ' ') {
        break;
      }
      p = we + 1;
    }
    if (end < n && Scan.isLetterOrDigit(text.charAt(end))) {
      return s; // "Ana i Bruno2"
    }
    return end;
  }
}
