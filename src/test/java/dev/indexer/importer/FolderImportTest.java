package dev.indexer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.EventDecoder;
import dev.indexer.event.TopologyRig;
import dev.indexer.importer.FolderImport.Options;
import dev.indexer.importer.FolderImport.Summary;
import dev.indexer.importer.FolderImport.Versions;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.InMemoryRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderImportTest {

  @TempDir Path folder;
  @TempDir Path stateDir;

  final List<String[]> published = new ArrayList<>();
  final ByteArrayOutputStream progress = new ByteArrayOutputStream();
  final FolderImport importer =
      new FolderImport(Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));

  final FolderImport.Publisher recorder =
      new FolderImport.Publisher() {
        @Override
        public void publish(String key, String value) {
          published.add(new String[] {key, value});
        }

        @Override
        public void flush() {}
      };

  Summary run(Versions versions, boolean deleteMissing) throws Exception {
    published.clear();
    return importer.run(
        folder,
        stateDir.resolve("state.json"),
        new Options("acme", versions, deleteMissing),
        recorder,
        new PrintStream(progress, true, StandardCharsets.UTF_8));
  }

  void write(String path, String content) throws Exception {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-01T00:00:00Z")));
  }

  @Test
  void publishesMarkdownHtmlAndTextFilesWithTheirRelativePathAsId() throws Exception {
    write("guide.md", "# Guide\n\nRead me.");
    write("web/page.html", "<p>Hello <b>web</b></p>");
    write("notes.txt", "Plain notes.");
    write("image.png", "not text");
    write(".hidden.md", "hidden");

    Summary s = run(Versions.MTIME, false);

    assertThat(s).isEqualTo(new Summary(3, 0, 0, 3));
    assertThat(published.stream().map(p -> p[0]))
        .containsExactly("acme/guide.md", "acme/notes.txt", "acme/web/page.html");
    assertThat(published.get(0)[1])
        .contains("\"documentId\":\"guide.md\"", "\"contentType\":\"text/markdown\"")
        .contains("\"version\":" + Instant.parse("2026-12-01T00:00:00Z").toEpochMilli());
    assertThat(published.get(2)[1]).contains("\"contentType\":\"text/html\"");
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("[1/3] published guide.md", "3 files: 3 published, 0 unchanged, 0 deleted");
  }

  @Test
  void anUnchangedFileIsNotPublishedAgainAndAVanishedOneIsDeletedWhenAsked() throws Exception {
    write("a.md", "Alpha.");
    write("b.md", "Beta.");
    write("c.md", "Gamma.");
    run(Versions.HASH, true);

    assertThat(run(Versions.HASH, true)).isEqualTo(new Summary(0, 3, 0, 3));
    assertThat(published).isEmpty();

    write("a.md", "Alpha, changed.");
    Files.delete(folder.resolve("b.md"));
    assertThat(run(Versions.HASH, false)).isEqualTo(new Summary(1, 1, 0, 2));
    assertThat(published.get(0)[1]).doesNotContain("\"version\"");
    // Not asked to delete: b.md is remembered, and deleted by a later import that is asked.
    Files.delete(folder.resolve("c.md"));
    assertThat(run(Versions.HASH, true)).isEqualTo(new Summary(0, 1, 2, 1));
    assertThat(published.stream().map(p -> p[0])).containsExactly("acme/b.md", "acme/c.md");
    assertThat(published.get(0)[1]).contains("\"operation\":\"DELETE\"");
    assertThat(run(Versions.HASH, true)).isEqualTo(new Summary(0, 1, 0, 1));
  }

  @Test
  void theImportedFolderEndsAsAnExactMirrorInQdrant() throws Exception {
    write("one.md", "# One\n\nKafka Streams keeps a manifest per document.");
    write("docs/two.txt", "Qdrant stores the vectors of the chunks with their payloads.");
    write("docs/three.html", "<h1>Three</h1><p>Updates write new chunks first.</p>");
    try (QdrantLocal qdrant = QdrantLocal.start();
        TopologyRig rig = new TopologyRig(qdrant, new EventDecoder(new InMemoryRegistry()))) {
      FolderImport.Publisher toTopic =
          new FolderImport.Publisher() {
            @Override
            public void publish(String key, String value) {
              rig.send(key, value);
            }

            @Override
            public void flush() {}
          };
      Path state = stateDir.resolve("state.json");
      Options options = new Options("acme", Versions.MTIME, true);
      PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);
      importer.run(folder, state, options, toTopic, out);
      write("one.md", "# One\n\nThe manifest lists the point ids of a document.");
      Files.delete(folder.resolve("docs/two.txt"));
      Files.setLastModifiedTime(
          folder.resolve("one.md"), FileTime.from(Instant.parse("2026-12-02T00:00:00Z")));
      importer.run(folder, state, options, toTopic, out);

      assertThat(rig.deadLetters()).isEmpty();
      Map<String, List<String>> expected = new TreeMap<>();
      expected.put(
          "acme/one.md",
          rig.expected(
              "# One\n\nThe manifest lists the point ids of a document.", "text/markdown"));
      expected.put(
          "acme/docs/three.html",
          rig.expected("<h1>Three</h1><p>Updates write new chunks first.</p>", "text/html"));
      assertThat(rig.index()).isEqualTo(expected);
    }
  }
}
