package dev.indexer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalised text with its block structure carried in-band, so it passes unchanged in shape
 * through string-to-string stages such as PII redaction. Each block starts with one marker
 * character (U+0001 to U+0006 for a heading of that level, U+0010 text, U+0011 code, U+0012
 * table row) and blocks are separated by a blank line. The normaliser strips every control
 * character from content, so a marker can only come from here; text without markers decodes as
 * plain paragraphs.
 */
public final class StructuredText {

  private static final char TEXT = '\u0010';
  private static final char CODE = '\u0011';
  private static final char ROW = '\u0012';

  private StructuredText() {}

  public static String encode(List<TextBlock> blocks) {
    StringBuilder out = new StringBuilder();
    for (TextBlock block : blocks) {
      String text = block.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(
          switch (block.kind()) {
            case HEADING -> (char) block.level();
            case TEXT -> TEXT;
            case CODE -> CODE;
            case TABLE_ROW -> ROW;
          });
      out.append(text);
    }
    return out.toString();
  }

  /** The blocks of encoded text; unmarked text yields one text block per paragraph. */
  public static List<TextBlock> decode(String encoded) {
    List<TextBlock> blocks = new ArrayList<>();
    if (encoded == null) {
      return blocks;
    }
    int from = 0;
    for (int i = 0; i <= encoded.length(); i++) {
      if (i == encoded.length() || (i > from && isMarker(encoded.charAt(i)))) {
        add(blocks, encoded, from, i);
        from = i;
      }
    }
    return blocks;
  }

  private static void add(List<TextBlock> blocks, String encoded, int from, int to) {
    if (from >= to) {
      return;
    }
    char first = encoded.charAt(from);
    if (!isMarker(first)) {
      for (String paragraph : encoded.substring(from, to).split("\\n\\s*\\n")) {
        if (!paragraph.isBlank()) {
          blocks.add(TextBlock.text(paragraph.strip()));
        }
      }
      return;
    }
    String text = stripped(encoded, from + 1, to);
    if (text.isEmpty()) {
      return;
    }
    blocks.add(
        switch (first) {
          case TEXT -> TextBlock.text(text);
          case CODE -> TextBlock.code(text);
          case ROW -> TextBlock.row(text);
          default -> TextBlock.heading(first, text);
        });
  }

  /** {@code encoded.substring(from, to).strip()} with one copy. */
  private static String stripped(String encoded, int from, int to) {
    while (from < to && Character.isWhitespace(encoded.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(encoded.charAt(to - 1))) {
      to--;
    }
    return encoded.substring(from, to);
  }

  private static boolean isMarker(char c) {
    return (c >= '\u0001' && c <= '\u0006') || c == TEXT || c == CODE || c == ROW;
  }
}
