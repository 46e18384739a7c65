package dev.indexer.pii.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.TextBlock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled corpus: PII marked inline as ⟦TYPE|value⟧, turned into text and gold spans. */
public final class LabelledCorpus {

  public record Span(PiiType type, int start, int end) {}

  public record Case(
      String id, String lang, String kind, boolean hardNegative, String text, List<Span> gold) {}

  private LabelledCorpus() {}

  public static List<Case> load() {
    return load("/pii/corpus.jsonl");
  }

  public static List<Case> load(String resource) {
    return load(resource, false);
  }

  /**
   * The cases of {@code resource} as the service reads them: each text normalised as plain text
   * (white space folded, columns parted by tabs, paragraphs as blocks), its blocks joined as the
   * redactor joins them (a blank line and a line of one control character before each), and the
   * labels where their values then lie.
   */
  public static List<Case> loadAsServed(String resource) {
    return load(resource, true);
  }

  private static final MarkupNormaliser NORMALISER = new MarkupNormaliser();

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The plain text as the service reads it: normalised, its blocks joined. */
  private static String served(String plain) {
    StringBuilder b = new StringBuilder();
    for (TextBlock block : NORMALISER.normalise(plain, "text/plain")) {
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append('\u0001').append('\n').append(block.text());
    }
    return b.toString();
  }

  /**
   * The labels of {@code plain} where their values lie in {@code served}: the normaliser only
   * folds, moves or drops white space and invisible characters, so every other character keeps its
   * order and each label runs from its first to its last such character. A label whose characters
   * cannot all be found in order is left out.
   */
  private static List<Span> mapped(String plain, List<Span> gold, String served) {
    int[] at = new int[plain.length()];
    int j = 0;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      at[i] = -1;
      if (space(c)) {
        continue;
      }
      int k = j;
      while (k < served.length()
          && served.charAt(k) != c
          && (space(served.charAt(k)) || served.charAt(k) == '\u0001')) {
        k++;
      }
      if (k < served.length() && served.charAt(k) == c) {
        at[i] = k;
        j = k + 1;
      } // else: a character the normaliser dropped
    }
    List<Span> out = new ArrayList<>();
    for (Span g : gold) {
      int s = -1;
      int e = -1;
      boolean whole = true;
      for (int i = g.start(); i < g.end(); i++) {
        if (at[i] >= 0) {
          s = s < 0 ? at[i] : s;
          e = at[i] + 1;
        } else if (!space(plain.charAt(i))) {
          whole = false;
        }
      }
      if (s >= 0 && whole) {
        out.add(new Span(g.type(), s, e));
      }
    }
    return out;
  }

  private static List<Case> load(String resource, boolean asServed) {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (InputStream in = LabelledCorpus.class.getResourceAsStream(resource)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        List<Span> gold = new ArrayList<>();
        String text = strip(n.get("text").asText(), gold);
        if (asServed) {
          String served = served(text);
          gold = mapped(text, gold, served);
          text = served;
        }
        cases.add(
            new Case(
                n.get("id").asText(),
                n.path("lang").asText(),
                n.path("kind").asText(),
                n.path("hard_negative").asBoolean(),
                text,
                gold));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static String strip(String marked, List<Span> gold) {
    StringBuilder b = new StringBuilder(marked.length());
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf('\u27e6', i);
      if (open < 0) {
        b.append(marked, i, marked.length());
        break;
      }
      b.append(marked, i, open);
      int bar = marked.indexOf('|', open);
      int close = marked.indexOf('\u27e7', bar);
      PiiType type = PiiType.valueOf(marked.substring(open + 1, bar));
      int start = b.length();
      b.append(marked, bar + 1, close);
      gold.add(new Span(type, start, b.length()));
      i = close + 1;
    }
    return b.toString();
  }
}
