package dev.indexer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of a normalised document: a heading (with its level, 1 to 6), a paragraph or list item,
 * a line-oriented code block, or a table row rendered as "header: cell; ...".
 *
 * <p>The text of a block that is not code keeps the line breaks of its source, one for each run of
 * white space that holds one, with no space beside it: the recognizers of personal data read lines
 * (a chat speaker opens one, a closing ends one). Chunking reads the lines joined ({@link
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
   * The blocks with each line break of a block that is not code read as a space: as prose is
   * chunked, embedded and stored.
   */
  public static List<TextBlock> joinLines(List<TextBlock> blocks) {
    List<TextBlock> out = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      out.add(
          b.kind == Kind.CODE || b.text.indexOf('\n') < 0
              ? b
              : b.withText(b.text.replace('\n', ' ')));
    }
    return out;
  }

  /** The same kind of block, at the same level, with other text (such as the text redacted). */
  public TextBlock withText(String text) {
    return new TextBlock(kind, level, text);
  }
}
