package dev.indexer.pii;

import dev.indexer.text.TextBlock;
import java.util.List;

/**
 * The blocks of one document as the one text the recognizers read, and where each block lies in it.
 * Reading the blocks together lets the cues of one block reach the next: a "Date of birth" heading
 * makes the date in the paragraph under it a birth date.
 *
 * <p>Each block is preceded by a blank line and a line of one control character, which the
 * normaliser removes from all content, so it never occurs inside a block. The recognizers read that
 * character as neither a letter, a digit, punctuation nor white space, so no finding joins the end
 * of one block to the start of the next as one word; and each block's first line starts a line, as
 * the rules that read lines (a chat speaker, a form label) expect.
 */
final class BlockText {

  private static final String SEPARATOR = "\n\n";
  private static final char BLOCK_START = '\u0001';

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private BlockText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  static BlockText join(List<TextBlock> blocks) {
    StringBuilder out = new StringBuilder();
    int[] starts = new int[blocks.size()];
    int[] ends = new int[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      if (i > 0) {
        out.append(SEPARATOR);
      }
      out.append(BLOCK_START).append('\n');
      starts[i] = out.length();
      out.append(blocks.get(i).text());
      ends[i] = out.length();
    }
    return new BlockText(out.toString(), starts, ends);
  }

  String text() {
    return text;
  }

  /** Where block {@code i}'s text starts in {@link #text()}. */
  int start(int i) {
    return starts[i];
  }

  /** Where block {@code i}'s text ends in {@link #text()}, exclusive. */
  int end(int i) {
    return ends[i];
  }
}
