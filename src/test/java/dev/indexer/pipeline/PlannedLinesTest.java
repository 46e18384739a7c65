package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.embed.BertTokenCounter;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.DocumentRef;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.text.Chunk;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.TokenChunker;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planner redacts a document with its line breaks, as the recognizers are written for and
 * measured on (speakers at the start of chat lines, closings, address lines), and chunks it with
 * the lines joined, so a document without personal data is chunked as it always was (but for a lone
 * carriage return, form feed or next line between two words, which used to be dropped and now parts
 * them).
 */
class PlannedLinesTest {

  private final ChangePlanner planner =
      new ChangePlanner(
          new MarkupNormaliser(),
          PolicyPiiRedactor.of(PiiPolicy.defaults()),
          new TokenChunker(
              BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json"), 256, 126, 16),
          1000);

  @Test
  void chatSpeakersAreRedactedInAPlainTextParagraph() {
    String chat =
        "[09:58] tomasz.k: prod db is refusing connections\n"
            + "[09:59] dev_rohan: which creds are you using\n"
            + "[10:00] tomasz.k: the ones from the wiki, I think";
    String text = texts(plan(chat, "text/plain"));
    assertThat(text).doesNotContain("tomasz", "rohan").contains("prod db is refusing connections");
  }

  @Test
  void aClosingUnderTheLastLineOfAParagraphIsRedacted() {
    String mail = "Hi team,\n\nthe invoice is attached.\nKind regards,\nHelga Þórsdóttir";
    assertThat(texts(plan(mail, "text/plain"))).doesNotContain("Helga", "Þórsdóttir");
    String md = "Hi team,\n\nthe invoice is attached.  \nKind regards,  \nHelga Þórsdóttir";
    assertThat(texts(plan(md, "text/markdown"))).doesNotContain("Helga", "Þórsdóttir");
  }

  @Test
  void linesAreJoinedBeforeChunking() {
    List<Chunk> chunks = plan("Hello\n  world, again.\nAnd on.\n\nSecond paragraph.", "text/plain");
    assertThat(chunks)
        .extracting(Chunk::text)
        .containsExactly("Hello world, again. And on.", "Second paragraph.");
  }

  private List<Chunk> plan(String content, String type) {
    return planner
        .plan(
            new DocumentChange(
                new DocumentRef("acme", "doc-1"),
                DocumentChange.Operation.UPSERT,
                "e-1",
                1L,
                Instant.parse("2026-01-01T00:00:00Z"),
                null,
                content,
                type,
                null,
                Map.of()))
        .chunks();
  }

  private static String texts(List<Chunk> chunks) {
    return String.join("\n", chunks.stream().map(Chunk::text).toList());
  }
}
