package dev.indexer.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Packs whole sentences into chunks measured in the model's own tokens. A chunk never exceeds the
 * model's limit (so the model never truncates it silently); a sentence longer than a chunk is
 * split at word boundaries, and a word longer than a chunk at character boundaries. The last
 * sentences of a chunk are repeated at the start of the next, up to {@code overlapTokens}.
 */
public final class TokenChunker implements Chunker {

  private final TokenCounter counter;
  private final int targetTokens;
  private final int overlapTokens;

  /**
   * @param modelMaxTokens the model's input limit, special tokens included
   * @param targetTokens the size to pack chunks up to, at most the limit less special tokens
   * @param overlapTokens tokens of trailing sentences repeated in the next chunk, below target
   */
  public TokenChunker(TokenCounter counter, int modelMaxTokens, int targetTokens, int overlapTokens) {
    int room = modelMaxTokens - counter.specialTokens();
    if (targetTokens < 1 || targetTokens > room) {
      throw new IllegalArgumentException(
          "chunk size "
              + targetTokens
              + " tokens must be between 1 and "
              + room
              + " (the model reads "
              + modelMaxTokens
              + " tokens including "
              + counter.specialTokens()
              + " special ones)");
    }
    if (overlapTokens < 0 || overlapTokens >= targetTokens) {
      throw new IllegalArgumentException(
          "overlap " + overlapTokens + " tokens must be at least 0 and below the chunk size " + targetTokens);
    }
    this.counter = counter;
    this.targetTokens = targetTokens;
    this.overlapTokens = overlapTokens;
  }

  @Override
  public List<Chunk> chunk(String text) {
    List<Chunk> chunks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return chunks;
    }
    List<Piece> pieces = new ArrayList<>();
    for (String sentence : sentences(text)) {
      split(sentence, pieces);
    }
    List<Piece> current = new ArrayList<>();
    int tokens = 0;
    for (Piece piece : pieces) {
      if (tokens + piece.tokens > targetTokens && !current.isEmpty()) {
        emit(chunks, current);
        current = overlap(current);
        tokens = current.stream().mapToInt(p -> p.tokens).sum();
        if (tokens + piece.tokens > targetTokens) {
          current.clear();
          tokens = 0;
        }
      }
      current.add(piece);
      tokens += piece.tokens;
    }
    if (!current.isEmpty()) {
      emit(chunks, current);
    }
    return chunks;
  }

  /** A sentence or part of one; {@code glued} continues a split word, joined without a space. */
  private record Piece(String text, int tokens, boolean glued) {
    Piece(String text, int tokens) {
      this(text, tokens, false);
    }
  }

  private void emit(List<Chunk> chunks, List<Piece> pieces) {
    StringBuilder joined = new StringBuilder();
    for (Piece p : pieces) {
      if (joined.length() > 0 && !p.glued) {
        joined.append(' ');
      }
      joined.append(p.text);
    }
    String text = joined.toString();
    // Token counts of pieces joined by a space add up for whitespace-pretokenising tokenizers;
    // check anyway, since the limit is a hard invariant.
    if (counter.count(text) > targetTokens && pieces.size() > 1) {
      List<Piece> head = new ArrayList<>(pieces.subList(0, pieces.size() / 2));
      List<Piece> tail = new ArrayList<>(pieces.subList(pieces.size() / 2, pieces.size()));
      emit(chunks, head);
      emit(chunks, tail);
      return;
    }
    chunks.add(new Chunk(chunks.size(), text));
  }

  private List<Piece> overlap(List<Piece> previous) {
    List<Piece> kept = new ArrayList<>();
    int tokens = 0;
    for (int i = previous.size() - 1; i >= 0; i--) {
      Piece p = previous.get(i);
      if (tokens + p.tokens > overlapTokens) {
        break;
      }
      kept.add(0, p);
      tokens += p.tokens;
    }
    return kept;
  }

  /** Adds the sentence as one piece, or as several when it exceeds the chunk size. */
  private void split(String sentence, List<Piece> out) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return;
    }
    int tokens = counter.count(s);
    if (tokens <= targetTokens) {
      out.add(new Piece(s, tokens));
      return;
    }
    StringBuilder current = new StringBuilder();
    int currentTokens = 0;
    for (String word : s.split("\\s+")) {
      int wordTokens = counter.count(word);
      if (wordTokens > targetTokens) {
        if (current.length() > 0) {
          out.add(new Piece(current.toString(), currentTokens));
          current.setLength(0);
          currentTokens = 0;
        }
        splitWord(word, out);
        continue;
      }
      if (currentTokens + wordTokens > targetTokens && current.length() > 0) {
        out.add(new Piece(current.toString(), currentTokens));
        current.setLength(0);
        currentTokens = 0;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
      currentTokens += wordTokens;
    }
    if (current.length() > 0) {
      out.add(new Piece(current.toString(), counter.count(current.toString())));
    }
  }

  /** Cuts a word that alone exceeds the chunk size into the longest prefixes that fit. */
  private void splitWord(String word, List<Piece> out) {
    int start = 0;
    while (start < word.length()) {
      int lo = start + 1;
      int hi = word.length();
      // Binary search for the longest prefix within the limit (token count grows with length).
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (counter.count(word.substring(start, mid)) <= targetTokens) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      int end = Character.isHighSurrogate(word.charAt(lo - 1)) && lo < word.length() && lo - 1 > start ? lo - 1 : lo;
      String part = word.substring(start, end);
      out.add(new Piece(part, counter.count(part), start > 0));
      start = end;
    }
  }

  private static List<String> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end);
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }
}
