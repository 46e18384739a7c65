package dev.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import org.junit.jupiter.api.Test;

class MarkupNormaliserTest {

  private final MarkupNormaliser normaliser = new MarkupNormaliser();

  @Test
  void plainTextPassesWithoutControlCharacters() {
    assertThat(normaliser.normalise("Hello\u0000 wor\u200Bld.\nNext line.", "text/plain"))
        .isEqualTo("Hello world.\nNext line.");
  }

  @Test
  void htmlKeepsBlocksAndDropsScriptsStylesAndNavigation() {
    String html =
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
            + "<nav>Home | About</nav><h1>Install</h1><p>Run the &amp; installer.</p>"
            + "<ul><li>One</li><li>Two</li></ul></body></html>";
    String text = normaliser.normalise(html, "text/html; charset=utf-8");
    assertThat(text).isEqualTo("Install\n\nRun the & installer.\n\nOne\n\nTwo");
  }

  @Test
  void markdownLosesItsMarkup() {
    String md = "# Title\n\nSome **bold** and *italic* text with [a link](http://x) and `code`.\n\n- item one\n- item two\n\n```\nfenced\n```";
    String text = normaliser.normalise(md, "text/markdown");
    assertThat(text).contains("Title").contains("Some bold and italic text with a link and code.");
    assertThat(text).doesNotContain("**").doesNotContain("](").doesNotContain("```").doesNotContain("# ");
    assertThat(text).contains("item one").contains("fenced");
  }

  @Test
  void missingContentIsEmptyText() {
    assertThat(normaliser.normalise(null, "text/plain")).isEmpty();
    assertThat(normaliser.normalise("x", null)).isEqualTo("x");
  }

  @Test
  void unknownContentTypeIsAPermanentError() {
    assertThatThrownBy(() -> normaliser.normalise("%PDF-1.7", "application/pdf"))
        .isInstanceOfSatisfying(
            InvalidEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CONTENT_TYPE));
  }
}
