package dev.indexer.text;

import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text, markdown (parsed by commonmark-java with GFM tables) and HTML (parsed by jsoup) to
 * {@link TextBlock}s: headings with their level, paragraphs and list items, code blocks and table
 * rows. Markup never reaches the embedding; scripts, styles and navigation are dropped; entities
 * are decoded; control and zero-width characters are removed.
 */
public final class MarkupNormaliser implements Normaliser {

  public static final Set<String> SUPPORTED = Set.of("text/plain", "text/markdown", "text/html");

  private static final Parser MARKDOWN =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  @Override
  public Set<String> mediaTypes() {
    return SUPPORTED;
  }

  @Override
  public List<TextBlock> normalise(String content, String contentType) {
    String type = mediaType(contentType);
    if (!SUPPORTED.contains(type)) {
      throw new InvalidEventException(
          Reason.UNKNOWN_CONTENT_TYPE, "unsupported content type (supported: " + SUPPORTED + ")");
    }
    return blocks(content, type);
  }

  /** The blocks of {@code content} of a supported media type, stripped and none blank. */
  private static List<TextBlock> blocks(String content, String mediaType) {
    if (content == null) {
      return List.of();
    }
    List<TextBlock> raw =
        switch (mediaType) {
          case "text/html" -> html(content);
          case "text/markdown" -> markdown(content);
          default -> plain(content);
        };
    List<TextBlock> clean = new ArrayList<>(raw.size());
    for (TextBlock b : raw) {
      String text = clean(b.text(), b.kind() == TextBlock.Kind.CODE);
      if (!text.isEmpty()) {
        clean.add(new TextBlock(b.kind(), b.level(), text));
      }
    }
    return clean;
  }

  /**
   * Removes control, format, private-use, unassigned and lone surrogate code points (keeping tab
   * and newline, and in prose every line break: a carriage return, vertical tab, form feed or next
   * line too); in prose, each run of Unicode white space becomes one line break if it holds one,
   * else one tab if it holds one or parts columns (three characters or more, or two in a line of a
   * fixed-width report: a tab, or the spaces that align a form's columns, part the fields of a row
   * the recognizers read; {@link TextBlock#joinLines} folds both later), else one space; stripped.
   * One pass without regular expressions: this runs over every character of every document.
   */
  static String clean(String text, boolean code) {
    if (alreadyClean(text, code)) {
      return text; // the common case: printable ASCII with single spaces
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int run = -1; // where the pending white space run starts in out (prose), or -1
    boolean runBreaks = false; // the pending run holds a line break
    boolean runTabs = false; // the pending run holds a tab
    Columns columns = new Columns(out);
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int cp;
      if (c < 0x80) {
        i++;
        if (c > ' ' && c != 0x7F) {
          if (run >= 0) {
            columns.endRun(run, runBreaks, runTabs);
            run = -1;
          }
          out.append(c);
          continue;
        }
        if (c != ' ' && c != '\n' && c != '\t' && (code || c < 0x0B || c > '\r')) {
          continue; // an ASCII control character, but a line break in prose
        }
        cp = c;
      } else {
        cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (invisible(cp) && (code || cp != 0x85)) {
          continue;
        }
      }
      if (code) {
        out.appendCodePoint(cp);
      } else if (TextBlock.isWhiteSpace(cp)) {
        if (run < 0) {
          run = out.length();
          runBreaks = false;
          runTabs = false;
        }
        out.appendCodePoint(cp);
        runBreaks |= isLineBreak(cp);
        runTabs |= cp == '\t';
      } else {
        if (run >= 0) {
          columns.endRun(run, runBreaks, runTabs);
          run = -1;
        }
        out.appendCodePoint(cp);
      }
    }
    if (run >= 0) {
      out.setLength(run); // trailing white space
    }
    columns.endLine();
    return code ? out.toString().strip() : out.toString();
  }

  /**
   * Ends the white space runs of the text being cleaned, and decides which runs of two part
   * columns. A gap is a run of two characters or more, or one that holds a tab; one of two or more
   * is counted unless it follows ".", "!" or "?" (a sentence's two spaces). A run of two becomes a
   * space at once, and a tab when its line ends with three counted gaps or more (a fixed-width
   * report's columns, where "Lp. Nr karty" parts two columns too), or when the line above or below
   * has a gap before a cell that starts in the same column as the one after it, or one beside it (a
   * table of few columns under its header, typed unevenly). Columns are counted on the text as
   * cleaned, from the line's start with its indentation, so an invisible character inside a gap
   * does not part it.
   */
  private static final class Columns {
    private final StringBuilder out;
    private Line line = new Line();
    private Line above = new Line();
    private int lineStart; // where the current line starts in out
    private int
        shift; // the characters the current line lost before out's end (its indentation too)

    Columns(StringBuilder out) {
      this.out = out;
    }

