package dev.indexer.text;

import dev.indexer.embed.TokenCounter;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a document's {@link TextBlock}s into chunks measured in the model's own tokens.
 *
 * <ul>
 *   <li>No chunk, heading context included, exceeds the model's limit: the model never truncates.
 *   <li>Chunks pack whole sentences (the JDK's rule-based sentence iterator, which knows the
 *       terminators of Latin, Greek, Cyrillic, CJK and Devanagari text); a sentence longer than a
 *       chunk is cut at words, and a word longer than a chunk at code points.
 *   <li>A heading always starts a chunk, so a chunk belongs to one section and carries its heading
 *       path; a heading stays with the first sentence after it when both fit.
 *   <li>Overlap repeats trailing sentences only where a cut falls inside a block: a new paragraph
 *       starts clean.
 *   <li>Edits stay local: besides cuts forced by size, a chunk also ends before a paragraph whose
 *       first sentence hashes to an anchor (about every other one). Those cuts depend on content,
 *       not on position, so the paragraphs between two anchors are packed on their own and an edit
 *       changes only their chunks instead of shifting every chunk after it (a one-paragraph edit of
 *       a 20-chunk document: 1.3 chunks on average, at most 3, in {@code EditLocalityTest}).
 *   <li>Payloads stay small: a chunk's text and its heading path are also at most {@link
 *       #MAX_CHARS_PER_TOKEN} characters per token of the chunk size (2,016 for all-MiniLM-L6-v2).
 *       WordPiece counts any word over 100 characters as one [UNK] token, so without this bound a 5
 *       MB word would be one chunk of one token; it is cut into pieces of that many characters.
 *       Ordinary prose has 4 to 6 characters per token and never meets the bound.
 * </ul>
 */
public final class TokenChunker implements Chunker {

  static final String PATH_SEPARATOR = " > ";

  /** Characters of chunk text allowed per token of the chunk size. */
  public static final int MAX_CHARS_PER_TOKEN = 16;

  private final TokenCounter counter;
  private final int targetTokens;
  private final int maxChars;
  private final int overlapTokens;
  private final boolean headingContext;

  public TokenChunker(
      TokenCounter counter, int modelMaxTokens, int targetTokens, int overlapTokens) {
    this(counter, modelMaxTokens, targetTokens, overlapTokens, true);
  }

