package dev.indexer.testkit;

import java.util.Random;

/** Random text of whole sentences over the project's own vocabulary, for end-to-end workloads. */
public final class Sentences {

  private static final String[] WORDS =
      ("index vector search stream kafka qdrant document chunk model token embed payload filter "
              + "tenant version manifest alias collection replica partition offset commit broker "
              + "schema event delete update create newest older mirror exact point score cosine")
          .split(" ");

  private Sentences() {}

  /** {@code sentences} sentences of 6 to 19 words. */
  public static String text(Random random, int sentences) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      int words = 6 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        b.append(w == words - 1 ? ". " : " ");
      }
    }
    return b.toString().strip();
  }
}