    /**
     * The white space run at {@code run} in out, before visible text: dropped at the start, else
     * one line break if it has one, one tab if it has one or is three long or more, one ideographic
     * space if it is one, else a space.
     */
    void endRun(int run, boolean lineBreak, boolean tab) {
      int length = out.length() - run;
      if (run == 0 || lineBreak) {
        if (run > 0) {
          endLine();
        }
        int indent = 0;
        while (indent < length && !isLineBreak(out.charAt(out.length() - 1 - indent))) {
          indent++;
        }
        out.setLength(run);
        if (run > 0) {
          out.append('\n');
        }
        lineStart = out.length();
        shift = indent;
        return;
      }
      if (length >= 2 || tab) {
        int column = out.length() - lineStart + shift; // where the next cell starts
        boolean counted = length >= 2 && ".!?".indexOf(out.charAt(run - 1)) < 0;
        line.add(column, length == 2 && !tab ? run : -1, counted);
      }
      char one =
          tab || length >= 3 ? '\t' : length == 1 && out.charAt(run) == '\u3000' ? '\u3000' : ' ';
      if (length != 1 || out.charAt(run) != one) {
        out.setLength(run);
        out.append(one);
      }
      shift += length - 1;
    }

    /**
     * Ends the current line: its runs of two become tabs if it has three gaps or more, or where the
     * line above starts a cell after a gap in the same column; so do the line above's runs where
     * this line does.
     */
    void endLine() {
      for (int g = 0; g < line.size; g++) {
        int at = line.runs[g];
        if (at >= 0 && (line.gaps >= 3 || above.startsCellAt(line.columns[g]))) {
          out.setCharAt(at, '\t');
        }
      }
      for (int g = 0; g < above.size; g++) {
        if (above.runs[g] >= 0 && line.startsCellAt(above.columns[g])) {
          out.setCharAt(above.runs[g], '\t');
        }
      }
      Line done = above;
      above = line;
      line = done;
      line.size = 0;
      line.gaps = 0;
    }
  }

  /** The gaps of one line: the columns where cells start after them, and its runs of two. */
  private static final class Line {
    private int[] columns = new int[8];
    private int[] runs = new int[8]; // where a run of two is in out, or -1
    private int size;
    private int gaps; // counted ones

    void add(int column, int run, boolean counted) {
      if (size == columns.length) {
        columns = Arrays.copyOf(columns, size * 2);
        runs = Arrays.copyOf(runs, size * 2);
      }
      columns[size] = column;
      runs[size++] = run;
      if (counted) {
        gaps++;
      }
    }

    /**
     * Whether a cell starts after a gap in {@code column} or one beside it (a column set unevenly).
     */
    boolean startsCellAt(int column) {
      // The columns grow along the line: the first one at column - 1 or after it decides.
      int at = Arrays.binarySearch(columns, 0, size, column - 1);
      int g = at >= 0 ? at : -at - 1;
      return g < size && columns[g] <= column + 1;
    }
  }

