package dev.indexer.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Packs whole sentences into chunks of at most {@code maxWords} words; a sentence longer than that
 * is split at word boundaries. Words are a conservative stand-in for model tokens (English text
 * averages about 1.3 tokens a word), so the default of 80 words stays under a 128-token model.
 */
public final class SentenceChunker implements Chunker {

  private final int maxWords;

  public SentenceChunker(int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be at least 1");
    }
    this.maxWords = maxWords;
  }

  @Override
  public List<Chunk> chunk(String text) {
    List<Chunk> chunks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return chunks;
    }
    List<String> current = new ArrayList<>();
    for (String sentence : sentences(text)) {
      String[] words = sentence.trim().split("\\s+");
      if (words.length == 0 || words[0].isEmpty()) {
        continue;
      }
      if (current.size() + words.length > maxWords && !current.isEmpty()) {
        flush(chunks, current);
      }
      for (String word : words) {
        if (current.size() == maxWords) {
          flush(chunks, current);
        }
        current.add(word);
      }
    }
    if (!current.isEmpty()) {
      flush(chunks, current);
    }
    return chunks;
  }

  private static void flush(List<Chunk> chunks, List<String> words) {
    chunks.add(new Chunk(chunks.size(), String.join(" ", words)));
    words.clear();
  }

  private static List<String> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      String s = text.substring(start, end);
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }
}
