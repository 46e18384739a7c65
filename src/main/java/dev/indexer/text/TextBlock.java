package dev.indexer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of a normalised document: a heading (with its level, 1 to 6), a paragraph or list item,
 * a line-oriented code block, or a table row rendered as "header: cell; ...".
 *
 * <p>The text of a block that is not code keeps the lines of its source: each run of white space is
 * one line break if it holds one, else one tab if it holds one, else one space. The recognizers of
 * personal data read lines and fields (a chat speaker opens a line, a closing ends one, tabs part
 * the fields of a row). Chunking, embedding and storage read each of them as one space ({@link
 * #joinLines}).
 */
public record TextBlock(Kind kind, int level, String text) {

  public enum Kind {
    HEADING,
    TEXT,
    CODE,
    TABLE_ROW
  }

  public static TextBlock heading(int level, String text) {
    return new TextBlock(Kind.HEADING, Math.max(1, Math.min(6, level)), text);
  }

  public static TextBlock text(String text) {
    return new TextBlock(Kind.TEXT, 0, text);
  }

  public static TextBlock code(String text) {
    return new TextBlock(Kind.CODE, 0, text);
  }

  public static TextBlock row(String text) {
    return new TextBlock(Kind.TABLE_ROW, 0, text);
  }

  /**
   * The blocks with each run of white space in a block that is not code read as one space: as prose
   * is chunked, embedded and stored.
   */
  public static List<TextBlock> joinLines(List<TextBlock> blocks) {
    List<TextBlock> out = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      out.add(b.kind == Kind.CODE ? b : b.withText(singleSpaced(b.text)));
    }
    return out;
  }

  /** {@code text} with each run of white space as one space; the same string when it has none. */
  static String singleSpaced(String text) {
    int n = text.length();
    int i = 0;
    while (i < n
        && (text.charAt(i) == ' ' ? singleSpace(text, i) : !isWhiteSpace(text.charAt(i)))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    boolean space = false;
    while (i < n) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isWhiteSpace(cp)) {
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** A space with no white space right after it. */
  private static boolean singleSpace(String text, int i) {
    return i + 1 == text.length() || !isWhiteSpace(text.charAt(i + 1));
  }

  /** Unicode White_Space, as {@code (?U)\s} matches it. */
  static boolean isWhiteSpace(int cp) {
    if (cp <= ' ') {
      return cp == ' ' || (cp >= '\t' && cp <= '\r');
    }
    return switch (Character.getType(cp)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> cp == 0x85;
    };
  }

  /** The same kind of block, at the same level, with other text (such as the text redacted). */
  public TextBlock withText(String text) {
    return new TextBlock(kind, level, text);
  }
}
