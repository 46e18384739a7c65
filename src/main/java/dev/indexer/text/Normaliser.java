package dev.indexer.text;

/** Turns document content of a given media type into the plain text that is chunked. */
public interface Normaliser {

  /**
   * The plain text of {@code content} (empty for {@code null}); an unsupported content type throws
   * {@link dev.indexer.event.InvalidEventException}, a permanent error of that event.
   */
  String normalise(String content, String contentType);

  /** The media types it reads, lower case and without parameters. */
  java.util.Set<String> mediaTypes();
}
