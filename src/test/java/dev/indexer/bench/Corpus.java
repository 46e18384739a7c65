package dev.indexer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic benchmark corpus: documents of roughly a given size in plain text, markdown and
 * HTML, with personal data sprinkled in (e-mail addresses, phone and card numbers) so that the PII
 * stage does real work.
 */
final class Corpus {

  record Doc(String id, String contentType, List<String> paragraphs) {
    String content() {
      return switch (contentType) {
        case "text/markdown" -> "# " + id + "\n\n" + String.join("\n\n", paragraphs);
        case "text/html" ->
            "<html><body><h1>"
                + id
                + "</h1>"
                + String.join("", paragraphs.stream().map(p -> "<p>" + p + "</p>").toList())
                + "</body></html>";
        default -> String.join("\n\n", paragraphs);
      };
    }

    /** The same document with paragraph {@code i} rewritten. */
    Doc edit(int i, Random random) {
      List<String> copy = new ArrayList<>(paragraphs);
      copy.set(i % copy.size(), paragraph(random));
      return new Doc(id, contentType, copy);
    }
  }

  private static final String[] WORDS =
      ("the a of to and in is for on that with as by this from at be are it or an was which "
              + "index search vector stream kafka qdrant document chunk model token embedding payload "
              + "filter tenant version manifest alias collection replica partition offset commit "
              + "broker schema event delete update create newest mirror exact point score cosine "
              + "cluster service request response latency throughput memory storage network policy "
              + "customer invoice contract report meeting project release feature incident review")
          .split(" ");

  private Corpus() {}

  /** {@code count} documents of about {@code bytes} bytes each, the same for the same seed. */
  static List<Doc> generate(int count, int bytes, long seed) {
    Random random = new Random(seed);
    List<Doc> docs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String type = i % 7 == 0 ? "text/markdown" : i % 7 == 1 ? "text/html" : "text/plain";
      List<String> paragraphs = new ArrayList<>();
      int size = 0;
      while (size < bytes) {
        String p = paragraph(random);
        paragraphs.add(p);
        size += p.length() + 2;
      }
      docs.add(new Doc("doc-" + i, type, paragraphs));
    }
    return docs;
  }

  static String paragraph(Random random) {
    StringBuilder b = new StringBuilder();
    int sentences = 3 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      int words = 8 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        if (w == words / 2 && random.nextInt(12) == 0) {
          b.append(' ').append(pii(random));
        }
        b.append(w == words - 1 ? ". " : " ");
      }
    }
    return b.toString().strip();
  }

  private static String pii(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> "user" + random.nextInt(10_000) + "@example.com";
      case 1 -> "+44 20 7946 " + (1000 + random.nextInt(9000));
      default -> "4111 1111 1111 1111";
    };
  }
}
