package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names in the cases of Polish, Czech, Slovak, Finnish and Hungarian, where a name's ending changes
 * with its role in the sentence: "z Anną i Janem", "Liisalle", "Mikolla", "Virtaselle", "Péterrel",
 * "z Kowalczykiem". A capitalised word inside a sentence is a name when it ends in a case ending
 * and what is left, put back in the nominative by a few rules, is a word of a name found in the
 * text, or a listed given name where the ending is one that few nominatives have (not -a, -i, -y,
 * -u, -ou, -om or -n); a common English word never is ("Georgian").
 *
 * <p>The German plural in -n ("Rosen", "Linden") is no case ending: a Finnish genitive in -n is
 * read only after a stem that ends in a vowel other than e. A word beside another capitalised word
 * is left alone: "Škodu Octavii", "Jana Pawła II" name a car and a pope.
 */
final class DeclinedNames {

  /** The last letters of the case endings: a word that ends otherwise is read no further. */
  private static final String LAST_LETTERS = "aeinklzmuyąęěä";

  /** Case endings, longest first. */
  private static final String[] ENDINGS = {
    // Finnish
    "selle",
    "seltä",
    "sesta",
    "sestä",
    "sella",
    "sellä",
    "lle",
    "lla",
    "llä",
    "lta",
    "ltä",
    "sta",
    "stä",
    "ssa",
    "ssä",
    "ksi",
    "sen",
    // Hungarian
    "nak",
    "nek",
    "nál",
    "nél",
    "hoz",
    "hez",
    "höz",
    "tól",
    "től",
    "ról",
    "ről",
    "val",
    "vel",
    "rel",
    "ral",
    "lel",
    "lal",
    "mal",
    "mel",
    "nal",
    "nel",
    "sal",
    "sel",
    "tal",
    "tel",
    // Polish, Czech, Slovak
    "owi",
    "ovi",
    "iem",
    "em",
    "om",
    "ą",
    "ę",
    "ě",
    "ou",
    "u",
    "y",
    "i",
    "a",
    // Finnish genitive
    "n"
  };

  /**
   * The endings after which a listed given name, not only a name found in the text, is read as
   * declined: endings few nominatives of other languages have ("Tabelle", "Kittel" and "Viertel"
   * are German nouns, not "Tabea", "Kit" and "Viera" in a case).
   */
  private static final Set<String> LISTED_ENDINGS =
      Set.of(
          "owi", "ovi", "iem", "em", "ą", "ę", "ě", "nak", "nek", "nál", "nél", "hoz", "hez", "höz",
          "tól", "től", "ról", "ről", "val", "vel", "lta", "ltä", "sta", "stä", "ssa", "ssä",
          "ksi");

  private final NameLists names;

  DeclinedNames(NameLists names) {
    this.names = names;
  }

  void find(String text, int first, List<Finding> out) {
    BitSet covered = PersonRecognizer.persons(text, out, first, out.size());
    Set<String> found = new HashSet<>();
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      if (f.type() == PiiType.PERSON) {
        for (int i = f.start(); i < f.end(); ) {
          int we = NameWords.wordEnd(text, i, f.end());
          if (we - i >= 4 && Character.isUpperCase(text.charAt(i))) {
            found.add(text.substring(i, we));
          }
          i = Math.max(we, i + 1);
        }
      }
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isUpperCase(c) || (i > 0 && Scan.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int we = NameWords.wordEnd(text, i);
      if (we - i >= 4
          && LAST_LETTERS.indexOf(text.charAt(we - 1)) >= 0
          && !covered.get(i)
          && (we >= n || !Scan.isLetterOrDigit(text.charAt(we)))
          && NameWords.nameShaped(text, i, we)
          && !LaterMentions.sentenceStart(text, i)
          && alone(text, i, we)) {
        String w = text.substring(i, we);
        if (endsLikeACase(w, found.isEmpty())
            && !CommonWords.contains(w)
            && !names.isStopword(w)
            && !names.isFirst(w)
            && !names.isLast(w)
            && declined(w, found)) {
          out.add(new Finding(PiiType.PERSON, i, we, 0.6));
        }
      }
      i = Math.max(we, i + 1);
    }
  }

  /**
   * Whether {@code w} has a case ending at all (only those listed names take when no name was
   * found): most capitalised words have none, and cost no lookup then.
   */
  private static boolean endsLikeACase(String w, boolean listedOnly) {
    for (String ending : ENDINGS) {
      if (w.endsWith(ending)
          && (!listedOnly || LISTED_ENDINGS.contains(ending) || ending.startsWith("se"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} is a listed name or a word of {@code found} in a case. */
  private boolean declined(String w, Set<String> found) {
    for (String ending : ENDINGS) {
      if (w.length() - ending.length() < 3 || !w.endsWith(ending)) {
        continue;
      }
      String stem = w.substring(0, w.length() - ending.length());
      char last = stem.charAt(stem.length() - 1);
      if (ending.equals("n") && "aouiyäö".indexOf(last) < 0) {
        continue;
      }
      boolean listsToo = LISTED_ENDINGS.contains(ending);
      for (String base : nominatives(stem, ending)) {
        if (found.contains(base)
            || (listsToo && names.isFirst(base))
            || (base.endsWith("nen") && names.isListedLast(base))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nominatives a stem may come from, by the ending it had. */
  private static List<String> nominatives(String stem, String ending) {
    int n = stem.length();
    char last = stem.charAt(n - 1);
    if (ending.startsWith("se") || ending.equals("sen")) {
      return List.of(stem + "nen"); // Finnish -nen: "Virtaselle", "Virtasen"
    }
    if (ending.length() == 3 && ending.charAt(0) == last && ending.endsWith("l")) {
      return List.of(stem); // Hungarian -val/-vel after a consonant doubles it: "Péterrel"
    }
    String shortVowel = stem;
    if (last == 'á' || last == 'é') {
      shortVowel = stem.substring(0, n - 1) + (last == 'á' ? 'a' : 'e'); // "Katának"
    }
    String fleeting =
        n >= 3 && !isVowel(stem.charAt(n - 2)) && !isVowel(last)
            ? stem.substring(0, n - 1) + "e" + last // Polish "Bartka" -> "Bartek"
            : stem;
    String doubled =
        n >= 3 && isVowel(last) && !isVowel(stem.charAt(n - 2))
            ? stem.substring(0, n - 1) + stem.charAt(n - 2) + last // Finnish "Mikon" -> "Mikko"
            : stem;
    return List.of(stem, stem + "a", shortVowel, fleeting, doubled);
  }

  private static boolean isVowel(char c) {
    return "aeiouyáéíóúýäöüąęěů".indexOf(Character.toLowerCase(c)) >= 0;
  }

  /**
   * No capitalised word right before or after: "Škodu Octavii", "Jana Pawła II" and "Stena
   * Hollandica" are names of things, or of people a list would know in the nominative.
   */
  private static boolean alone(String text, int s, int e) {
    int n = text.length();
    if (e + 1 < n && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
      return false;
    }
    if (s >= 2 && text.charAt(s - 1) == ' ') {
      int ps = Scan.letterRunStart(text, s - 1);
      // A capitalised word that opens the sentence is any word: "Palaverissa Mikon kanssa".
      return ps == s - 1
          || !Character.isUpperCase(text.charAt(ps))
          || LaterMentions.sentenceStart(text, ps);
    }
    return true;
  }
}
