package dev.indexer.text;

/**
 * One piece of a document's text, embedded and stored as one point.
 *
 * @param text the chunk's own text, stored in the payload
 * @param headingPath the headings above it, such as "Install > Linux"; empty when there are none
 * @param embedText what the model embeds: the text, after the heading path when that is configured
 * @param tokens the tokens of {@code embedText} as the chunker's token counter counts them, special
 *     tokens not included; -1 when not counted
 */
public record Chunk(int index, String text, String headingPath, String embedText, int tokens) {

  public Chunk(int index, String text) {
    this(index, text, "", text, -1);
  }

  /** Everything stored or embedded for the chunk: its point's identity is a hash of this. */
  public String identity() {
    return headingPath.isEmpty() ? embedText : headingPath + '\u0000' + embedText;
  }
}
