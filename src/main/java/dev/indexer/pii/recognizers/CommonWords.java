package dev.indexer.pii.recognizers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common English words: the whole words of BERT's uncased WordPiece vocabulary (the 30,522 tokens
 * that ship with langchain4j's embeddings), three letters or more. Frequent words are whole tokens
 * there ("report", "build", "server"); rare names are split into pieces ("olamide" is not one), so
 * a capitalised word that is not among them is more likely a name than a thing.
 */
final class CommonWords {

  private static final String VOCABULARY = "bert-vocabulary-en.txt";

  private static volatile Set<String> words;

  private CommonWords() {}

  /** Whether {@code word}, in any case, is a whole word of the vocabulary. */
  static boolean contains(String word) {
    return get().contains(word.toLowerCase(Locale.ROOT));
  }

  static Set<String> get() {
    Set<String> w = words;
    if (w == null) {
      synchronized (CommonWords.class) {
        w = words;
        if (w == null) {
          w = load();
          words = w;
        }
      }
    }
    return w;
  }

  private static Set<String> load() {
    Set<String> all = new HashSet<>();
    try (InputStream in = CommonWords.class.getClassLoader().getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        throw new IllegalStateException(VOCABULARY + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.length() >= 3 && line.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          all.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VOCABULARY, e);
    }
    return Set.copyOf(all);
  }
}
