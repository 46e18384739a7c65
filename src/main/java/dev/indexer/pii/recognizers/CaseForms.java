package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The nominatives a word in lower case may be a case form of, in the languages that decline given
 * names: Slavic in Latin and Cyrillic letters ("magdą", "milicom", "олесею", "андреем"), Baltic
 * ("andrim", "mindaugą"), Finnic ("villelle", "kadrit"), Hungarian ("zsófival"), Albanian
 * ("dritonin") and Icelandic ("einari"). Each rule takes an ending off and puts the nominative's
 * back; the caller asks its lists whether a result is a given name.
 */
final class CaseForms {

  private CaseForms() {}

  /** Pairs of a case ending and the nominative endings it may stand for. */
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
    {"ą", "a", "as"},
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
    {"єю", "я"},
    {"ї", "я"},
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
   * Prepositions of the languages that decline names, before which a name stands in a case ("z
   * magdą", "sa milicom", "з олесею", "pie kristīnes", "su mindaugu").
   */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "z", "ze", "s", "se", "sa", "so", "zo", "u", "k", "ke", "ku", "do", "od", "dla", "przy",
          "pri", "při", "kod", "za", "pro", "bez", "с", "со", "у", "к", "ко", "от", "до", "для",
          "про", "при", "без", "з", "зі", "із", "від", "од", "кај", "ar", "pie", "no", "par", "su",
          "pas", "prie", "iš", "me", "te", "nga", "për");

  /**
   * Words whose nominative is a given name but which are, in lower case, more often the noun or the
   * word: faith, hope, glory, love, rose, lily, novel, guelder rose, mother, father, dear, advice,
   * raspberry, dawn, violet, wine, another (Polish "inna"), grace, strawberry, spark, light, joy,
   * progress.
   */
  private static final Set<String> WORDS =
      Set.of(
          "вера",
          "надежда",
          "слава",
          "любовь",
          "лилия",
          "роза",
          "роман",
          "віра",
          "надія",
          "любов",
          "калина",
          "лілія",
          "ema",
          "isa",
          "mila",
          "rada",
          "malo",
          "jina",
          "jada",
          "vina",
          "sira",
          "vera",
          "nada",
          "zora",
          "ruža",
          "róża",
          "lilia",
          "malina",
          "violette",
          "maja",
          "inna",
          "nadzieja",
          "wiara",
          "gracja",
          "jagoda",
          "искра",
          "лада",
          "drita",
          "shpresa",
          "gëzim",
          "përparim");

  /** Whether {@code lower} ends in a letter that some case ending ends in. */
  static boolean mayBeACaseForm(String lower) {
    return lower.length() >= 4 && LAST_LETTERS.indexOf(lower.charAt(lower.length() - 1)) >= 0;
  }

  /** The last letters of the endings of {@link #RULES}. */
  private static final String LAST_LETTERS = lastLetters();

  private static String lastLetters() {
    StringBuilder b = new StringBuilder();
    for (String[] rule : RULES) {
      char c = rule[0].charAt(rule[0].length() - 1);
      if (b.indexOf(String.valueOf(c)) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code lower} ends in a case ending that few words of other languages end in: the
   * longest ending of {@link #RULES} it ends in is of two letters or more ("-om", "-ею", "-nak"),
   * or a Polish nasal vowel. A single vowel ("-a", "-u", "-і") ends words of every language
   * ("arada", "perlu", "дані").
   */
  static boolean distinctEnding(String lower) {
    String longest = "";
    for (String[] rule : RULES) {
      String ending = rule[0];
      if (ending.length() > longest.length()
          && lower.length() - ending.length() >= 3
          && lower.endsWith(ending)) {
        longest = ending;
      }
    }
    return longest.length() >= 2 || longest.equals("ą") || longest.equals("ę");
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
        String base = lower.substring(0, stem) + rule[k];
        if (!WORDS.contains(base)) {
          out.add(base);
        }
      }
    }
    return out;
  }
}
