package dev.indexer.text;

import java.util.Random;

/** Random but reproducible markdown documents for chunking tests and the benchmark. */
public final class Documents {

  private static final String[] WORDS =
      ("the a vector database stores points with payloads and an index for fast search over embeddings "
              + "kafka streams consume change events from topics while qdrant keeps collections in shards "
              + "every chunk is measured in tokens of the model so nothing is truncated silently by the encoder "
              + "operators deploy replicas on kubernetes with helm charts and watch metrics for latency errors "
              + "install configure upgrade restore backup snapshot alias collection tenant filter payload")
          .split(" ");

  private Documents() {}

  public static String sentence(Random r) {
    StringBuilder s = new StringBuilder();
    int n = 6 + r.nextInt(14);
    for (int i = 0; i < n; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
    }
    return s.append('.').toString();
  }

  public static String paragraph(Random r) {
    StringBuilder p = new StringBuilder();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      p.append(i == 0 ? "" : " ").append(sentence(r));
    }
    return p.toString();
  }

  /** A markdown document of {@code sections} sections with headings two levels deep. */
  public static String markdown(Random r, int sections) {
    StringBuilder md = new StringBuilder("# Guide ").append(r.nextInt(1000)).append("\n\n");
    for (int s = 0; s < sections; s++) {
      md.append(s % 3 == 0 ? "## " : "### ")
          .append("Part ")
          .append(s)
          .append(' ')
          .append(WORDS[r.nextInt(WORDS.length)])
          .append("\n\n");
      int paragraphs = 2 + r.nextInt(4);
      for (int p = 0; p < paragraphs; p++) {
        switch (r.nextInt(8)) {
          case 0 ->
              md.append("- ")
                  .append(sentence(r))
                  .append("\n- **")
                  .append(sentence(r))
                  .append("**\n\n");
          case 1 ->
              md.append("| Key | Value |\n|---|---|\n| ")
                  .append(WORDS[r.nextInt(WORDS.length)])
                  .append(" | ")
                  .append(sentence(r))
                  .append(" |\n\n");
          case 2 ->
              md.append("```\n").append("run --flag ").append(r.nextInt(99)).append("\n```\n\n");
          default ->
              md.append(paragraph(r))
                  .append(" See [the docs](http://example.com/")
                  .append(p)
                  .append(").\n\n");
        }
      }
    }
    return md.toString();
  }
}
