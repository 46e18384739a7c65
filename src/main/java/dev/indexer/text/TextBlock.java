package dev.indexer.text;

/**
 * One block of a normalised document: a heading (with its level, 1 to 6), a paragraph or list item,
 * a line-oriented code block, or a table row rendered as "header: cell; ...".
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

  /** The same kind of block, at the same level, with other text (such as the text redacted). */
  public TextBlock withText(String text) {
    return new TextBlock(kind, level, text);
  }
}
