package dev.indexer.text;

/**
 * One piece of a document's text, embedded and stored as one point.
 *
 * @param text the chunk's own text, stored in the payload
 * @param headingPath the headings above it, such as "Install > Linux"; empty when there are none
 * @param embedText what the model embeds: the text, after the heading path when that is configured
 */
public record Chunk(int index, String text, String headingPath, String embedText) {

  public Chunk(int index, String text) {
    this(index, text, "", text);
  }

  /** Everything stored or embedded for the chunk: its point's identity is a hash of this. */
  public String identity() {
    return headingPath.isEmpty() ? embedText : headingPath + '\u0000' + embedText;
  }
}
