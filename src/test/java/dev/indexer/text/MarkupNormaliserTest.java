package dev.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupNormaliserTest {

  private final MarkupNormaliser normaliser = new MarkupNormaliser();

  private List<TextBlock> blocks(String content, String type) {
    return normaliser.normalise(content, type);
  }

  @Test
  void plainTextKeepsParagraphsWithoutControlCharacters() {
    assertThat(blocks("Hello\u0000 wor\u200Bld.\nNext line.\n\nSecond paragraph.", "text/plain"))
        .containsExactly(
            TextBlock.text("Hello world.\nNext line."), TextBlock.text("Second paragraph."));
  }

  /**
   * A fixed-width report parts its columns by two spaces as often as by more: in a line with three
   * such gaps or more every run of two is a tab (after an abbreviation's full stop too: "Lp. Nr"),
   * so the recognizers still read its fields; two spaces after a full stop are not counted as a gap
   * (a sentence's), and a line with fewer gaps keeps one space. Gaps are counted on the text as
   * cleaned: an invisible character inside a gap does not part it in two.
   */
  @Test
  void aLineWithThreeGapsOrMoreKeepsEachAsATab() {
    assertThat(blocks("0412  OYELARAN, FOLASADE     F  1983-02-11  FT", "text/plain"))
        .containsExactly(TextBlock.text("0412\tOYELARAN, FOLASADE\tF\t1983-02-11\tFT"));
    assertThat(blocks("117  Krüger  Jonas\u00A0\u00A005.03.87\nnext line  here", "text/plain"))
        .containsExactly(TextBlock.text("117\tKrüger\tJonas\t05.03.87\nnext line here"));
    assertThat(blocks("117 \u200B Krüger \u0007 Jonas  05.03.87", "text/plain"))
        .containsExactly(TextBlock.text("117\tKrüger\tJonas\t05.03.87"));
    assertThat(blocks("117 \u200BKrüger\u0007 Jonas  05.03.87", "text/plain"))
        .containsExactly(TextBlock.text("117 Krüger Jonas 05.03.87"));
    assertThat(blocks("It broke.  We called.  It works.  Thanks  again", "text/plain"))
        .containsExactly(TextBlock.text("It broke. We called. It works. Thanks again"));
    assertThat(blocks("Lp.  Nr karty  Data ur  Uwagi  Kwota", "text/plain"))
        .containsExactly(TextBlock.text("Lp.\tNr karty\tData ur\tUwagi\tKwota"));
    assertThat(blocks("Name  Ana Souza  born 1990", "text/plain"))
        .containsExactly(TextBlock.text("Name Ana Souza born 1990"));
    assertThat(blocks("a  b  c\n      d  e  f  g", "text/plain"))
        .containsExactly(TextBlock.text("a b c\nd\te\tf\tg"));
    assertThat(TextBlock.joinLines(blocks("117  Krüger  Jonas  05.03.87", "text/plain")))
        .containsExactly(TextBlock.text("117 Krüger Jonas 05.03.87"));
  }

  /**
   * A table of few columns parts them by two spaces too: a run of two is a tab where a cell of the
   * line above or below starts in the same column after a gap (a header over its rows, indented or
   * not), and stays a space where none does. An ideographic space between two cells (a Chinese or
   * Japanese table's) stays one, as the recognizers read it; chunks read it as a space.
   */
  @Test
  void aRunOfTwoIsATabWhereTheLineAboveOrBelowStartsACellInItsColumn() {
    assertThat(
            blocks(
                "Vorname Name  geb.datum kind  Ort\nAnna Weber    03.04.2019      Berlin",
                "text/plain"))
        .containsExactly(
            TextBlock.text("Vorname Name\tgeb.datum kind\tOrt\nAnna Weber\t03.04.2019\tBerlin"));
    assertThat(
            blocks("Name       Born\nAna Souza  1990-01-02\nLi Wei     1988-11-30", "text/plain"))
        .containsExactly(TextBlock.text("Name\tBorn\nAna Souza\t1990-01-02\nLi Wei\t1988-11-30"));
    assertThat(blocks("  Lp.  Nr karty   Data ur.\n  1.   WD/25/017  04.03.2013", "text/plain"))
        .containsExactly(TextBlock.text("Lp.\tNr karty\tData ur.\n1.\tWD/25/017\t04.03.2013"));
    // a header typed a column short of its rows
    assertThat(
            blocks(
                "Vorname Name  geb.datum kind  Ort\nLena Hoffmann  14.05.2017      Kassel",
                "text/plain"))
        .containsExactly(
            TextBlock.text("Vorname Name\tgeb.datum kind\tOrt\nLena Hoffmann\t14.05.2017\tKassel"));
    assertThat(blocks("Name  Ana Souza\nborn 1990  in Porto\nand  then", "text/plain"))
        .containsExactly(TextBlock.text("Name Ana Souza\nborn 1990 in Porto\nand then"));
    assertThat(blocks("TJ-3041\u3000男\u30001968-03-21\u3000\u3000A", "text/plain"))
        .containsExactly(TextBlock.text("TJ-3041\u3000男\u30001968-03-21 A"));
    assertThat(TextBlock.joinLines(blocks("TJ-3041\u3000男\u30001968-03-21", "text/plain")))
        .containsExactly(TextBlock.text("TJ-3041 男 1968-03-21"));
  }

  /**
   * The recognizers read lines and fields (chat speakers, closings, address lines, tab-separated
   * rows), so prose keeps one line break for each run of white space that holds one and one tab for
   * each other run that holds one; double and no-break spaces are one space, as names and numbers
   * are read; the planner joins the lines only after redaction.
   */
  @Test
  void proseKeepsOneLineBreakPerRunThatHasOne() {
    assertThat(
            blocks(
                "[10:02] alice:  hi \r\n      [10:03] bob:\tsure  \u2028\u2029next\u000Cpage\u0085end",
                "text/plain"))
        .containsExactly(TextBlock.text("[10:02] alice: hi\n[10:03] bob:\tsure\nnext\npage\nend"));
    assertThat(blocks("name\temail\nAna Souza\tana@example.org", "text/plain"))
        .containsExactly(TextBlock.text("name\temail\nAna Souza\tana@example.org"));
    assertThat(blocks("John  Smith,\u00A0IBAN DE89\u202F3704 \t 0044", "text/plain"))
        .containsExactly(TextBlock.text("John Smith, IBAN DE89 3704\t0044"));
    assertThat(blocks("# Two\nlines\n\nsoft\nbreak and hard  \nbreak\\\nagain", "text/markdown"))
        .containsExactly(
            TextBlock.heading(1, "Two"),
            TextBlock.text("lines"),
            TextBlock.text("soft\nbreak and hard\nbreak\nagain"));
    assertThat(blocks("<p>Kind regards,<br>Ana <b>Souza</b><br/>\n  Lisboa</p>", "text/html"))
        .containsExactly(TextBlock.text("Kind regards,\nAna Souza\nLisboa"));
  }

  @Test
  void joinedLinesAreWhatTheBlocksWereBeforeLinesWereKept() {
    List<TextBlock> blocks =
        blocks(
            "Hello\n  world.\tTab  and\u00A0spaces.\n\n# Head\ning\n\n```\nkeep\n  this\n```\n\n| a |\n|---|\n| b |",
            "text/markdown");
    assertThat(TextBlock.joinLines(blocks))
        .containsExactly(
            TextBlock.text("Hello world. Tab and spaces."),
            TextBlock.heading(1, "Head"),
            TextBlock.text("ing"),
            TextBlock.code("keep\n  this"),
            TextBlock.row("a"),
            TextBlock.row("a: b"));
  }

  @Test
  void htmlKeepsStructureAndDropsScriptsStylesAndNavigation() {
    String html =
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
            + "<nav>Home | About</nav><h1>Install</h1><p>Run the &amp; installer&nbsp;now.</p>"
            + "<ul><li>One</li><li>Two</li></ul>"
            + "<table><tr><th>OS</th><th>Command</th></tr><tr><td>Linux</td><td><p>apt</p></td></tr></table>"
            + "<pre>line 1\n  line 2</pre></body></html>";
    assertThat(blocks(html, "text/html; charset=utf-8"))
        .containsExactly(
            TextBlock.heading(1, "Install"),
            TextBlock.text("Run the & installer now."),
            TextBlock.text("One"),
            TextBlock.text("Two"),
            TextBlock.row("OS; Command"),
            TextBlock.row("OS: Linux; Command: apt"),
            TextBlock.code("line 1\n  line 2"));
  }

  @Test
  void markdownIsParsedIntoBlocksWithoutMarkup() {
    String md =
        "# Title\n\nSome **bold** and *italic* text with [a link](http://x) and `code`.\n\n"
            + "## Linux\n\n- item one\n- item two\n\n| OS | Cmd |\n|---|---|\n| Linux | apt |\n\n"
            + "```\nfenced\n```\n\n> quoted <b>html</b>\n";
    assertThat(blocks(md, "text/markdown"))
        .containsExactly(
            TextBlock.heading(1, "Title"),
            TextBlock.text("Some bold and italic text with a link and code."),
            TextBlock.heading(2, "Linux"),
            TextBlock.text("item one"),
            TextBlock.text("item two"),
            TextBlock.row("OS; Cmd"),
            TextBlock.row("OS: Linux; Cmd: apt"),
            TextBlock.code("fenced"),
            TextBlock.text("quoted html"));
  }

  @Test
  void badInputIsNormalisedWithoutExceptions() {
    String deepHtml = "<div>".repeat(10_000) + "deep text" + "</div>".repeat(10_000);
    assertThat(blocks(deepHtml, "text/html"))
        .extracting(TextBlock::text)
        .containsExactly("deep text");
    String deepMarkdown =
        ">".repeat(10_000)
            + " quoted\n\n"
            + "- ".repeat(5_000)
            + "listed\n\n"
            + "[".repeat(10_000)
            + "*".repeat(10_000);
    assertThat(blocks(deepMarkdown, "text/markdown")).isNotEmpty();
    assertThat(blocks("# unclosed **bold [link( `code\n```\nnever closed", "text/markdown"))
        .isNotEmpty();
    assertThat(blocks("\u202Eمرحبا abc\u200F \u0001\u0007 漢字", "text/plain"))
        .extracting(TextBlock::text)
        .containsExactly("مرحبا abc 漢字");
  }

  @Test
  void missingContentIsEmptyText() {
    assertThat(normaliser.normalise(null, "text/plain")).isEmpty();
    assertThat(blocks("x", null)).containsExactly(TextBlock.text("x"));
  }

  @Test
  void unknownContentTypeIsAPermanentError() {
    assertThatThrownBy(() -> normaliser.normalise("%PDF-1.7", "application/pdf"))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CONTENT_TYPE));
  }
}
