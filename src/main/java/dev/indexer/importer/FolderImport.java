package dev.indexer.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Publishes the markdown, HTML and text files of a folder as change events of the service's own
 * JSON form: the document id is the file's path relative to the folder ({@code /}-separated), the
 * content type follows the extension. What the last import published is kept in a state file
 * (document id to content hash), so that an unchanged file is not published again and, when asked,
 * a file that disappeared is deleted.
 */
public final class FolderImport {

  /** Where the events go: one key and JSON value per call, sent by {@link #flush()}. */
  public interface Publisher {
    void publish(String key, String value);

    /** Waits until everything published is acknowledged; throws if anything failed. */
    void flush();
  }

  /** How versions are given. */
  public enum Versions {
    /** No version: the content hash decides what is published, Kafka order what is newest. */
    HASH,
    /** The file's modification time, in milliseconds (a delete: the time of the import). */
    MTIME
  }

  /**
   * @param tenant tenant of every document
   * @param versions how versions are given
   * @param deleteMissing publish deletes for documents of the last import whose file is gone
   */
  public record Options(String tenant, Versions versions, boolean deleteMissing) {}

  /** What an import did. */
  public record Summary(int upserts, int unchanged, int deletes, int files) {
    @Override
    public String toString() {
      return files
          + " files: "
          + upserts
          + " published, "
          + unchanged
          + " unchanged, "
          + deletes
          + " deleted";
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TYPES =
      Map.of(
          "md", "text/markdown",
          "markdown", "text/markdown",
          "html", "text/html",
          "htm", "text/html",
          "txt", "text/plain");

  private final Clock clock;

  public FolderImport(Clock clock) {
    this.clock = clock;
  }

  /**
   * Imports {@code folder}, reading and then rewriting {@code stateFile} once everything is
   * acknowledged; progress lines go to {@code progress}.
   */
  public Summary run(
      Path folder, Path stateFile, Options options, Publisher publisher, PrintStream progress)
      throws IOException {
    Map<String, String> previous = ImportState.read(stateFile);
    Map<String, String> current = new TreeMap<>();
    List<Path> files = files(folder);
    int upserts = 0;
    int unchanged = 0;
    int n = 0;
    for (Path file : files) {
      n++;
      String id =
          folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      byte[] bytes = Files.readAllBytes(file);
      String hash = sha256(bytes);
      current.put(id, hash);
      if (hash.equals(previous.get(id))) {
        unchanged++;
        progress.printf("[%d/%d] unchanged %s%n", n, files.size(), id);
        continue;
      }
      Long version =
          options.versions() == Versions.MTIME ? Files.getLastModifiedTime(file).toMillis() : null;
      publisher.publish(
          key(options, id),
          upsert(options, id, file, new String(bytes, StandardCharsets.UTF_8), version));
      upserts++;
      progress.printf("[%d/%d] published %s%n", n, files.size(), id);
    }
    int deletes = 0;
    if (options.deleteMissing()) {
      for (String id : previous.keySet()) {
        if (!current.containsKey(id)) {
          Long version = options.versions() == Versions.MTIME ? clock.millis() : null;
          publisher.publish(key(options, id), delete(options, id, version));
          deletes++;
          progress.printf("deleted %s%n", id);
        }
      }
    } else {
      previous.forEach(current::putIfAbsent); // still published: remembered for a later delete
    }
    publisher.flush();
    ImportState.write(stateFile, current);
    Summary summary = new Summary(upserts, unchanged, deletes, files.size());
    progress.println(summary);
    return summary;
  }

  /** The files to import, in a stable order: markdown, HTML and text, hidden ones left out. */
  static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> contentType(p).isPresent())
          .sorted()
          .toList();
    }
  }

  static Optional<String> contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0
        ? Optional.empty()
        : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  private static String key(Options options, String id) {
    return options.tenant() + "/" + id;
  }

  private String upsert(Options options, String id, Path file, String content, Long version) {
    ObjectNode n = event(options, id, "UPSERT", version);
    n.put("title", file.getFileName().toString());
    n.put("content", content);
    n.put("contentType", contentType(file).orElseThrow());
    n.put("sourceUri", "file:" + id);
    return n.toString();
  }

  private String delete(Options options, String id, Long version) {
    return event(options, id, "DELETE", version).toString();
  }

  private ObjectNode event(Options options, String id, String operation, Long version) {
    ObjectNode n = JSON.createObjectNode();
    n.put("eventId", "import-" + clock.millis() + "-" + id);
    n.put("tenant", options.tenant());
    n.put("documentId", id);
    n.put("operation", operation);
    if (version != null) {
      n.put("version", version);
    }
    n.put("eventTime", clock.millis());
    return n;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The state file: document id to the content hash last published. */
  static final class ImportState {
    private ImportState() {}

    static Map<String, String> read(Path file) throws IOException {
      if (!Files.exists(file)) {
        return new TreeMap<>();
      }
      Map<String, String> state = new TreeMap<>();
      JSON.readTree(file.toFile())
          .fields()
          .forEachRemaining(e -> state.put(e.getKey(), e.getValue().asText()));
      return state;
    }

    static void write(Path file, Map<String, String> state) {
      try {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".import-state", ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
        Files.move(
            tmp,
            file,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
