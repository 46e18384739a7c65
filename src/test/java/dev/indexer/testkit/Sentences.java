package dev.indexer.testkit;

import java.util.Random;

/** Random text of whole sentences over the project's own vocabulary, for end-to-end workloads. */
public final class Sentences {

  private static final String[] WORDS =
      ("index vector search stream kafka qdrant document chunk model token embed payload filter "
              + "tenant version manifest alias collection replica partition offset commit broker "
              + "schema event delete update create newest older mirror exact point score cosine")
          .split(" ");

  /** Another subject altogether (a kitchen), for workloads whose content changes. */
  public static final String[] KITCHEN =
      ("bread flour butter oven bake recipe onion garlic tomato soup stew pepper salt sugar "
              + "knife pan boil simmer roast dough yeast lemon basil cheese egg milk cream kettle "
              + "plate spoon dinner lunch breakfast apple pastry honey carrot potato")
          .split(" ");

  private Sentences() {}

  /** {@code sentences} sentences of 6 to 19 words. */
  public static String text(Random random, int sentences) {
    return text(random, sentences, WORDS);
  }

  /** {@code sentences} sentences of 6 to 19 words of {@code words}. */
  public static String text(Random random, int sentences, String[] words) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      int length = 6 + random.nextInt(14);
      for (int w = 0; w < length; w++) {
        String word = words[random.nextInt(words.length)];
        b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        b.append(w == length - 1 ? ". " : " ");
      }
    }
    return b.toString().strip();
  }
}