  /**
   * @param modelMaxTokens the model's input limit, special tokens included
   * @param targetTokens the size to pack chunks up to, at most the limit less special tokens
   * @param overlapTokens tokens of trailing sentences repeated in the next chunk, below target
   * @param headingContext whether the embedded text starts with the chunk's heading path
   */
  public TokenChunker(
      TokenCounter counter,
      int modelMaxTokens,
      int targetTokens,
      int overlapTokens,
      boolean headingContext) {
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
          "overlap "
              + overlapTokens
              + " tokens must be at least 0 and below the chunk size "
              + targetTokens);
    }
    this.counter = counter;
    this.targetTokens = targetTokens;
    this.maxChars = targetTokens * MAX_CHARS_PER_TOKEN;
    this.overlapTokens = overlapTokens;
    this.headingContext = headingContext;
  }

  /** The most characters of text in one chunk, and in one heading path. */
  public int maxChars() {
    return maxChars;
  }

  @Override
  public String settings() {
    return "tokens=" + targetTokens + ",overlap=" + overlapTokens + ",headings=" + headingContext;
  }

  @Override
  public List<Chunk> chunk(List<TextBlock> blocks) {
    List<Chunk> chunks = new ArrayList<>();
    if (blocks == null || blocks.isEmpty()) {
      return chunks;
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    String[] headings = new String[6];
    List<TextBlock> section = new ArrayList<>();
    for (TextBlock block : blocks) {
      if (block.text().isBlank()) {
        continue; // nothing to read, and no heading to carry
      }
      if (block.kind() == TextBlock.Kind.HEADING) {
        pack(section, headings, sentences, chunks);
        section.clear();
        headings[block.level() - 1] = block.text();
        for (int i = block.level(); i < headings.length; i++) {
          headings[i] = null;
        }
      }
      section.add(block);
    }
    pack(section, headings, sentences, chunks);
    return chunks;
  }

  /** A sentence or part of one, and how it joins the piece before it. */
  private record Piece(
      String text, int tokens, String separator, boolean blockStart, boolean heading) {}

  private void pack(
      List<TextBlock> section, String[] headings, BreakIterator it, List<Chunk> chunks) {
    if (section.isEmpty()) {
      return;
    }
    boolean opensWithHeading = section.get(0).kind() == TextBlock.Kind.HEADING;
    String path = capped(path(headings, opensWithHeading ? section.get(0).level() : 6));
    String parent = opensWithHeading ? capped(path(headings, section.get(0).level() - 1)) : path;
    // The heading path costs tokens of every chunk it precedes; beyond a quarter of the chunk it
    // stays in the payload only.
    int pathTokens = headingContext && !path.isEmpty() ? counter.count(path + "\n") : 0;
    boolean withContext = pathTokens > 0 && pathTokens <= targetTokens / 4;
    int budget = withContext ? targetTokens - pathTokens : targetTokens;
    String parentContext = withContext ? parent : "";
    Section s =
        new Section(
            path,
            withContext ? path : "",
            withContext ? pathTokens : 0,
            parentContext,
            parentContext.isEmpty() ? 0 : counter.count(parentContext));

    List<Piece> pieces = new ArrayList<>();
    for (TextBlock block : section) {
      boolean first = true;
      for (String unit : units(block, it)) {
        String separator = first ? "\n" : block.kind() == TextBlock.Kind.CODE ? "\n" : " ";
        first &=
            !split(unit, budget, separator, first, block.kind() == TextBlock.Kind.HEADING, pieces);
      }
    }
    List<Piece> current = new ArrayList<>();
    int tokens = 0;
    int chars = 0; // of the pieces and one separator each: at least their joined length
    for (Piece piece : pieces) {
      boolean headingOnly = !current.isEmpty() && current.stream().allMatch(Piece::heading);
      boolean anchorCut = piece.blockStart && !headingOnly && anchor(piece.text);
      int pieceChars = piece.text.length() + 1;
      if (!current.isEmpty()
          && (tokens + piece.tokens > budget || chars + pieceChars > maxChars + 1 || anchorCut)) {
        emit(current, s, chunks);
        current = piece.blockStart ? new ArrayList<>() : overlap(current);
        tokens = current.stream().mapToInt(Piece::tokens).sum();
        chars = current.stream().mapToInt(p -> p.text.length() + 1).sum();
        if (tokens + piece.tokens > budget || chars + pieceChars > maxChars + 1) {
          current.clear();
          tokens = 0;
          chars = 0;
        }
      }
      current.add(piece);
      tokens += piece.tokens;
      chars += pieceChars;
    }
    if (!current.isEmpty()) {
      emit(current, s, chunks);
    }
  }

  /** The heading path to a section; context and the parent's context, empty when not embedded. */
  private record Section(
      String path,
      String context,
      int contextTokens,
      String parentContext,
      int parentContextTokens) {}

  private static String path(String[] headings, int levels) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      if (headings[i] != null) {
        if (out.length() > 0) {
          out.append(PATH_SEPARATOR);
        }
        out.append(headings[i]);
      }
    }
    return out.toString();
  }

  /** At most {@link #maxChars} characters, not ending inside a surrogate pair. */
  private String capped(String path) {
    if (path.length() <= maxChars) {
      return path;
    }
    int end = Character.isLowSurrogate(path.charAt(maxChars)) ? maxChars - 1 : maxChars;
    return path.substring(0, end);
  }

  /** Content-defined cut points: about every other paragraph, decided by its own text alone. */
  private static boolean anchor(String text) {
    return (text.hashCode() * 0x9E3779B9) >= 0;
  }

  private void emit(List<Piece> pieces, Section section, List<Chunk> chunks) {
    StringBuilder joined = new StringBuilder();
    int sum = 0;
    boolean whitespaceJoined = true;
    for (Piece p : pieces) {
      if (joined.length() > 0) {
        joined.append(p.separator);
        whitespaceJoined &= !p.separator.isEmpty();
      }
      joined.append(p.text);
      sum += p.tokens;
    }
    String text = joined.toString();
    boolean parent = pieces.get(0).heading;
    String context = parent ? section.parentContext : section.context;
    String embedText = context.isEmpty() ? text : context + "\n" + text;
    // The limit is a hard invariant: the pieces' counts add up only for a tokenizer that splits at
    // white space first, and only where pieces are joined by white space; otherwise count again.
    int tokens =
        whitespaceJoined && counter.additiveAtWhitespace()
            ? sum + (parent ? section.parentContextTokens : section.contextTokens)
            : counter.count(embedText);
    if (tokens > targetTokens || text.length() > maxChars) {
      if (pieces.size() > 1) {
        emit(new ArrayList<>(pieces.subList(0, pieces.size() / 2)), section, chunks);
        emit(new ArrayList<>(pieces.subList(pieces.size() / 2, pieces.size())), section, chunks);
        return;
      }
      embedText = text; // a single piece fits alone by construction, in tokens and characters
      tokens = pieces.get(0).tokens;
    }
    chunks.add(new Chunk(chunks.size(), text, section.path, embedText, tokens));
  }

  private List<Piece> overlap(List<Piece> previous) {
    List<Piece> kept = new ArrayList<>();
    int tokens = 0;
    for (int i = previous.size() - 1; i >= 0 && !previous.get(i).heading; i--) {
      Piece p = previous.get(i);
      if (tokens + p.tokens > overlapTokens) {
        break;
      }
      kept.add(0, p);
      tokens += p.tokens;
      if (p.blockStart) {
        break; // overlap stays within the block that was cut
      }
    }
    return kept;
  }

  /** Sentences of prose, lines of code, a table row or heading whole. */
  private static List<String> units(TextBlock block, BreakIterator it) {
    List<String> out = new ArrayList<>();
    switch (block.kind()) {
      case CODE -> {
        for (String line : block.text().split("\n")) {
          if (!line.isBlank()) {
            out.add(line.stripTrailing());
          }
        }
      }
      case TEXT -> {
        String text = block.text();
        it.setText(text);
        for (int start = it.first(), end = it.next();
            end != BreakIterator.DONE;
            start = end, end = it.next()) {
          String s = text.substring(start, end).strip();
          if (!s.isEmpty()) {
            out.add(s);
          }
        }
      }
      default -> out.add(block.text());
    }
    return out;
  }

  /**
   * Adds the unit as one piece, or as several when it exceeds the budget; returns whether it added
   * any.
   */
  private boolean split(
      String unit,
      int budget,
      String separator,
      boolean blockStart,
      boolean heading,
      List<Piece> out) {
    String s = unit.strip();
    if (s.isEmpty()) {
      return false;
    }
    int tokens = counter.count(s);
    if (tokens <= budget && s.length() <= maxChars) {
      out.add(new Piece(s, tokens, separator, blockStart, heading));
      return true;
    }
    StringBuilder current = new StringBuilder();
    int currentTokens = 0;
    for (String word : s.split("(?U)\\s+")) {
      int wordTokens = counter.count(word);
      boolean fits =
          currentTokens + wordTokens <= budget && current.length() + 1 + word.length() <= maxChars;
      if (!fits && current.length() > 0) {
        blockStart = add(current, separator, blockStart, heading, out);
        separator = " ";
        currentTokens = 0;
      }
      if (wordTokens > budget || word.length() > maxChars) {
        splitWord(word, budget, separator, blockStart, heading, out);
        blockStart = false;
        separator = " ";
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
      currentTokens += wordTokens;
    }
    if (current.length() > 0) {
      add(current, separator, blockStart, heading, out);
    }
    return true;
  }

  private boolean add(
      StringBuilder words, String separator, boolean blockStart, boolean heading, List<Piece> out) {
    String text = words.toString();
    int tokens = counter.count(text);
    words.setLength(0);
    out.add(new Piece(text, tokens, separator, blockStart, heading));
    return false;
  }

  /**
   * Cuts a word that alone exceeds the budget or the character bound into the longest prefixes that
   * fit both.
   */
  private void splitWord(
      String word,
      int budget,
      String separator,
      boolean blockStart,
      boolean heading,
      List<Piece> out) {
    int start = 0;
    while (start < word.length()) {
      int lo = word.offsetByCodePoints(start, 1);
      int hi = Math.min(word.length(), start + maxChars);
      if (hi < word.length() && Character.isLowSurrogate(word.charAt(hi)) && hi - 1 >= lo) {
        hi--;
      }
      if (counter.count(word.substring(start, hi)) <= budget) {
        lo = hi; // the usual case for a word WordPiece cannot read: the whole bound is one [UNK]
      }
      // Binary search for the longest prefix within the budget, on code point boundaries.
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (Character.isLowSurrogate(word.charAt(mid - 1)) && mid < hi) {
          mid++;
        }
        if (mid < word.length() && Character.isLowSurrogate(word.charAt(mid))) {
          mid--;
        }
        if (mid <= lo) {
          break;
        }
        if (counter.count(word.substring(start, mid)) <= budget) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      int end = lo;
      // Keep combining marks with their base character.
      while (end < word.length() && end - 1 > start && isMark(word.codePointAt(end))) {
        end = word.offsetByCodePoints(end, -1);
      }
      String part = word.substring(start, end);
      out.add(
          new Piece(
              part,
              counter.count(part),
              start == 0 ? separator : "",
              blockStart && start == 0,
              heading));
      start = end;
    }
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