  /**
   * Printable ASCII, not starting or ending with white space; prose without carriage returns and
   * with single spaces, tabs and line breaks.
   */
  private static boolean alreadyClean(String text, boolean code) {
    int n = text.length();
    if (n == 0 || text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ') {
      return n == 0;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7F) {
        continue;
      }
      boolean clean =
          code
              ? c == ' ' || c == '\n' || c == '\t'
              : (c == ' ' || c == '\t' || c == '\n')
                  && text.charAt(i - 1) > ' '
                  && text.charAt(i + 1) > ' ';
      if (!clean) {
        return false;
      }
    }
    return text.charAt(n - 1) < 0x7F && text.charAt(0) < 0x7F;
  }

  private static boolean invisible(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }

  /**
   * A line feed, vertical tab, form feed, carriage return, next line, line or paragraph separator.
   */
  private static boolean isLineBreak(int cp) {
    return (cp >= '\n' && cp <= '\r') || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }

  /** The media type without parameters such as {@code ; charset=utf-8}, lower case. */
  public static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "text/plain";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static List<TextBlock> plain(String content) {
    List<TextBlock> blocks = new ArrayList<>();
    for (String paragraph : content.split("\\n[ \\t\\x0B\\f\\r]*\\n")) {
      blocks.add(TextBlock.text(paragraph));
    }
    return blocks;
  }

  // ---- markdown ------------------------------------------------------------------------------

  private static List<TextBlock> markdown(String content) {
    List<TextBlock> blocks = new ArrayList<>();
    // An explicit stack, not recursion: 10,000 nested quotes or lists must not overflow.
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(MARKDOWN.parse(content));
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Heading h) {
        blocks.add(TextBlock.heading(h.getLevel(), inline(h)));
      } else if (node instanceof Paragraph) {
        blocks.add(TextBlock.text(inline(node)));
      } else if (node instanceof FencedCodeBlock c) {
        blocks.add(TextBlock.code(c.getLiteral()));
      } else if (node instanceof IndentedCodeBlock c) {
        blocks.add(TextBlock.code(c.getLiteral()));
      } else if (node instanceof HtmlBlock h) {
        blocks.add(TextBlock.text(Jsoup.parse(h.getLiteral()).text()));
      } else if (node instanceof TableBlock t) {
        table(t, blocks);
      } else if (!(node instanceof ThematicBreak)) {
        pushChildren(node, stack);
      }
    }
    return blocks;
  }

  private static void pushChildren(Node node, Deque<Node> stack) {
    Deque<Node> children = new ArrayDeque<>();
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      children.push(c);
    }
    children.forEach(stack::push); // reversed twice: the first child is on top
  }

  /** The text of inline content: emphasis, links and images (their alt text) lose their markup. */
  private static String inline(Node parent) {
    StringBuilder out = new StringBuilder();
    Deque<Node> stack = new ArrayDeque<>();
    pushChildren(parent, stack);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Text t) {
        out.append(t.getLiteral());
      } else if (node instanceof Code c) {
        out.append(c.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        out.append('\n');
      } else if (!(node instanceof HtmlInline)) {
        pushChildren(node, stack);
      }
    }
    return out.toString();
  }

  /** Rows as "header: cell; header: cell", so each row reads on its own. */
  private static void table(TableBlock table, List<TextBlock> blocks) {
    List<String> headers = null;
    Deque<Node> stack = new ArrayDeque<>();
    pushChildren(table, stack);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (!(node instanceof TableRow)) {
        pushChildren(node, stack);
        continue;
      }
      List<String> cells = new ArrayList<>();
      boolean header = false;
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof TableCell cell) {
          cells.add(inline(cell).strip());
          header |= cell.isHeader();
        }
      }
      blocks.add(TextBlock.row(row(header ? null : headers, cells)));
      if (header) {
        headers = cells;
      }
    }
  }

  private static String row(List<String> headers, List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      if (headers != null && i < headers.size() && !headers.get(i).isEmpty()) {
        out.append(headers.get(i)).append(": ");
      }
      out.append(cells.get(i));
    }
    return out.toString();
  }

  // ---- HTML ----------------------------------------------------------------------------------

  private static List<TextBlock> html(String content) {
    var doc = Jsoup.parse(content);
    doc.select(
            "script, style, noscript, nav, header, footer, template, iframe, svg, form, button, aside[role=navigation]")
        .remove();
    HtmlBlocks visitor = new HtmlBlocks();
    NodeTraversor.traverse(visitor, doc.body()); // iterative: deep nesting is fine
    visitor.flush(TextBlock.Kind.TEXT, 0);
    return visitor.blocks;
  }

  private static final Set<String> HTML_BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "dt",
          "dd",
          "blockquote",
          "section",
          "article",
          "main",
          "ul",
          "ol",
          "dl",
          "table",
          "figure",
          "figcaption",
          "caption",
          "address",
          "details",
          "summary",
          "hr",
          "body");

  /** Collects inline text and cuts it into blocks at block-level elements. */
  private static final class HtmlBlocks implements NodeVisitor {
    final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int inPre;
    private List<String> row;
    private boolean headerRow;
    private List<String> headers;
    private int cellStart;

    @Override
    public void head(org.jsoup.nodes.Node node, int depth) {
      if (node instanceof TextNode t) {
        text.append(inPre > 0 ? t.getWholeText() : t.text());
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "br" -> text.append('\n');
        case "pre" -> {
          flush(TextBlock.Kind.TEXT, 0);
          inPre++;
        }
        case "table" -> headers = null;
        case "tr" -> {
          flush(TextBlock.Kind.TEXT, 0);
          row = new ArrayList<>();
          headerRow = false;
        }
        case "td", "th" -> {
          cellStart = text.length();
          headerRow |= tag.equals("th");
        }
        default -> {
          if (heading(tag) > 0 || HTML_BLOCKS.contains(tag)) {
            flush(TextBlock.Kind.TEXT, 0);
          }
        }
      }
    }

    @Override
    public void tail(org.jsoup.nodes.Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      int level = heading(tag);
      if (level > 0) {
        flush(TextBlock.Kind.HEADING, level);
      } else if (tag.equals("pre")) {
        flush(TextBlock.Kind.CODE, 0);
        inPre = Math.max(0, inPre - 1);
      } else if ((tag.equals("td") || tag.equals("th")) && row != null) {
        row.add(
            SPACES
                .matcher(text.substring(Math.min(cellStart, text.length())))
                .replaceAll(" ")
                .strip());
        text.setLength(Math.min(cellStart, text.length()));
      } else if (tag.equals("tr") && row != null) {
        text.setLength(0);
        blocks.add(TextBlock.row(MarkupNormaliser.row(headerRow ? null : headers, row)));
        if (headerRow) {
          headers = row;
        }
        row = null;
      } else if (HTML_BLOCKS.contains(tag)) {
        flush(TextBlock.Kind.TEXT, 0);
      }
    }

    void flush(TextBlock.Kind kind, int level) {
      if (row != null) {
        return; // inside a table row the cells collect the text
      }
      if (!text.toString().isBlank()) {
        blocks.add(new TextBlock(kind, level, text.toString()));
      }
      text.setLength(0);
    }

    private static int heading(String tag) {
      return tag.length() == 2
              && tag.charAt(0) == 'h'
              && tag.charAt(1) >= '1'
              && tag.charAt(1) <= '6'
          ? tag.charAt(1) - '0'
          : 0;
    }
  }
}
