package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;

/**
 * The nominatives a word in lower case may be a case form of, in the languages that decline given
 * names: Slavic in Latin and Cyrillic letters ("magdą", "milicom", "олесею", "андреем"), Baltic
 * ("andrim", "mindaugą"), Finnic ("villelle", "kadrit"), Hungarian ("zsófival"), Albanian
 * ("dritonin") and Icelandic ("einari"). Each rule takes an ending off and puts the nominative's
 * back; the caller asks its lists whether a result is a given name.
 */
final class CaseForms {

  private CaseForms() {}

  /** Pairs of a case ending and the nominative endings it may stand for, longest ending first. */
  private static final String[][] RULES = {
    // Hungarian, Finnic, Estonian: endings after the whole nominative
    {"nak", ""},
    {"nek", ""},
    {"val", ""},
    {"vel", ""},
    {"lle", ""},
    {"lla", ""},
    {"llä", ""},
    {"ga", ""},
    {"le", ""},
    {"t", ""},
    // Slavic in Latin letters
    {"ovi", "", "a", "o"},
    {"iem", ""},
    {"em", ""},
    {"om", "", "a", "o"},
    {"ou", "a"},
    {"ą", "a"},
    {"ę", "a"},
    {"y", "a"},
    {"u", "", "a", "o", "e", "s"},
    {"i", "", "a", "e", "is", "us"},
    {"e", "a"},
    {"a", "", "o", "s", "as"},
    // Baltic
    {"im", "is"},
    {"ui", "as", "us"},
    {"ai", "as"},
    {"es", "e"},
    // Albanian
    {"in", ""},
    {"ën", "a"},
    {"ës", "a"},
    // Slavic in Cyrillic letters
    {"ові", "", "а", "о"},
    {"ою", "а"},
    {"ею", "я"},
    {"ой", "а"},
    {"ей", "я", "а"},
    {"ом", "", "о"},
    {"ем", "й", "", "о"},
    {"ым", ""},
    {"им", ""},
    {"а", ""},
    {"я", "й", "ь"},
    {"у", "", "а"},
    {"ю", "я", "й"},
    {"е", "а", "я"},
    {"і", "а", "я", ""},
    {"и", "а", "я"},
    {"ы", "а"}
  };

  /**
   * Whether {@code lower} ends in a case ending that few words of other languages end in: two
   * letters or more ("-om", "-ею", "-nak"), or a Polish nasal vowel. A single vowel ("-a", "-u",
   * "-і") ends words of every language ("arada", "perlu", "дані").
   */
  static boolean distinctEnding(String lower) {
    for (String[] rule : RULES) {
      String ending = rule[0];
      if (lower.length() - ending.length() >= 3 && lower.endsWith(ending)) {
        return ending.length() >= 2 || ending.equals("ą") || ending.equals("ę");
      }
    }
    return false;
  }

  /**
   * The nominatives {@code lower} may be a case form of, stems of three letters or more; none for a
   * word of fewer than four letters.
   */
  static List<String> nominatives(String lower) {
    List<String> out = new ArrayList<>(4);
    if (lower.length() < 4) {
      return out;
    }
    for (String[] rule : RULES) {
      String ending = rule[0];
      int stem = lower.length() - ending.length();
      if (stem < 3 || !lower.endsWith(ending)) {
        continue;
      }
      for (int k = 1; k < rule.length; k++) {
        out.add(lower.substring(0, stem) + rule[k]);
      }
    }
    return out;
  }
}
